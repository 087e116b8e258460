// SPDX-License-Identifier: GPL-3.0-or-later
// The security dialogs: sign-in, first administrator, password change, accounts, audit view,
// idle lock.
#include "uitestsupport.h"

#include "security/actor.h"
#include "storage/database.h"

#include "accountsdialog.h"
#include "auditview.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "session.h"

#include "security/accounts.h"
#include "security/audittrail.h"
#include "security/settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::UiDatabase;
using parcours::test::child;
using parcours::test::eventually;

namespace {

const QString kAdminPassword = QStringLiteral("admin passphrase 1");

// A database with its administrator "admin" signed in.
struct SecureDatabase : UiDatabase
{
    Accounts accounts{*db};
    Actor admin;

    SecureDatabase()
    {
        db->clearActor();
        auto created = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Nathalie Lemaire"), kAdminPassword);
        REQUIRE(created.ok());
        admin = created.value();
        db->setActor(admin);
    }

    // An account of `role` with its own password (`name` + " password"), signed in.
    Actor user(const QString &name, Role role)
    {
        db->setActor(admin);
        REQUIRE(accounts.create(name, name + QStringLiteral(" Doe"), role, QStringLiteral("first password")).ok());
        db->clearActor();
        auto first = accounts.authenticate(name, QStringLiteral("first password"));
        REQUIRE(first.ok());
        db->setActor(first.value());
        REQUIRE(accounts.changePassword(QStringLiteral("first password"), name + QStringLiteral(" password")).ok());
        return first.value();
    }
};

void type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *dialog, const char *name)
{
    QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
}

// Runs `step` on the modal dialog called `name` once it is shown (for code that calls exec()).
void whenShown(const char *name, std::function<void(QDialog *)> step)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, step] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (dialog && dialog->isVisible() && dialog->objectName() == QLatin1String(name)) {
                timer->stop();
                timer->deleteLater();
                step(dialog);
                return;
            }
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("First start: the administrator is created and signed in", "[security][ui]")
{
    UiDatabase t;
    t.db->clearActor();
    Accounts accounts(*t.db);
    FirstRunDialog dialog(accounts);
    dialog.show();
    type(&dialog, "firstRunUser", QStringLiteral("admin"));
    type(&dialog, "firstRunName", QStringLiteral("Nathalie Lemaire"));
    type(&dialog, "firstRunPassword", kAdminPassword);
    type(&dialog, "firstRunRepeat", QStringLiteral("something else"));
    click(&dialog, "firstRunCreate");
    CHECK(dialog.message().contains(QStringLiteral("differ")));
    CHECK(accounts.needsFirstAdministrator());
    type(&dialog, "firstRunPassword", QStringLiteral("short"));
    type(&dialog, "firstRunRepeat", QStringLiteral("short"));
    click(&dialog, "firstRunCreate");
    CHECK(dialog.message().contains(QStringLiteral("at least 10")));
    type(&dialog, "firstRunPassword", kAdminPassword);
    type(&dialog, "firstRunRepeat", kAdminPassword);
    click(&dialog, "firstRunCreate");
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().role == Role::Administrator);
    CHECK_FALSE(accounts.needsFirstAdministrator());
}

TEST_CASE("Sign-in dialog: a wrong password is refused without saying which part was wrong", "[security][ui]")
{
    SecureDatabase t;
    t.db->clearActor();
    LoginDialog dialog(t.accounts);
    dialog.show();
    type(&dialog, "loginUser", QStringLiteral("admin"));
    type(&dialog, "loginPassword", QStringLiteral("not the password"));
    click(&dialog, "loginSignIn");
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("The user name or the password is not right."));
    CHECK(child<QLineEdit>(&dialog, "loginPassword")->text().isEmpty());
    type(&dialog, "loginPassword", kAdminPassword);
    click(&dialog, "loginSignIn");
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().name == QStringLiteral("admin"));
}

TEST_CASE("Session::signIn: sign-in, then the forced password change after a reset", "[security][ui]")
{
    SecureDatabase t;
    const Actor sofie = t.user(QStringLiteral("sofie"), Role::Officer);
    t.db->setActor(t.admin);
    REQUIRE(t.accounts.resetPassword(sofie.accountId, QStringLiteral("reset by admin")).ok());
    t.db->clearActor();

    whenShown("loginDialog", [](QDialog *d) {
        type(d, "loginUser", QStringLiteral("sofie"));
        type(d, "loginPassword", QStringLiteral("reset by admin"));
        click(d, "loginSignIn");
    });
    whenShown("changePasswordDialog", [](QDialog *d) {
        type(d, "passwordOld", QStringLiteral("reset by admin"));
        type(d, "passwordNew", QStringLiteral("sofie's own words"));
        type(d, "passwordRepeat", QStringLiteral("sofie's own words"));
        click(d, "passwordSave");
    });
    REQUIRE(Session::signIn(*t.db));
    CHECK(t.db->actor().name == QStringLiteral("sofie"));
    CHECK(t.db->actor().role == Role::Officer);
    CHECK_FALSE(t.accounts.mustChangePassword(t.db->actor()));

    SECTION("quitting the sign-in leaves nobody signed in")
    {
        whenShown("loginDialog", [](QDialog *d) { click(d, "loginQuit"); });
        CHECK_FALSE(Session::signIn(*t.db));
        CHECK_FALSE(t.db->actor().isValid());
    }
}

