// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Compartments.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "crypto/Signer.h"
#include "ledger/LedgerState.h"
#include "policy/Entitlement.h"
#include "policy/Reason.h"
#include "service/People.h"
#include "service/Session.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Compartments)
};

QString slotName(const QString& compartment, qint64 epoch)
{
    return compartment + QLatin1Char('#') + QString::number(epoch);
}

// The last event that can change who is entitled to a compartment, or its keys: a sync after it has nothing to do
// until the next one, or the next day (clearances and briefings run out by date).
Result<qint64> entitlementMark(Database& db)
{
    KANRIBO_ASSIGN(auto st,
        db.prepare(QStringLiteral(
            "SELECT coalesce(max(seq), 0) FROM events WHERE kind IN ('register.created', 'register.migrated', "
            "'user.added', 'user.group_granted', 'user.group_revoked', 'user.disabled', 'user.keys_reset', "
            "'group.added', 'compartment.keys')")));
    return st.one<qint64>([](const Statement& row) { return row.integer(0); },
        makeError(ErrorCode::Integrity, Tr::tr("The register's events cannot be read.")));
}
} // namespace

Compartments::Compartments(Session& s)
    : m_s(s)
{
}

Status Compartments::sync()
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(const qint64 mark, entitlementMark(*m_s.db));
    if (m_s.compartmentsSynced == std::make_pair(m_s.today(), mark))
        return {};
    if (m_s.db->inTransaction())
        return syncNow();
    return m_s.write([&] { return syncNow(); });
}

Status Compartments::syncNow(const QStringList& start)
{
    Database& db = *m_s.db;
    const QDate today = m_s.today();
    const QString recovery = KeyRing::recoveryLogin();
    KANRIBO_ASSIGN(const QList<User> users, loadUsers(db));
    QHash<QString, QByteArray> boxOf;
    for (const User& u : users)
        boxOf.insert(u.login, u.boxPublicKey);
    KANRIBO_ASSIGN(auto rec, db.query(QStringLiteral("SELECT value FROM meta WHERE key = 'recovery_box_pk'")));
    KANRIBO_ASSIGN(const auto recoveryPk,
        rec.optional<QByteArray>([](const Statement& row) { return QByteArray::fromHex(row.text(0).toLatin1()); }));
    boxOf.insert(recovery, recoveryPk.value_or(QByteArray()));

    QStringList ids = compartment::allLevels();
    KANRIBO_ASSIGN(auto gs, db.query(QStringLiteral("SELECT name FROM ntk_groups ORDER BY name")));
    KANRIBO_ASSIGN(const QStringList groups, gs.collect<QString>([](const Statement& row) { return row.text(0); }));
    for (const QString& g : groups)
        ids << compartment::ofGroup(g);

    // compartment -> epoch -> holders
    QHash<QString, QMap<qint64, QSet<QString>>> holders;
    KANRIBO_ASSIGN(auto hs, db.query(QStringLiteral("SELECT compartment, epoch, login FROM compartment_keys")));
    KANRIBO_TRY(hs.each([&](const Statement& row) -> Status {
        holders[row.text(0)][row.integer(1)].insert(row.text(2));
        return {};
    }));
    KANRIBO_ASSIGN(auto cs, db.query(QStringLiteral("SELECT compartment, max(epoch) FROM compartments GROUP BY 1")));
    QHash<QString, qint64> current;
    KANRIBO_TRY(cs.each([&](const Statement& row) -> Status {
        current.insert(row.text(0), row.integer(1));
        return {};
    }));

    const auto insertKey = [&](const QString& id, qint64 epoch, const QString& login, const QByteArray& sealed) {
        return db.run(QStringLiteral("INSERT INTO compartment_keys(compartment, epoch, login, sealed) VALUES(?,?,?,?)"),
            id, epoch, login, sealed);
    };
    QJsonArray created, sealedOld;
    for (const QString& id : ids) {
        QSet<QString> want { recovery };
        for (const User& u : users)
            if (compartment::entitled(compartment::holderOf(u), id, today))
                want.insert(u.login);
        qint64 cur = current.value(id, 0);
        if (cur == 0 && !start.contains(id))
            continue; // a compartment gets its first epoch when the first item is put in it
        if (cur == 0 || holders.value(id).value(cur) != want) {
            BoxKeyPair pair = BoxKeyPair::generate();
            ++cur;
            QJsonObject sealedTo;
            for (const QString& login : want) {
                const QByteArray sealed = ContentCipher::sealKey(pair.secretKey, boxOf.value(login));
                if (sealed.isEmpty())
                    return makeError(ErrorCode::Integrity, Tr::tr("The public key of %1 is malformed.").arg(login));
                KANRIBO_TRY(insertKey(id, cur, login, sealed));
                sealedTo.insert(login, QString::fromLatin1(sealed.toBase64()));
            }
            KANRIBO_TRY(db.run(QStringLiteral("INSERT INTO compartments(compartment, epoch, public_key) VALUES(?,?,?)"),
                id, cur, pair.publicKey));
            created.append(QJsonObject { { QStringLiteral("compartment"), id }, { QStringLiteral("epoch"), cur },
                { QStringLiteral("public_key"), QString::fromLatin1(pair.publicKey.toHex()) },
                { QStringLiteral("sealed"), sealedTo } });
            if (want.contains(m_s.me.login))
                m_s.compartmentSecrets.insert_or_assign(slotName(id, cur), std::move(pair.secretKey));
        }
        // The older epochs, for those entitled now who lack them, from the ones the acting user holds.
        for (qint64 epoch = 1; epoch < cur; ++epoch) {
            const auto mine = m_s.compartmentSecrets.find(slotName(id, epoch));
            if (mine == m_s.compartmentSecrets.end())
                continue;
            for (const QString& login : want) {
                if (holders.value(id).value(epoch).contains(login))
                    continue;
                const QByteArray sealed = ContentCipher::sealKey(mine->second, boxOf.value(login));
                if (sealed.isEmpty())
                    return makeError(ErrorCode::Integrity, Tr::tr("The public key of %1 is malformed.").arg(login));
                KANRIBO_TRY(insertKey(id, epoch, login, sealed));
                sealedOld.append(QJsonObject { { QStringLiteral("compartment"), id },
                    { QStringLiteral("epoch"), epoch }, { QStringLiteral("login"), login },
                    { QStringLiteral("key"), QString::fromLatin1(sealed.toBase64()) } });
            }
        }
    }
    if (!created.isEmpty() || !sealedOld.isEmpty()) {
        auto ev = m_s.record({ QStringLiteral("compartment.keys"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("created"), created }, { QStringLiteral("sealed"), sealedOld } } });
        if (!ev)
            return ev.error();
    }
    KANRIBO_ASSIGN(const qint64 mark, entitlementMark(db));
    m_s.compartmentsSynced = { today, mark };
    return {};
}

