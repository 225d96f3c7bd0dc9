// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtMath>

#include <vector>
#include <zxcvbn.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::PasswordPolicy)
};

// The user's own words as zxcvbn's user dictionary: each whole, and each part of three characters or more.
QList<QByteArray> personalWords(const QStringList& personal)
{
    static const QRegularExpression separators(QStringLiteral("[\\s._@,()/-]+"));
    QList<QByteArray> words;
    const auto add = [&words](const QString& w) {
        const QByteArray u = w.trimmed().toLower().toUtf8();
        if (u.size() >= 3 && !words.contains(u))
            words << u;
    };
    for (const QString& p : personal) {
        add(p);
        for (const QString& part : p.split(separators, Qt::SkipEmptyParts))
            add(part);
    }
    return words;
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
    c.length = QString::fromUtf8(password).size();
    if (password.size() > kMaxPasswordBytes) {
        c.problem = Tr::tr("The password is too long.");
        return c;
    }
    if (password.contains('\0')) {
        c.problem = Tr::tr("A password cannot contain a NUL character.");
        return c;
    }
    const QList<QByteArray> words = personalWords(personal);
    std::vector<const char*> dict;
    dict.reserve(static_cast<size_t>(words.size()) + 1);
    for (const QByteArray& w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);
    c.bits = password.isEmpty() ? 0.0 : ZxcvbnMatch(password.constData(), dict.data(), nullptr);
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
