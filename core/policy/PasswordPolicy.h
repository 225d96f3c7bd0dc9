// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kanribo
{

// R-TRU-5, offline guessing: a user's password is all that stands between a stolen key ring (NAME.kanribo.keys) and
// that user's keys. Argon2id makes each guess slow; this rule makes the number of guesses large. A new password
// needs at least kMinPasswordLength characters and an estimated kMinPasswordBits bits — log2 of the guesses an
// attacker who tries common passwords, words, names, dates, keyboard patterns and the user's own login, name and
// facility first would need (zxcvbn, the estimator KeePassXC uses). docs/reliability.md gives the cost per profile.
inline constexpr int kMinPasswordLength = 12;
inline constexpr double kMinPasswordBits = 40.0;
inline constexpr int kMaxPasswordBytes = 1024;

struct PasswordCheck {
    enum class Band { Poor, Fair, Good, Excellent }; // < 40 (refused), < 65, < 100, >= 100 bits
    double bits = 0; // zxcvbn's estimate
    qsizetype length = 0; // characters
    Band band = Band::Poor;
    QString problem; // translated; empty when the password may be used
    bool ok() const { return problem.isEmpty(); }
};

// `personal` are words an attacker knows about the user (login, name, facility): a password built on them is weak.
PasswordCheck checkPassword(const QByteArray& password, const QStringList& personal = {});
QString bandName(PasswordCheck::Band band); // translated: "poor", "fair", "good", "excellent"

} // namespace kanribo