Status Compartments::openMine()
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(
            QStringLiteral("SELECT compartment, epoch, sealed FROM compartment_keys WHERE login = ?"), m_s.me.login));
    return st.each([&](const Statement& row) -> Status {
        auto secret = ContentCipher::openSealedKey(row.blob(2), m_s.me.boxPublicKey, m_s.boxSecret);
        if (!secret)
            return makeError(ErrorCode::Integrity,
                Tr::tr("The key of %1 sealed to you does not open: the register was altered.").arg(row.text(0)));
        m_s.compartmentSecrets.insert_or_assign(slotName(row.text(0), row.integer(1)), std::move(secret).value());
        return {};
    });
}

Result<QByteArray> Compartments::publicKey(const QString& compartment, int epoch) const
{
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(QStringLiteral("SELECT public_key FROM compartments WHERE compartment = ? AND epoch = ?"),
            compartment, epoch));
    return st.one<QByteArray>([](const Statement& row) { return row.blob(0); },
        makeError(ErrorCode::Integrity, Tr::tr("The register has no key for %1.").arg(compartment)));
}

Result<QJsonArray> Compartments::wrap(
    const QString& control, Level level, const QStringList& groups, const SecureBuffer& key)
{
    const QStringList ids = compartment::ofItem(level, groups);
    bool started = true;
    for (const QString& id : ids) {
        KANRIBO_ASSIGN(
            auto st, m_s.db->query(QStringLiteral("SELECT count(*) FROM compartments WHERE compartment = ?"), id));
        KANRIBO_ASSIGN(const qint64 n, st.one<qint64>([](const Statement& row) { return row.integer(0); }, Error {}));
        started = started && n > 0;
    }
    KANRIBO_TRY(started ? sync() : syncNow(ids));
    QList<QByteArray> pks;
    QList<int> epochs;
    for (const QString& id : ids) {
        KANRIBO_ASSIGN(auto st,
            m_s.db->query(QStringLiteral("SELECT epoch, public_key FROM compartments WHERE compartment = ? "
                                         "ORDER BY epoch DESC LIMIT 1"),
                id));
        KANRIBO_ASSIGN(const auto row,
            st.one<std::pair<int, QByteArray>>(
                [](const Statement& r) { return std::make_pair(static_cast<int>(r.integer(0)), r.blob(1)); },
                makeError(ErrorCode::Integrity, Tr::tr("The register has no key for %1.").arg(id))));
        epochs << row.first;
        pks << row.second;
    }
    const QList<QByteArray> shares = itemkey::split(key, pks);
    if (shares.size() != ids.size())
        return makeError(ErrorCode::Integrity, Tr::tr("A compartment's public key in the register is malformed."));
    QJsonArray out;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        KANRIBO_TRY(m_s.db->run(
            QStringLiteral("INSERT INTO item_keys(control, idx, compartment, epoch, share) VALUES(?,?,?,?,?)"), control,
            static_cast<qint64>(i), ids.at(i), epochs.at(i), shares.at(i)));
        out.append(
            QJsonObject { { QStringLiteral("compartment"), ids.at(i) }, { QStringLiteral("epoch"), epochs.at(i) },
                { QStringLiteral("share"), QString::fromLatin1(shares.at(i).toBase64()) } });
    }
    return out;
}

