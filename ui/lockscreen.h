// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/actor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QWidget;

namespace parcours {
class Accounts;
class Database;
}

namespace parcours::ui {

class LoginDialog;

// Watches the keyboard, mouse and touch input of the whole application (an event filter on
// qApp) and emits idle() once no input came for timeout(). Checking is cheap: input only
// notes the time; a timer looks at it a few times per timeout.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Zero turns the watch off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts (again) from now; idle() comes once per start.
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout{0};
    QElapsedTimer m_lastInput;
    QTimer m_timer;
    bool m_running = false;
};

// Locks the program without losing what is open: every visible window (the main window, an
// open dossier form with its unsaved edits, …) is covered by an opaque panel and its title
// hidden, the Database loses its actor (so that nothing reads or writes meanwhile), and an
// application-modal unlock dialog asks the same person for their password. On success the
// panels go and everything is as it was; the actor is the one Accounts returns then (a role
// changed meanwhile applies; a deactivated account cannot unlock).
//
// Quit on the lock screen asks for confirmation (what is unsaved in the covered windows is
// lost: whoever quits cannot see it) and then emits quitRequested; the program should quit
// at once (QCoreApplication::quit), without asking the covered windows about their edits.
// Without confirmation the lock screen comes back.
class LockScreen : public QObject
{
    Q_OBJECT
public:
    using ConfirmQuit = std::function<bool()>;

    LockScreen(Database &db, Accounts &accounts, QObject *parent = nullptr);
    // Replaces the "Quit without unlocking?" question (tests).
    void setConfirmQuit(ConfirmQuit confirm) { m_confirmQuit = std::move(confirm); }
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    // The unlock dialog while locked (for tests), else null.
    LoginDialog *unlockDialog() const { return m_dialog; }

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(bool unlockedOk);
    void cover(QWidget *window);
    void uncover();

    Database &m_db;
    Accounts &m_accounts;
    Actor m_actor;
    bool m_locked = false;
    QPointer<LoginDialog> m_dialog;
    ConfirmQuit m_confirmQuit;
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> panel;
        QString title;
    };
    QList<Covered> m_covered;
};

} // namespace parcours::ui
