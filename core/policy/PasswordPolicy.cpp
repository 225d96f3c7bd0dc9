// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PasswordPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QtMath>

#include <sodium.h>
#include <vector>
#include <zxcvbn.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::PasswordPolicy)
};

void wipe(QString& s)
{
    if (!s.isEmpty())
        sodium_memzero(s.data(), static_cast<size_t>(s.size()) * sizeof(QChar));
}

void wipe(QByteArray& b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), static_cast<size_t>(b.size()));
}

// zxcvbn reads bytes and knows English: a Japanese character would count as two or three random bytes, and
// full-width letters as something other than the letters they are. So the text is first normalised (NFKC: full-width
// letters and digits become ASCII), then every distinct character outside ASCII stands for a symbol of its own: zxcvbn
// sees one character (about five bits) per Japanese character, and its repeats and sequences. It has no Japanese
// dictionary: docs/reliability.md says what that means.
class Folder
{
public:
    // Appends `text` folded to `out` (reserved first, so that no reallocation leaves a copy behind).
    void fold(const QString& text, QByteArray& out)
    {
        out.reserve(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text.at(i).unicode();
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            if (c != 0 && c < 0x80) {
                out.append(static_cast<char>(c));
                continue;
            }
            auto it = m_symbols.constFind(c);
            if (it == m_symbols.cend())
                it = m_symbols.insert(c, kSymbols[m_symbols.size() % (sizeof(kSymbols) - 1)]);
            out.append(*it);
        }
    }

private:
    static constexpr char kSymbols[] = "!#$%&()*+,-./:;<=>?@[]^_`{|}~\"'ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QHash<char32_t, char> m_symbols;
};

qsizetype utf8Characters(const QByteArray& bytes)
{
    qsizetype n = 0;
    for (const char b : bytes)
        if ((static_cast<unsigned char>(b) & 0xC0) != 0x80)
            ++n;
    return n;
}

PasswordCheck::Band bandOf(double bits)
{
    if (bits < 40)
        return PasswordCheck::Band::Poor;
    if (bits < 65)
        return PasswordCheck::Band::Fair;
    if (bits < 100)
        return PasswordCheck::Band::Good;
    return PasswordCheck::Band::Excellent;
}
} // namespace

PasswordCheck checkPassword(const QByteArray& password, const QStringList& personal)
{
    PasswordCheck c;
    c.length = utf8Characters(password);
    if (password.size() > kMaxPasswordBytes) {
        c.problem = Tr::tr("The password is too long.");
        return c;
    }
    if (password.contains('\0')) {
        c.problem = Tr::tr("A password cannot contain a NUL character.");
        return c;
    }
    // The password and the user's own words, folded alike (every copy of the password is wiped before returning).
    Folder folder;
    QString typed = QString::fromUtf8(password);
    QString normal = typed.normalized(QString::NormalizationForm_KC);
    wipe(typed);
    QByteArray folded;
    folder.fold(normal, folded);
    wipe(normal);
    QList<QByteArray> words;
    const auto addWord = [&](const QString& w) {
        QByteArray f;
        folder.fold(w.trimmed().toLower().normalized(QString::NormalizationForm_KC), f);
        if (f.size() >= 3 && !words.contains(f))
            words << f;
    };
    static const QRegularExpression separators(QStringLiteral("[\\s._@,()/-]+"));
    for (const QString& p : personal) {
        addWord(p);
        for (const QString& part : p.split(separators, Qt::SkipEmptyParts))
            addWord(part);
    }
    std::vector<const char*> dict;
    dict.reserve(static_cast<size_t>(words.size()) + 1);
    for (const QByteArray& w : std::as_const(words))
        dict.push_back(w.constData());
    dict.push_back(nullptr);
    c.bits = folded.isEmpty() ? 0.0 : ZxcvbnMatch(folded.constData(), dict.data(), nullptr);
    wipe(folded);
    c.band = bandOf(c.bits);
    if (c.length < kMinPasswordLength)
        c.problem = Tr::tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    else if (c.bits < kMinPasswordBits)
        c.problem = Tr::tr("This password is too easy to guess (about 2^%1 guesses; at least 2^%2 are needed): avoid "
                           "common words and patterns, and your name, login or facility; a longer phrase of "
                           "unrelated words is stronger.")
                        .arg(qFloor(c.bits))
                        .arg(qRound(kMinPasswordBits));
    return c;
}

QString bandName(PasswordCheck::Band band)
{
    switch (band) {
    case PasswordCheck::Band::Poor:
        return Tr::tr("poor");
    case PasswordCheck::Band::Fair:
        return Tr::tr("fair");
    case PasswordCheck::Band::Good:
        return Tr::tr("good");
    case PasswordCheck::Band::Excellent:
        return Tr::tr("excellent");
    }
    return {};
}

} // namespace kanribo
