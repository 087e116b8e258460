// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace parcours::ui {

// Help → About Parcours: the icon, the version, what the program is for, its licence
// (GPL-3.0-or-later), the libraries it is built on with their versions, and the database file
// in use (what support asks first).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `databasePath` is the open database, or empty when none is open.
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace parcours::ui
