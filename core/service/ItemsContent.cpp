// SPDX-License-Identifier: GPL-3.0-or-later
// Items: stored content (R-TRU-5) — the acting user's content key, reading and decrypting against the hash signed at
// registration, verifying every content, and sealing content keys to those who may open it.
#include "service/Items.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "service/Compartments.h"
#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"
#include "store/OwnerOnly.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstring>

namespace kanribo
{

using namespace itemrows;

Status Items::sealFor(const QString& control, const SecureBuffer& key, const QString& login, const QByteArray& boxPk)
{
    const QByteArray sealed = ContentCipher::sealKey(key, boxPk);
    if (sealed.isEmpty())
        return makeError(ErrorCode::Integrity, Tr::tr("The public key of %1 is malformed.").arg(login));
    auto st
        = m_s.db->prepare(QStringLiteral("INSERT OR REPLACE INTO content_keys(control, login, sealed) VALUES(?,?,?)"));
    if (!st)
        return st.error();
    st->bind(1, control).bind(2, login).bind(3, sealed);
    return st->run();
}

Result<SecureBuffer> Items::myContentKey(const QString& control) const
{
    KANRIBO_ASSIGN(auto itemKey, Compartments(m_s).itemKey(control));
    if (itemKey) {
        KANRIBO_ASSIGN(
            auto sk, m_s.db->query(QStringLiteral("SELECT sealed_key FROM contents WHERE control = ?"), control));
        KANRIBO_ASSIGN(const QByteArray sealed,
            sk.one<QByteArray>([](const Statement& row) { return row.blob(0); },
                makeError(ErrorCode::NotFound, Tr::tr("The item %1 has no stored content.").arg(control))));
        return itemkey::open(*itemKey, sealed);
    }
    // Items registered before compartment keys: the content key sealed to each reader.
    auto st = m_s.db->prepare(QStringLiteral("SELECT sealed FROM content_keys WHERE control = ? AND login = ?"));
    if (!st)
        return st.error();
    st->bind(1, control).bind(2, m_s.me.login);
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::Denied,
            Tr::tr("The content key of %1 has not been sealed to you yet.").arg(control),
            { Reason::of(QStringLiteral("no-content-key")) });
    return ContentCipher::openSealedKey(st->blob(0), m_s.me.boxPublicKey, m_s.boxSecret);
}

Status Items::readContent(const QString& control, const std::function<Status(const unsigned char*, size_t)>& sink)
{
    auto it = seen(control, QStringLiteral("item.content"));
    if (!it)
        return it.error();
    KANRIBO_TRY(requireNeedToKnow(*it, QStringLiteral("item.content")));
    if (!it->hasContent)
        return makeError(ErrorCode::NotFound, Tr::tr("The item %1 has no stored content.").arg(control));
    auto key = myContentKey(control);
    if (!key) {
        if (key.error().code == ErrorCode::Denied)
            return m_s.deny(QStringLiteral("item.content"), QStringLiteral("item:") + control, key.error().reasons);
        return key.error();
    }
    KANRIBO_TRY(decryptStored(control, *key, sink));
    // Every opening is recorded; for Top Secret it is the disclosure record (R-ACC-4).
    return m_s.write([&]() -> Status {
        if (m_s.policy().rules(it->level).disclosureRecord)
            return recordDisclosure(*it, QStringLiteral("content"));
        auto ev = m_s.record({ QStringLiteral("item.content_opened"), QStringLiteral("item:") + control,
            QJsonObject { { QStringLiteral("control"), control }, { QStringLiteral("login"), m_s.me.login } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status Items::decryptStored(const QString& control, const SecureBuffer& key,
    const std::function<Status(const unsigned char*, size_t)>& sink) const
{
    auto hdr = m_s.db->prepare(QStringLiteral("SELECT header FROM contents WHERE control = ?"));
    if (!hdr)
        return hdr.error();
    hdr->bind(1, control);
    auto hr = hdr->next();
    if (!hr)
        return hr.error();
    if (!*hr)
        return makeError(ErrorCode::Integrity, Tr::tr("The content record of %1 is missing.").arg(control));
    const QByteArray header = hdr->blob(0);
    auto registered = registeredContentHash(control);
    if (!registered)
        return registered.error();
    auto chunks = m_s.db->prepare(QStringLiteral("SELECT data FROM content_chunks WHERE control = ? ORDER BY idx"));
    if (!chunks)
        return chunks.error();
    chunks->bind(1, control);
    Statement& cs = *chunks;
    return ContentCipher::decrypt(
        header, key,
        [&]() -> Result<std::optional<QByteArray>> {
            auto r = cs.next();
            if (!r)
                return r.error();
            return *r ? std::optional<QByteArray>(cs.blob(0)) : std::nullopt;
        },
        sink, *registered);
}

Result<QByteArray> Items::registeredContentHash(const QString& control) const
{
    // The hash the officer signed at registration, not the contents row (which the register key alone can rewrite).
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT payload FROM events WHERE subject = ? AND kind = 'item.registered' ORDER BY seq LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("item:") + control);
    auto r = st->next();
    if (!r)
        return r.error();
    const QString sha = *r ? QJsonDocument::fromJson(st->blob(0))
                                 .object()
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("sha"))
                                 .toString()
                           : QString();
    const QByteArray hash = QByteArray::fromHex(sha.toLatin1());
    if (hash.size() != 32)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The content of %1 was not recorded when the item was registered: it was added outside Kanribo.")
                .arg(control));
    return hash;
}

Result<ContentCheck> Items::verifyContents()
{
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian, Role::Auditor }, QStringLiteral("audit.verify"), QStringLiteral("register")));
    QStringList controls;
    {
        auto st = m_s.db->prepare(QStringLiteral("SELECT control FROM contents ORDER BY control"));
        if (!st)
            return st.error();
        auto all = st->collect<QString>([](const Statement& row) { return row.text(0); });
        if (!all)
            return all.error();
        controls = *all;
    }
    ContentCheck out;
    for (const QString& control : controls) {
        auto key = myContentKey(control);
        if (!key && key.error().code == ErrorCode::Denied) {
            ++out.notSealed; // sealed only to those who may open it: another officer or auditor checks it
            continue;
        }
        const Status read = key ? decryptStored(control, *key, [](const unsigned char*, size_t) { return Status {}; })
                                : Status { key.error() }; // a key that does not open is as bad as the content
        if (!read && read.error().code != ErrorCode::Integrity)
            return read.error();
        if (!read) {
            out.bad = control;
            out.reason = read.error().message;
            return out;
        }
        ++out.checked;
    }
    return out;
}