TEST_CASE("Session actions follow the role", "[security][ui]")
{
    SecureDatabase t;
    QWidget window;
    const auto names = [](const Session &s) {
        QStringList list;
        for (QAction *a : s.actions())
            list << a->objectName();
        return list;
    };
    {
        Session admin(*t.db, &window);
        CHECK(names(admin) == QStringList{QStringLiteral("actionChangePassword"), QStringLiteral("actionAccounts"),
                                          QStringLiteral("actionAuditTrail"), QStringLiteral("actionLock"),
                                          QStringLiteral("actionSignOut")});
        CHECK(admin.idleWatcher()->timeout() == std::chrono::minutes(10));
    }
    t.db->setActor(t.user(QStringLiteral("manon"), Role::Manager));
    Session manager(*t.db, &window);
    CHECK(names(manager) == QStringList{QStringLiteral("actionChangePassword"), QStringLiteral("actionLock"),
                                        QStringLiteral("actionSignOut")});
}

TEST_CASE("Accounts dialog: create, deactivate, reset, change role, settings, retention", "[security][ui]")
{
    SecureDatabase t;
    AccountsDialog dialog(*t.db);
    dialog.show();
    CHECK(dialog.model()->rowCount() == 1);

    dialog.setNewAccountPrompt([] {
        return AccountsDialog::NewAccount{QStringLiteral("Jan"), QStringLiteral("Jan Peeters"), Role::Facilitator,
                                          QStringLiteral("first password")};
    });
    click(&dialog, "accountsNew");
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.model()->rowCount() == 2);
    const Account jan = dialog.model()->accountAt(1);
    CHECK(jan.username == QStringLiteral("jan"));
    CHECK(jan.role == Role::Facilitator);
    CHECK(jan.mustChangePassword);

    dialog.select(QStringLiteral("jan"));
    click(&dialog, "accountsActive");
    CHECK_FALSE(t.accounts.account(jan.id)->active);
    CHECK(child<QPushButton>(&dialog, "accountsActive")->text() == QStringLiteral("Activate"));
    click(&dialog, "accountsActive");
    CHECK(t.accounts.account(jan.id)->active);

    dialog.setPasswordPrompt([](const Account &) { return std::optional<QString>(QStringLiteral("another password")); });
    click(&dialog, "accountsReset");
    CHECK(dialog.message().contains(QStringLiteral("reset")));

    auto *role = child<QComboBox>(&dialog, "accountsRole");
    role->setCurrentIndex(role->findData(int(Role::Manager)));
    click(&dialog, "accountsApplyRole");
    CHECK(t.accounts.account(jan.id)->role == Role::Manager);

    // The last administrator stays.
    dialog.select(QStringLiteral("admin"));
    click(&dialog, "accountsActive");
    CHECK(dialog.message().contains(QStringLiteral("at least one active administrator")));

    child<QSpinBox>(&dialog, "settingsIdleMinutes")->setValue(3);
    child<QSpinBox>(&dialog, "settingsRetentionYears")->setValue(7);
    click(&dialog, "settingsApply");
    CHECK(Settings(*t.db).idleLockMinutes() == 3);
    CHECK(Settings(*t.db).retentionYears() == 7);

    click(&dialog, "retentionCount");
    CHECK(dialog.message().contains(QStringLiteral("0 people")));
    bool asked = false;
    dialog.setConfirmPrompt([&asked](const QString &) { return asked = true; });
    click(&dialog, "retentionRun");
    CHECK_FALSE(asked); // nobody to anonymise: no question
    CHECK(dialog.message().contains(QStringLiteral("nothing to anonymise")));
}

TEST_CASE("Accounts dialog refuses a role that may not manage accounts", "[security][ui]")
{
    SecureDatabase t;
    t.db->setActor(t.user(QStringLiteral("sofie"), Role::Officer));
    AccountsDialog dialog(*t.db);
    CHECK(dialog.model()->rowCount() == 0);
    dialog.setNewAccountPrompt([] {
        return AccountsDialog::NewAccount{QStringLiteral("x"), QStringLiteral("X"), Role::Administrator, QStringLiteral("0123456789ab")};
    });
    click(&dialog, "accountsNew");
    CHECK(dialog.message().contains(QStringLiteral("may not manage accounts")));
}

