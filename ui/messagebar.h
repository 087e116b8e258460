// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;

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
    // Every message replaces the previous one and its action.
    void showMessage(const QString &text, Kind kind = Kind::Warning);
    // A button beside the message that does the one thing the message asks for (e.g. restore
    // the latest backup of a damaged database); shown until the next showMessage().
    void setAction(const QString &label, std::function<void()> action);
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QFrame *m_frame = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    std::function<void()> m_do;
};

} // namespace parcours::ui
