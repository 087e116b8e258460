// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/accounts.h"

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

class IdleWatcher;
class LockScreen;

// Who works in the program, from sign-in to sign-out, for one open Database.
//
// signIn() runs before anything of a database is shown: the first-run dialog when the
// database has no account (it creates the administrator), else the sign-in dialog, then the
// forced password change after an administrator's reset. Only then does the Database have an
// actor; without one the core reads nothing of the register and writes nothing.
//
// A Session, made after a successful signIn(), keeps the idle lock (the administrator's
// setting) and offers the actions of the Account menu: change password, accounts and
// settings (administrator), audit trail (administrator), lock now, sign out.
class Session : public QObject
{
    Q_OBJECT
public:
    // Modal; true when someone signed in (db.actor() is set), false when they quit.
    static bool signIn(Database &db, QWidget *parent = nullptr);

    Session(Database &db, QWidget *window, QObject *parent = nullptr);
    ~Session() override;

    // Change password…, Accounts and settings…, Audit trail…, Lock now, Sign out — the ones
    // the signed-in role may use. Owned by the Session.
    QList<QAction *> actions() const { return m_actions; }

    LockScreen *lockScreen() const { return m_lock.get(); }
    IdleWatcher *idleWatcher() const { return m_idle.get(); }

public Q_SLOTS:
    void changePassword();
    void showAccounts();
    void showAuditTrail();
    void lockNow();

Q_SIGNALS:
    // Sign out: close the program's windows; unsaved edits are asked about as on any close.
    void signOutRequested();
    // Quit, confirmed on the lock screen: quit at once (QCoreApplication::quit); the covered
    // windows are not asked about their edits.
    void quitRequested();

private:
    QAction *addAction(const QString &text, const char *name);

    Database &m_db;
    QWidget *m_window;
    Accounts m_accounts;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<LockScreen> m_lock;
    QList<QAction *> m_actions;
};

} // namespace parcours::ui
