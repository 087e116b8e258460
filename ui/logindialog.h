// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/accounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours::ui {

// Sign-in: a user name and a password, checked by Accounts::authenticate (the growing
// delay after failed attempts and the wording that does not tell which names exist are the
// core's). Accepted once the core accepts; actor() is then who signed in. Quit rejects.
//
// As an unlock screen (forUnlock) the name is fixed to the person who was signed in: only
// they can take the session back, or quit.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Accounts &accounts, QWidget *parent = nullptr);

    // Turns the dialog into the unlock screen of `username`.
    void forUnlock(const QString &username, const QString &displayName);

    const Actor &actor() const { return m_actor; }
    QString message() const;

public Q_SLOTS:
    // Checks what was typed; accepts on success, otherwise shows why and clears the password.
    void signIn();

private:
    Accounts &m_accounts;
    Actor m_actor;
    QLabel *m_intro = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
};

// First start of a database without accounts: creates the administrator, who is then
// signed in (actor()).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Accounts &accounts, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    QString message() const;

public Q_SLOTS:
    void create();

private:
    Accounts &m_accounts;
    Actor m_actor;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

// The signed-in user changes their own password (the old one, the new one twice). `forced`
// after an administrator's reset: the dialog says so, and cancelling signs out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Accounts &accounts, bool forced, QWidget *parent = nullptr);

    QString message() const;

public Q_SLOTS:
    void save();

private:
    Accounts &m_accounts;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace parcours::ui
