// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;

namespace parcours::ui {

// A dismissible strip above the work area for things the user should know that do not
// need an answer (a database on a network drive, a database that was upgraded). Less
// intrusive than a dialog, harder to miss than the status bar. Takes no room when hidden.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Warning);
    QString text() const;

private:
    QFrame *m_frame = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace parcours::ui
