// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "accountsdialog.h"
#include "auditview.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "security/permissions.h"
#include "security/settings.h"
#include "storage/database.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QVBoxLayout>

namespace parcours::ui {

bool Session::signIn(Database &db, QWidget *parent)
{
    Accounts accounts(db);
    db.clearActor();
    Actor actor;
    if (accounts.needsFirstAdministrator()) {
        FirstRunDialog dialog(accounts, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        actor = dialog.actor();
    } else {
        LoginDialog dialog(accounts, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        actor = dialog.actor();
    }
    db.setActor(actor);
    if (accounts.mustChangePassword(actor)) {
        ChangePasswordDialog change(accounts, true, parent);
        if (change.exec() != QDialog::Accepted) {
            db.clearActor();
            return false;
        }
    }
    return true;
}

Session::Session(Database &db, QWidget *window, QObject *parent)
    : QObject(parent), m_db(db), m_window(window), m_accounts(db), m_idle(std::make_unique<IdleWatcher>()),
      m_lock(std::make_unique<LockScreen>(db, m_accounts))
{
    const Actor &actor = db.actor();
    if (actor.isUser())
        connect(addAction(tr("Change &password…"), "actionChangePassword"), &QAction::triggered, this, &Session::changePassword);
    if (Permissions::allows(actor, Permission::ManageAccounts))
        connect(addAction(tr("&Accounts and settings…"), "actionAccounts"), &QAction::triggered, this, &Session::showAccounts);
    if (Permissions::allows(actor, Permission::ViewAudit))
        connect(addAction(tr("Audit &trail…"), "actionAuditTrail"), &QAction::triggered, this, &Session::showAuditTrail);
    QAction *lock = addAction(tr("&Lock now"), "actionLock");
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &Session::lockNow);
    connect(addAction(tr("Sign &out"), "actionSignOut"), &QAction::triggered, this, &Session::signOutRequested);

    connect(m_idle.get(), &IdleWatcher::idle, m_lock.get(), &LockScreen::lock);
    connect(m_lock.get(), &LockScreen::unlocked, m_idle.get(), &IdleWatcher::start);
    connect(m_lock.get(), &LockScreen::quitRequested, this, &Session::quitRequested);
    // Only people have something to lock: the CLI and System actors do not use windows.
    if (actor.isUser()) {
        m_idle->setTimeout(std::chrono::minutes(Settings(db).idleLockMinutes()));
        m_idle->start();
    }
}

Session::~Session() = default;

QAction *Session::addAction(const QString &text, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    m_actions.append(action);
    return action;
}

void Session::changePassword()
{
    ChangePasswordDialog dialog(m_accounts, false, m_window);
    dialog.exec();
}

void Session::showAccounts()
{
    AccountsDialog dialog(m_db, m_window);
    dialog.exec();
}

void Session::showAuditTrail()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("auditDialog"));
    dialog.setWindowTitle(tr("Audit trail"));
    dialog.setSizeGripEnabled(true);
    dialog.resize(1000, 600);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new AuditView(m_db));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.exec();
}

void Session::lockNow()
{
    m_idle->stop();
    m_lock->lock();
}

} // namespace parcours::ui