TEST_CASE("Audit view: the trail, filtered by who and what", "[security][ui]")
{
    SecureDatabase t;
    t.user(QStringLiteral("sofie"), Role::Officer);
    t.db->setActor(t.admin);
    AuditView view(*t.db);
    view.show();
    AuditModel *model = view.model();
    const int all = model->total();
    CHECK(all >= 4); // accounts created, sign-ins, password change, this view
    CHECK(model->entryAt(0).entity == QStringLiteral("audit_log")); // newest first: opening the view
    CHECK(view.status().contains(QString::number(all)));

    auto *actor = child<QComboBox>(&view, "auditActor");
    actor->setCurrentIndex(actor->findData(QStringLiteral("sofie")));
    CHECK(model->total() > 0);
    CHECK(model->total() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).actor == QStringLiteral("sofie"));

    actor->setCurrentIndex(0);
    auto *entity = child<QComboBox>(&view, "auditEntity");
    entity->setCurrentIndex(entity->findData(QStringLiteral("account")));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).entity == QStringLiteral("account"));

    child<QCheckBox>(&view, "auditDates")->setChecked(true);
    CHECK(model->total() > 0); // the last month holds today

    SECTION("an officer sees the refusal, not the trail")
    {
        t.db->setActor(t.user(QStringLiteral("jan"), Role::Officer));
        AuditView refused(*t.db);
        CHECK(refused.model()->rowCount() == 0);
        CHECK(refused.status().contains(QStringLiteral("may not see the audit trail")));
    }
}

TEST_CASE("Idle lock: the window locks after the idle time and unlocks without losing open edits", "[security][ui]")
{
    SecureDatabase t;
    // An open form with unsaved text, with a title that names someone.
    QWidget form;
    form.setWindowTitle(QStringLiteral("Dossier of Jan Peeters"));
    auto *edit = new QLineEdit(&form);
    new QVBoxLayout(&form);
    form.layout()->addWidget(edit);
    form.resize(400, 200);
    parcours::test::showActive(&form);
    QTest::keyClicks(edit, QStringLiteral("unsaved note"));

    Session session(*t.db, &form);
    session.idleWatcher()->setTimeout(std::chrono::milliseconds(150));
    session.idleWatcher()->start();
    LockScreen *lock = session.lockScreen();
    REQUIRE(eventually([&] { return lock->isLocked(); }, 3000));

    CHECK_FALSE(t.db->actor().isValid()); // nothing reads or writes while locked
    auto *overlay = child<QWidget>(&form, "lockOverlay");
    CHECK(overlay->isVisible());
    CHECK(overlay->geometry() == form.rect());
    CHECK(form.windowTitle() == QStringLiteral("Parcours (locked)"));
    LoginDialog *unlock = lock->unlockDialog();
    REQUIRE(unlock != nullptr);
    CHECK(unlock->objectName() == QStringLiteral("unlockDialog"));
    CHECK(child<QLineEdit>(unlock, "loginUser")->text() == QStringLiteral("admin"));
    CHECK(child<QLineEdit>(unlock, "loginUser")->isReadOnly());

    type(unlock, "loginPassword", QStringLiteral("wrong password"));
    click(unlock, "loginSignIn");
    CHECK(lock->isLocked());
    CHECK_FALSE(unlock->message().isEmpty());

    type(unlock, "loginPassword", kAdminPassword);
    click(unlock, "loginSignIn");
    REQUIRE(eventually([&] { return !lock->isLocked(); }));
    CHECK(t.db->actor().name == QStringLiteral("admin"));
    CHECK(form.findChild<QWidget *>(QStringLiteral("lockOverlay")) == nullptr);
    CHECK(form.windowTitle() == QStringLiteral("Dossier of Jan Peeters"));
    CHECK(edit->text() == QStringLiteral("unsaved note"));

    SECTION("quitting on the lock screen is confirmed, then asks the program to quit")
    {
        bool quit = false;
        QObject::connect(&session, &Session::quitRequested, [&quit] { quit = true; });
        session.lockNow();
        REQUIRE(lock->isLocked());
        bool confirm = false;
        lock->setConfirmQuit([&confirm] { return confirm; });
        click(lock->unlockDialog(), "loginQuit");
        CHECK_FALSE(quit); // not confirmed: the lock screen comes back
        CHECK(lock->unlockDialog()->isVisible());
        confirm = true;
        click(lock->unlockDialog(), "loginQuit");
        CHECK(quit);
        CHECK(lock->isLocked());
        CHECK_FALSE(t.db->actor().isValid());
    }
}
