// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Checkpoint.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Checkpoints)
};

VerifyReport bad(qint64 seq, const QString& reason)
{
    VerifyReport r;
    r.ok = false;
    r.firstBad = seq;
    r.reason = reason;
    return r;
}

// The same rules as ChainVerifier::feed for the events that introduce keys.
void learnKeys(const Event& e, QHash<QString, QByteArray>& keys)
{
    const QJsonObject p = e.payloadObject();
    const auto learn = [&](const QJsonObject& o) {
        const QString login = o.value(QStringLiteral("login")).toString();
        const QByteArray pk = QByteArray::fromHex(o.value(QStringLiteral("sign_pk")).toString().toLatin1());
        if (!login.isEmpty() && pk.size() == 32 && (!keys.contains(login) || e.kind != QLatin1String("user.added")))
            keys.insert(login, pk);
    };
    if (e.kind == QLatin1String("register.created")) {
        learn(p.value(QStringLiteral("officer")).toObject());
        learn(p.value(QStringLiteral("recovery")).toObject());
    } else {
        learn(p);
    }
}
} // namespace

QByteArray Checkpoint::message(const QByteArray& registerId, qint64 seq, const QByteArray& hash)
{
    return headStatement("kanribo-checkpoint-v1", registerId, seq, hash);
}

Result<Checkpoint> Checkpoints::store(Database& db, const QByteArray& registerId, const Signer& signer, qint64 seq,
    const QByteArray& hash, const QDateTime& now)
{
    if (!signer.isValid())
        return makeError(ErrorCode::Auth, Tr::tr("The register is locked."));
    if (seq < 1 || hash.size() != 32)
        return makeError(ErrorCode::Usage, Tr::tr("A checkpoint needs a verified event."));
    Checkpoint c;
    c.seq = seq;
    c.hash = hash;
    c.signer = signer.login();
    c.signature = signer.sign(Checkpoint::message(registerId, seq, hash));
    c.createdAt = now.toUTC();
    Transaction tx(db);
    KANRIBO_TRY(tx.begin());
    KANRIBO_TRY(db.run(
        QStringLiteral("INSERT OR REPLACE INTO checkpoints(seq, hash, signer, sig, created_at) VALUES(?,?,?,?,?)"), seq,
        hash, c.signer, c.signature, formatTimestamp(c.createdAt)));
    KANRIBO_TRY(tx.commit());
    return c;
}

Result<std::optional<Checkpoint>> Checkpoints::latest(Database& db)
{
    auto st = db.prepare(
        QStringLiteral("SELECT seq, hash, signer, sig, created_at FROM checkpoints ORDER BY seq DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Checkpoint>();
    Checkpoint c;
    c.seq = st->integer(0);
    c.hash = st->blob(1);
    c.signer = st->text(2);
    c.signature = st->blob(3);
    c.createdAt = QDateTime::fromString(st->text(4), Qt::ISODateWithMs);
    return std::optional<Checkpoint>(std::move(c));
}

Result<VerifyReport> Checkpoints::verifySince(
    Database& db, const Ledger& ledger, const QByteArray& registerId, const Checkpoint& cp)
{
    // The keys in force at the checkpoint, from the events that introduce keys (few, found through events_kind).
    QHash<QString, QByteArray> keys;
    {
        // Through the kind index, sorted here: with ORDER BY seq the planner would walk the whole table in seq order.
        auto st = db.prepare(QStringLiteral("SELECT seq FROM events INDEXED BY events_kind "
                                            "WHERE kind IN ('register.created', 'user.added', 'user.keys_reset')"));
        if (!st)
            return st.error();
        QList<qint64> seqs;
        for (;;) {
            auto r = st->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            if (st->integer(0) <= cp.seq)
                seqs << st->integer(0);
        }
        std::sort(seqs.begin(), seqs.end());
        for (qint64 s : seqs) {
            auto e = ledger.event(s);
            if (!e)
                return e.error();
            if (!*e)
                return bad(s, Tr::tr("event %1 is missing").arg(s));
            if ((*e)->computeHash() != (*e)->hash)
                return bad(s, Tr::tr("event %1 was altered: its hash does not match its contents").arg(s));
            learnKeys(**e, keys);
        }
    }
    const auto signerKey = keys.constFind(cp.signer);
    if (signerKey == keys.constEnd())
        return bad(cp.seq,
            Tr::tr("the checkpoint at event %1 is signed by %2, who has no key in the ledger")
                .arg(cp.seq)
                .arg(cp.signer));
    if (!verifySignature(*signerKey, Checkpoint::message(registerId, cp.seq, cp.hash), cp.signature))
        return bad(cp.seq,
            Tr::tr("the checkpoint at event %1 does not verify: it was not signed by %2").arg(cp.seq).arg(cp.signer));
    auto at = ledger.event(cp.seq);
    if (!at)
        return at.error();
    if (!*at)
        return bad(cp.seq, Tr::tr("event %1 is missing").arg(cp.seq));
    if ((*at)->hash != cp.hash || (*at)->computeHash() != cp.hash)
        return bad(cp.seq, Tr::tr("event %1 no longer matches the checkpoint").arg(cp.seq));

    ChainVerifier v(cp.hash, cp.seq + 1);
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
        v.addKnownKey(it.key(), it.value());
    Ledger::Filter f;
    f.fromSeq = cp.seq + 1;
    KANRIBO_TRY(ledger.forEach(f, [&](const Event& e) { return v.feed(e); }));
    VerifyReport rep = v.finish();
    return rep;
}

Result<VerifyReport> Checkpoints::verifyFromLatest(Database& db, const Ledger& ledger, const QByteArray& registerId)
{
    auto cp = latest(db);
    if (!cp)
        return cp.error();
    if (!*cp)
        return verifyLedger(ledger, registerId);
    return verifySince(db, ledger, registerId, **cp);
}

} // namespace kanribo
