// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace parcours {

// The program's version (CMake's project VERSION) and the libraries it is built on, with the
// versions actually loaded at run time, for the About dialog and bug reports.
QString programVersion();

struct Credit
{
    QString name;
    QString version; // empty when not known at run time
    QString licence; // SPDX identifier
    QString url;
};
// Qt, SQLite, libsodium, Catch2 (the tests), in that order.
QList<Credit> credits();

} // namespace parcours
