// SPDX-License-Identifier: GPL-3.0-or-later
// R-TRU-5: an item's keys after registration — `item rekey` re-encrypts an item under fresh keys for the people
// entitled to it now (ADR 0005).
#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "crypto/SecureReader.h"
#include "service/Compartments.h"
#include "service/ItemRows.h"
#include "service/Items.h"
#include "service/Session.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace kanribo
{

using namespace itemrows;

Status Items::rekey(const QString& control)
{
    const QString subject = QStringLiteral("item:") + control;
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("item.rekey"), subject));
    auto seenItem = seen(control, QStringLiteral("item.rekey"));
    if (!seenItem)
        return seenItem.error();
    KANRIBO_TRY(requireNeedToKnow(*seenItem, QStringLiteral("item.rekey")));
    KANRIBO_ASSIGN(const Item it, load(control));
    // The plaintext, into sodium_malloc memory, with the key the officer holds now (checked against the hash signed
    // at registration as it is decrypted).
    std::optional<SecureBuffer> plain;
    if (it.hasContent) {
        auto key = myContentKey(control);
        if (!key) {
            if (key.error().code == ErrorCode::Denied)
                return m_s.deny(QStringLiteral("item.rekey"), subject, key.error().reasons);
            return key.error();
        }
        KANRIBO_ASSIGN(auto sz, m_s.db->query(QStringLiteral("SELECT size FROM contents WHERE control = ?"), control));
        KANRIBO_ASSIGN(const qint64 size,
            sz.one<qint64>([](const Statement& row) { return row.integer(0); },
                makeError(ErrorCode::Integrity, Tr::tr("The content record of %1 is missing.").arg(control))));
        plain.emplace(static_cast<std::size_t>(size));
        std::size_t at = 0;
        KANRIBO_TRY(decryptStored(control, *key, [&](const unsigned char* d, size_t n) -> Status {
            if (at + n > plain->size())
                return makeError(
                    ErrorCode::Integrity, Tr::tr("The stored document content is damaged or was altered."));
            std::memcpy(plain->data() + at, d, n);
            at += n;
            return {};
        }));
    }
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM item_keys WHERE control = ?"), control));
        const SecureBuffer itemKey = itemkey::generate();
        KANRIBO_ASSIGN(const QJsonArray keys, Compartments(m_s).wrap(control, it.level, it.groups, itemKey));
        QJsonObject payload { { QStringLiteral("control"), control }, { QStringLiteral("level"), levelName(it.level) },
            { QStringLiteral("groups"), QJsonArray::fromStringList(it.groups) }, { QStringLiteral("keys"), keys } };
        if (plain) {
            const SecureBuffer key = ContentCipher::newKey();
            KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM content_chunks WHERE control = ?"), control));
            SecureReader in(*plain);
            auto enc = ContentCipher::encrypt(in, key, [&](int idx, const QByteArray& chunk) -> Status {
                return m_s.db->run(QStringLiteral("INSERT INTO content_chunks(control, idx, data) VALUES(?,?,?)"),
                    control, idx, chunk);
            });
            if (!enc)
                return enc.error();
            const QByteArray sealedKey = itemkey::seal(itemKey, key);
            KANRIBO_TRY(m_s.db->run(
                QStringLiteral("UPDATE contents SET header = ?, chunks = ?, sealed_key = ? WHERE control = ?"),
                enc->header, static_cast<qint64>(enc->chunks), sealedKey, control));
            // The keys sealed to each reader before compartment keys open nothing now.
            KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM content_keys WHERE control = ?"), control));
            payload.insert(QStringLiteral("content"),
                QJsonObject { { QStringLiteral("key"), QString::fromLatin1(sealedKey.toBase64()) } });
        }
        auto ev = m_s.record({ QStringLiteral("item.rekeyed"), subject, payload });
        return ev ? Status {} : Status { ev.error() };
    });
}

} // namespace kanribo
