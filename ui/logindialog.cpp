// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QLabel *messageLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                        " border-radius: 4px; padding: 6px 8px; }"));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit *passwordEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(Accounts::kMaximumPasswordBytes);
    return edit;
}

QLineEdit *lineEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

// --- LoginDialog ------------------------------------------------------------------------------

LoginDialog::LoginDialog(Accounts &accounts, QWidget *parent) : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Parcours"));
    setMinimumWidth(420);
    m_intro = new QLabel(tr("This database holds personal data. Sign in with your own account."));
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // names are shown as typed, never as markup
    m_user = lineEdit("loginUser");
    m_user->setMaxLength(64);
    m_password = passwordEdit("loginPassword");
    m_message = messageLabel(this, "loginMessage");

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("loginQuit"));
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_user->setFocus();
}

void LoginDialog::forUnlock(const QString &username, const QString &displayName)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Parcours is locked"));
    m_intro->setText(tr("The window was locked after a time without use. %1, type your password to go on where you "
                        "left off, or quit.").arg(displayName));
    m_user->setText(username);
    m_user->setReadOnly(true);
    m_signIn->setText(tr("Unlock"));
    m_password->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoginDialog::signIn()
{
    if (m_user->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Type your user name."));
        m_user->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment, on purpose
    Result<Actor> result = m_accounts.authenticate(m_user->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result.ok()) {
        showMessage(m_message, result.error());
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    showMessage(m_message, QString());
    accept();
}

// --- FirstRunDialog --------------------------------------------------------------------------

FirstRunDialog::FirstRunDialog(Accounts &accounts, QWidget *parent) : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Create the administrator"));
    setMinimumWidth(480);
    auto *intro = new QLabel(tr("This database has no accounts yet. Create the administrator's account: the "
                                "administrator creates the accounts of the staff and sets the idle lock and the "
                                "retention period. Choose a password of at least %1 characters; a sentence of "
                                "several words is easy to remember and hard to guess.")
                                 .arg(Accounts::kMinimumPasswordLength));
    intro->setWordWrap(true);
    m_user = lineEdit("firstRunUser");
    m_user->setMaxLength(64);
    m_user->setPlaceholderText(tr("e.g. admin or nlemaire"));
    m_name = lineEdit("firstRunName");
    m_password = passwordEdit("firstRunPassword");
    m_repeat = passwordEdit("firstRunRepeat");
    m_message = messageLabel(this, "firstRunMessage");

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);

    auto *buttons = new QDialogButtonBox;
    QPushButton *create = buttons->addButton(tr("Create and sign in"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("firstRunCreate"));
    create->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("firstRunQuit"));
    connect(create, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString FirstRunDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FirstRunDialog::create()
{
    if (const QString e = Accounts::checkUsername(m_user->text()); !e.isEmpty())
        return showMessage(m_message, e);
    if (m_name->text().trimmed().isEmpty())
        return showMessage(m_message, tr("Type the administrator's full name."));
    if (const QString e = Accounts::checkPassword(m_password->text(), m_user->text()); !e.isEmpty())
        return showMessage(m_message, e);
    if (m_password->text() != m_repeat->text()) {
        m_repeat->clear();
        return showMessage(m_message, tr("The two passwords differ. Type the password again."));
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Actor> result = m_accounts.createFirstAdministrator(m_user->text(), m_name->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!result.ok())
        return showMessage(m_message, result.error());
    m_password->clear();
    m_repeat->clear();
    m_actor = result.value();
    accept();
}

// --- ChangePasswordDialog --------------------------------------------------------------------

ChangePasswordDialog::ChangePasswordDialog(Accounts &accounts, bool forced, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    setMinimumWidth(440);
    auto *intro = new QLabel(forced ? tr("Your password was set by the administrator. Choose a password of your own "
                                         "(at least %1 characters) before you go on.").arg(Accounts::kMinimumPasswordLength)
                                    : tr("A password has at least %1 characters.").arg(Accounts::kMinimumPasswordLength));
    intro->setWordWrap(true);
    m_old = passwordEdit("passwordOld");
    m_new = passwordEdit("passwordNew");
    m_repeat = passwordEdit("passwordRepeat");
    m_message = messageLabel(this, "passwordMessage");

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);

    auto *buttons = new QDialogButtonBox;
    QPushButton *save = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("passwordSave"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(forced ? tr("Sign out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("passwordCancel"));
    connect(save, &QPushButton::clicked, this, &ChangePasswordDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString ChangePasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ChangePasswordDialog::save()
{
    if (m_new->text() != m_repeat->text()) {
        m_repeat->clear();
        return showMessage(m_message, tr("The two new passwords differ. Type the new password again."));
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_accounts.changePassword(m_old->text(), m_new->text());
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        m_old->clear();
        return showMessage(m_message, s.error());
    }
    m_old->clear();
    m_new->clear();
    m_repeat->clear();
    accept();
}

} // namespace parcours::ui
