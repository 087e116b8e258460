// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace parcours::ui {

// The page of an area that is not built yet: its name, what it will hold, and a plain
// statement that it is not available in this version. No fake buttons.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace parcours::ui
