// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

// File → Import dossiers… / Import placements…: the core's CSV imports (all rows checked
// first, all or nothing) with a progress dialog, then a report of what happened or of every
// refused line.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    enum class Kind { Dossiers, Placements };

    struct Outcome
    {
        bool imported = false; // false: nothing was written
        QString summary;       // one sentence for the user
        QStringList errors;    // FILE:LINE: reason, one a line
        QStringList warnings;
    };

    // Asks for the file (unless `path` is given), imports it and, when `showReport`, shows
    // the outcome in a dialog. The progress dialog appears for imports that last.
    static Outcome run(QWidget *parent, Database &db, Kind kind, QString path = {}, bool showReport = true);
};

} // namespace parcours::ui
