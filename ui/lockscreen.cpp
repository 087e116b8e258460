// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockscreen.h"

#include "logindialog.h"
#include "security/accounts.h"
#include "storage/database.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace parcours::ui {

// --- IdleWatcher ------------------------------------------------------------------------------

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    qApp->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_running)
        start();
}

void IdleWatcher::start()
{
    m_running = m_timeout.count() > 0;
    m_lastInput.start();
    if (!m_running) {
        m_timer.stop();
        return;
    }
    // Looks ten times per timeout: the lock comes at most a tenth late.
    const auto step = std::clamp<qint64>(m_timeout.count() / 10, 20, 5000);
    m_timer.start(int(step));
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_lastInput.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (m_running && m_lastInput.isValid() && m_lastInput.elapsed() >= m_timeout.count()) {
        stop();
        Q_EMIT idle();
    }
}

// --- LockScreen -------------------------------------------------------------------------------

LockScreen::LockScreen(Database &db, Accounts &accounts, QObject *parent) : QObject(parent), m_db(db), m_accounts(accounts)
{
}

LockScreen::~LockScreen()
{
    uncover();
    delete m_dialog;
}

void LockScreen::lock()
{
    if (m_locked || !m_db.actor().isValid())
        return;
    m_locked = true;
    m_actor = m_db.actor();
    m_db.clearActor();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->isWindow() && !qobject_cast<LoginDialog *>(w))
            cover(w);
    }
    m_dialog = new LoginDialog(m_accounts);
    m_dialog->forUnlock(m_actor.name, m_actor.displayName);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_dialog, &QDialog::finished, this, [this](int result) { finish(result == QDialog::Accepted); });
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT locked();
}

void LockScreen::finish(bool unlockedOk)
{
    if (!m_locked)
        return;
    if (!unlockedOk) {
        const bool quit = m_confirmQuit
            ? m_confirmQuit()
            : QMessageBox::question(m_dialog, tr("Quit Parcours"),
                                    tr("Quit without unlocking? What was not saved yet in the open windows is lost."),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!quit) {
            m_dialog->show(); // still locked
            m_dialog->activateWindow();
            return;
        }
        // The windows stay covered until the program ends.
        Q_EMIT quitRequested();
        return;
    }
    const Actor actor = m_dialog->actor();
    m_dialog->deleteLater();
    m_dialog = nullptr;
    m_db.setActor(actor);
    m_locked = false;
    uncover();
    Q_EMIT unlocked();
}

void LockScreen::cover(QWidget *window)
{
    auto *panel = new QWidget(window);
    panel->setObjectName(QStringLiteral("lockOverlay"));
    panel->setAutoFillBackground(true);
    QPalette palette = panel->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Dark));
    panel->setPalette(palette);
    auto *label = new QLabel(tr("Locked"), panel);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(label);
    panel->setGeometry(window->rect());
    panel->raise();
    panel->show();
    window->installEventFilter(this);
    m_covered.append({window, panel, window->windowTitle()});
    // Titles may name the person whose dossier is open.
    window->setWindowTitle(tr("Parcours (locked)"));
}

void LockScreen::uncover()
{
    for (const Covered &c : std::as_const(m_covered)) {
        if (c.window) {
            c.window->removeEventFilter(this);
            c.window->setWindowTitle(c.title);
        }
        delete c.panel;
    }
    m_covered.clear();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Keeps each panel over the whole of its window, on top of anything added later.
    if (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded) {
        for (const Covered &c : std::as_const(m_covered)) {
            if (c.window == watched && c.panel) {
                c.panel->setGeometry(c.window->rect());
                c.panel->raise();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parcours::ui
