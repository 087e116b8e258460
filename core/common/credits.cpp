// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits.h"

#include <QtGlobal>

#include <sodium.h>
#include <sqlite3.h>

namespace parcours {

QString programVersion()
{
    return QStringLiteral(PARCOURS_VERSION); // a compile definition of parcours_flags
}

QList<Credit> credits()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-3.0-only"),
         QStringLiteral("https://www.qt.io")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
         QStringLiteral("https://sqlite.org")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
         QStringLiteral("https://libsodium.org")},
        {QStringLiteral("Catch2"), QString(), QStringLiteral("BSL-1.0"), QStringLiteral("https://github.com/catchorg/Catch2")},
    };
}

} // namespace parcours