Result<std::optional<SecureBuffer>> Compartments::itemKey(const QString& control) const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(
            QStringLiteral("SELECT k.compartment, k.epoch, k.share, c.public_key FROM item_keys k LEFT JOIN "
                           "compartments c ON c.compartment = k.compartment AND c.epoch = k.epoch WHERE k.control = ? "
                           "ORDER BY k.idx"),
            control));
    QList<QByteArray> shares, pks;
    QList<const SecureBuffer*> secrets;
    bool missing = false;
    KANRIBO_TRY(st.each([&](const Statement& row) -> Status {
        const auto mine = m_s.compartmentSecrets.find(slotName(row.text(0), row.integer(1)));
        if (mine == m_s.compartmentSecrets.end()) {
            missing = true;
            return {};
        }
        shares << row.blob(2);
        pks << row.blob(3);
        secrets << &mine->second;
        return {};
    }));
    if (missing)
        return makeError(ErrorCode::Denied, Tr::tr("The key of %1 is not one you hold.").arg(control),
            { Reason::of(QStringLiteral("no-content-key")) });
    if (shares.isEmpty())
        return std::optional<SecureBuffer>();
    KANRIBO_ASSIGN(auto key, itemkey::join(shares, pks, secrets));
    return std::optional<SecureBuffer>(std::move(key));
}

Result<QJsonArray> Compartments::resealFor(const User& user, const QByteArray& newBoxPk)
{
    KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM compartment_keys WHERE login = ?"), user.login));
    QJsonArray out;
    for (const auto& [name, secret] : m_s.compartmentSecrets) {
        const qsizetype hash = name.lastIndexOf(QLatin1Char('#'));
        const QString id = name.left(hash);
        const qint64 epoch = name.mid(hash + 1).toLongLong();
        if (!compartment::entitled(compartment::holderOf(user), id, m_s.today()))
            continue;
        const QByteArray sealed = ContentCipher::sealKey(secret, newBoxPk);
        if (sealed.isEmpty())
            return makeError(ErrorCode::Integrity, Tr::tr("The public key of %1 is malformed.").arg(user.login));
        KANRIBO_TRY(m_s.db->run(
            QStringLiteral("INSERT INTO compartment_keys(compartment, epoch, login, sealed) VALUES(?,?,?,?)"), id,
            epoch, user.login, sealed));
        out.append(QJsonObject { { QStringLiteral("compartment"), id }, { QStringLiteral("epoch"), epoch },
            { QStringLiteral("key"), QString::fromLatin1(sealed.toBase64()) } });
    }
    return out;
}

Result<VerifyReport> Compartments::compareWithLedger(const LedgerState& state) const
{
    KANRIBO_TRY(m_s.requireOpen());
    VerifyReport rep;
    const auto differs = [&](const QString& table, const QString& key, const QString& what) {
        rep.ok = false;
        rep.reason = Tr::tr("table %1, row %2: %3 is not what the ledger says").arg(table, key, what);
        return rep;
    };
    qsizetype epochs = 0, sealed = 0;
    for (auto it = state.compartments().constBegin(); it != state.compartments().constEnd(); ++it) {
        epochs += it->size();
        for (const auto& ep : *it)
            sealed += ep.sealed.size();
    }
    KANRIBO_ASSIGN(auto cs, m_s.db->query(QStringLiteral("SELECT compartment, epoch, public_key FROM compartments")));
    qsizetype rows = 0;
    std::optional<VerifyReport> bad;
    KANRIBO_TRY(cs.each([&](const Statement& row) -> Status {
        ++rows;
        const auto& known = state.compartments().value(row.text(0));
        const qint64 epoch = row.integer(1);
        if (!bad && (epoch < 1 || epoch > known.size() || known.at(epoch - 1).publicKey != row.blob(2)))
            bad = differs(QStringLiteral("compartments"), slotName(row.text(0), epoch), Tr::tr("the public key"));
        return {};
    }));
    if (bad)
        return *bad;
    if (rows != epochs)
        return differs(QStringLiteral("compartments"), QStringLiteral("*"), Tr::tr("the number of epochs"));
    KANRIBO_ASSIGN(
        auto ks, m_s.db->query(QStringLiteral("SELECT compartment, epoch, login, sealed FROM compartment_keys")));
    rows = 0;
    KANRIBO_TRY(ks.each([&](const Statement& row) -> Status {
        ++rows;
        const auto& known = state.compartments().value(row.text(0));
        const qint64 epoch = row.integer(1);
        if (!bad && (epoch < 1 || epoch > known.size() || known.at(epoch - 1).sealed.value(row.text(2)) != row.blob(3)))
            bad = differs(QStringLiteral("compartment_keys"),
                slotName(row.text(0), epoch) + QLatin1Char('/') + row.text(2), Tr::tr("the sealed key"));
        return {};
    }));
    if (bad)
        return *bad;
    if (rows != sealed)
        return differs(QStringLiteral("compartment_keys"), QStringLiteral("*"), Tr::tr("the number of sealed keys"));
    return rep;
}

} // namespace kanribo
