// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QFileDevice>
#include <QString>

namespace kanribo
{

// R-TRU-7: every file Kanribo writes (register, its WAL and index, key ring, exports, decrypted content) is readable
// and writable by its owner only, whatever the umask.
inline constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

inline bool makeOwnerOnly(QFileDevice& file)
{
    return file.setPermissions(kOwnerOnly);
}

inline bool makeOwnerOnly(const QString& path)
{
    return !QFile::exists(path) || QFile::setPermissions(path, kOwnerOnly);
}

} // namespace kanribo