Result<SecureBuffer> Items::contentBytes(const QString& control)
{
    auto size = m_s.db->prepare(QStringLiteral("SELECT size FROM contents WHERE control = ?"));
    if (!size)
        return size.error();
    size->bind(1, control);
    auto r = size->next();
    if (!r)
        return r.error();
    const qint64 total = *r ? size->integer(0) : 0;
    if (total > 512LL * 1024 * 1024)
        return makeError(ErrorCode::Io, Tr::tr("The content is too large to show in memory; export it instead."));
    SecureBuffer out(static_cast<size_t>(total));
    size_t at = 0;
    KANRIBO_TRY(readContent(control, [&](const unsigned char* d, size_t n) -> Status {
        if (at + n > out.size())
            return makeError(ErrorCode::Integrity, Tr::tr("The stored document content is damaged or was altered."));
        std::memcpy(out.data() + at, d, n);
        at += n;
        return {};
    }));
    return out;
}

Status Items::writeContentToFile(const QString& control, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !makeOwnerOnly(f))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    KANRIBO_TRY(readContent(control, [&](const unsigned char* d, size_t n) -> Status {
        if (f.write(reinterpret_cast<const char*>(d), static_cast<qint64>(n)) != static_cast<qint64>(n))
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
        return {};
    }));
    if (!f.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<int> Items::refreshContentKeys()
{
    KANRIBO_TRY(m_s.requireOpen());
    auto users = loadUsers(*m_s.db);
    if (!users)
        return users.error();
    QStringList controls;
    {
        auto st = m_s.db->prepare(QStringLiteral("SELECT control FROM contents ORDER BY control"));
        if (!st)
            return st.error();
        for (;;) {
            auto r = st->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            controls << st->text(0);
        }
    }
    int sealed = 0;
    KANRIBO_TRY(m_s.write([&]() -> Status {
        for (const auto& control : controls) {
            auto it = load(control);
            if (!it)
                return it.error();
            QStringList holders;
            auto ks = m_s.db->prepare(QStringLiteral("SELECT login FROM content_keys WHERE control = ?"));
            if (!ks)
                return ks.error();
            ks->bind(1, control);
            for (;;) {
                auto r = ks->next();
                if (!r)
                    return r.error();
                if (!*r)
                    break;
                holders << ks->text(0);
            }
            std::optional<SecureBuffer> key;
            QStringList added, removed;
            for (const auto& u : *users) {
                const bool may = decide(u, *it, Action::Open).allowed;
                const bool has = holders.contains(u.login);
                if (has && !may) {
                    auto del
                        = m_s.db->prepare(QStringLiteral("DELETE FROM content_keys WHERE control = ? AND login = ?"));
                    if (!del)
                        return del.error();
                    del->bind(1, control).bind(2, u.login);
                    KANRIBO_TRY(del->run());
                    removed << u.login;
                } else if (!has && may) {
                    if (!key) {
                        if (!holders.contains(m_s.me.login))
                            continue; // only a holder of the key can extend access; removals still go on
                        auto k = myContentKey(control);
                        if (!k)
                            return k.error();
                        key = std::move(k).value();
                    }
                    KANRIBO_TRY(sealFor(control, *key, u.login, u.boxPublicKey));
                    added << u.login;
                    ++sealed;
                }
            }
            if (!added.isEmpty() || !removed.isEmpty()) {
                auto ev = m_s.record({ QStringLiteral("item.content_keys"), QStringLiteral("item:") + control,
                    QJsonObject { { QStringLiteral("sealed_to"), QJsonArray::fromStringList(added) },
                        { QStringLiteral("removed"), QJsonArray::fromStringList(removed) } } });
                if (!ev)
                    return ev.error();
            }
        }
        return {};
    }));
    return sealed;
}

} // namespace kanribo
