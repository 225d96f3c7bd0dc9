// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Event.h"

#include "crypto/Signer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Event)
};

constexpr char kMagic[] = "KEV1";
constexpr qsizetype kMaxField = 64 * 1024 * 1024;

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void putField(QByteArray& out, const QByteArray& f)
{
    putU32(out, static_cast<quint32>(f.size()));
    out.append(f);
}

class Reader
{
public:
    explicit Reader(const QByteArray& b)
        : m_b(b)
    {
    }
    bool u32(quint32& v)
    {
        if (m_pos + 4 > m_b.size())
            return false;
        v = qFromBigEndian<quint32>(m_b.constData() + m_pos);
        m_pos += 4;
        return true;
    }
    bool u64(quint64& v)
    {
        if (m_pos + 8 > m_b.size())
            return false;
        v = qFromBigEndian<quint64>(m_b.constData() + m_pos);
        m_pos += 8;
        return true;
    }
    bool field(QByteArray& f)
    {
        quint32 n = 0;
        if (!u32(n) || n > kMaxField || m_pos + static_cast<qsizetype>(n) > m_b.size())
            return false;
        f = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    bool raw(qsizetype n, QByteArray& f)
    {
        if (m_pos + n > m_b.size())
            return false;
        f = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    bool atEnd() const { return m_pos == m_b.size(); }

private:
    const QByteArray& m_b;
    qsizetype m_pos = 0;
};
} // namespace

// yyyy-MM-ddTHH:mm:ss.zzzZ, parsed by hand: QDateTime::fromString with a format goes through the local time zone
// (tzset, a stat of /etc/localtime per call), which was ~15% of a full verification (issue 7).
QDateTime parseTimestamp(const QString& t)
{
    const auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const int d = t.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    if (t.size() == 24 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-') && t.at(10) == QLatin1Char('T')
        && t.at(13) == QLatin1Char(':') && t.at(16) == QLatin1Char(':') && t.at(19) == QLatin1Char('.')
        && t.at(23) == QLatin1Char('Z')) {
        const QDate d(num(0, 4), num(5, 2), num(8, 2));
        const QTime tm(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (d.isValid() && tm.isValid())
            return QDateTime(d, tm, Qt::UTC);
    }
    QDateTime slow = QDateTime::fromString(t, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    slow.setTimeSpec(Qt::UTC);
    return slow;
}

QByteArray headStatement(const char* tag, const QByteArray& registerId, qint64 seq, const QByteArray& hash)
{
    QByteArray m(tag);
    m.append('\0');
    m.append(registerId);
    char be[8];
    qToBigEndian(static_cast<quint64>(seq), be);
    m.append(be, 8);
    m.append(hash);
    return m;
}

QString formatTimestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray genesisHash(const QByteArray& registerId)
{
    return blake2b256(QByteArrayLiteral("kanribo-genesis-v1") + registerId);
}

QByteArray canonicalJson(const QJsonObject& o)
{
    // QJsonObject keeps keys sorted, and compact output has no insignificant white space.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Event::canonical() const
{
    QByteArray out;
    out.reserve(128 + payload.size());
    out.append(kMagic, 4);
    putU64(out, static_cast<quint64>(seq));
    putField(out, prevHash);
    putField(out, formatTimestamp(time).toUtf8());
    putField(out, actor.toUtf8());
    putField(out, kind.toUtf8());
    putField(out, subject.toUtf8());
    putField(out, payload);
    putU32(out, static_cast<quint32>(cosigners.size()));
    for (const auto& c : cosigners)
        putField(out, c.toUtf8());
    return out;
}

QByteArray Event::computeHash() const
{
    return blake2b256(prevHash + canonical());
}

QByteArray Event::signedMessageFor(const QByteArray& hash)
{
    return QByteArrayLiteral("KSIG1") + hash;
}

QJsonObject Event::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

Result<Event> Event::decodeCanonical(const QByteArray& bytes)
{
    const auto bad = [] { return makeError(ErrorCode::Integrity, Tr::tr("Malformed event encoding.")); };
    Reader r(bytes);
    QByteArray magic;
    if (!r.raw(4, magic) || magic != QByteArray(kMagic, 4))
        return bad();
    Event e;
    quint64 seq = 0;
    if (!r.u64(seq) || seq == 0 || seq > (quint64(1) << 53))
        return bad();
    e.seq = static_cast<qint64>(seq);
    QByteArray ts, actor, kind, subject;
    if (!r.field(e.prevHash) || e.prevHash.size() != 32 || !r.field(ts) || !r.field(actor) || !r.field(kind)
        || !r.field(subject) || !r.field(e.payload))
        return bad();
    e.time = QDateTime::fromString(QString::fromUtf8(ts), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    e.time.setTimeSpec(Qt::UTC);
    if (!e.time.isValid() || formatTimestamp(e.time).toUtf8() != ts)
        return bad();
    e.actor = QString::fromUtf8(actor);
    e.kind = QString::fromUtf8(kind);
    e.subject = QString::fromUtf8(subject);
    quint32 n = 0;
    if (!r.u32(n) || n > 16)
        return bad();
    for (quint32 i = 0; i < n; ++i) {
        QByteArray c;
        if (!r.field(c))
            return bad();
        e.cosigners.append(QString::fromUtf8(c));
    }
    if (!r.atEnd())
        return bad();
    // One reading only: bytes that encode back differently (invalid UTF-8 becomes U+FFFD) are not canonical.
    if (e.canonical() != bytes)
        return bad();
    e.hash = e.computeHash();
    return e;
}

} // namespace kanribo
