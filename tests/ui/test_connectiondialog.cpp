// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to a database… and Open recent on a server: the fields' checks, the
// remembered servers, the messages of a failed connection, a server that never answers (the
// look runs off the GUI thread), and (with PARCOURS_TEST_PG) a real server.
#include "connectiondialog.h"
#include "databasefiles.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;
using parcours::test::eventually;

namespace {

// The settings of one test in a folder of their own, the suite's folder back afterwards.
struct TemporarySettings
{
    QTemporaryDir dir;
    QString previous;
    TemporarySettings()
    {
        previous = QFileInfo(QFileInfo(QSettings().fileName()).absolutePath()).absolutePath();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
    ~TemporarySettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, previous); }
};

void fillServer(ConnectionDialog &dialog, const QString &host, int port, const QString &database, const QString &user,
                ServerAddress::Tls tls)
{
    child<QRadioButton>(&dialog, "connectionServerChoice")->setChecked(true);
    child<QLineEdit>(&dialog, "connectionHost")->setText(host);
    child<QSpinBox>(&dialog, "connectionPort")->setValue(port);
    child<QLineEdit>(&dialog, "connectionDatabase")->setText(database);
    child<QLineEdit>(&dialog, "connectionUser")->setText(user);
    auto *combo = child<QComboBox>(&dialog, "connectionTls");
    combo->setCurrentIndex(combo->findData(int(tls)));
}

// The look at the server runs on a worker thread: wait for its answer to be shown.
void waitForAnswer(const ConnectionDialog &dialog)
{
    REQUIRE(eventually([&] { return !dialog.isBusy(); }, 30000));
}

// Waits until every look at a server has ended, abandoned ones included, then lets their
// (ignored) completions arrive.
void waitForWorkers()
{
    auto *pool = QCoreApplication::instance()->findChild<QThreadPool *>(QStringLiteral("serverProbes"));
    REQUIRE(pool != nullptr);
    REQUIRE(pool->waitForDone(30000));
    QTest::qWait(50);
}

} // namespace

TEST_CASE("The connection dialog checks its fields and says which one is wrong", "[ui][connection]")
{
    TemporarySettings settings;
    ConnectionDialog dialog;
    // No database used before: this computer is offered first.
    CHECK(dialog.kind() == ConnectionDialog::Kind::File);
    CHECK_FALSE(child<QComboBox>(&dialog, "connectionRecent")->isVisibleTo(&dialog));
    child<QPushButton>(&dialog, "connectionConnect")->click();
    CHECK(dialog.message() == QLatin1String("Choose the database file."));
    CHECK(dialog.result() != QDialog::Accepted);

    fillServer(dialog, QString(), 5432, QStringLiteral("parcours"), QStringLiteral("anne"), ServerAddress::Tls::Require);
    CHECK(dialog.kind() == ConnectionDialog::Kind::Server);
    CHECK(child<QSpinBox>(&dialog, "connectionPort")->minimum() == 1);
    CHECK(child<QSpinBox>(&dialog, "connectionPort")->maximum() == 65535);
    dialog.testConnection();
    CHECK(dialog.message() == QLatin1String("Give the server's name or IP address."));
    CHECK_FALSE(dialog.isBusy()); // a field's fault is said at once, without looking at a server

    child<QLineEdit>(&dialog, "connectionHost")->setText(QStringLiteral("db.ocmw.local"));
    child<QLineEdit>(&dialog, "connectionDatabase")->clear();
    dialog.testConnection();
    CHECK(dialog.message() == QLatin1String("Give the name of the database on the server."));

    child<QLineEdit>(&dialog, "connectionDatabase")->setText(QStringLiteral("parcours"));
    child<QLineEdit>(&dialog, "connectionUser")->clear();
    dialog.testConnection();
    CHECK(dialog.message() == QLatin1String("Give your user name on the database server."));

    // Unencrypted over the network is refused; on this PC it is allowed.
    child<QLineEdit>(&dialog, "connectionUser")->setText(QStringLiteral("anne"));
    auto *tls = child<QComboBox>(&dialog, "connectionTls");
    tls->setCurrentIndex(tls->findData(int(ServerAddress::Tls::Disable)));
    CHECK_FALSE(dialog.address().ok());
    CHECK(dialog.address().error().contains(QLatin1String("unencrypted")));
    child<QLineEdit>(&dialog, "connectionHost")->setText(QStringLiteral("localhost"));
    CHECK(dialog.address().ok());

    // The CA file is a field of verify-full only, and one that is not there is named.
    auto *ca = child<QLineEdit>(&dialog, "connectionCaFile");
    CHECK_FALSE(ca->isEnabled());
    tls->setCurrentIndex(tls->findData(int(ServerAddress::Tls::VerifyFull)));
    CHECK(ca->isEnabled());
    ca->setText(QStringLiteral("/nowhere/ca.crt"));
    dialog.testConnection();
    CHECK(dialog.message().contains(QLatin1String("/nowhere/ca.crt")));
    CHECK(dialog.message().contains(QLatin1String("does not exist")));
    ca->clear();
    const auto address = dialog.address();
    REQUIRE(address.ok());
    CHECK(address.value().url() == QLatin1String("postgresql://anne@localhost:5432/parcours?sslmode=verify-full"));
}

TEST_CASE("Recent servers are remembered in the settings without their password and offered first", "[ui][connection]")
{
    TemporarySettings settings;
    const QString first = QStringLiteral("postgresql://anne@db.ocmw.local:5432/parcours?sslmode=require");
    const QString second = QStringLiteral("postgresql://bart@10.0.0.7:5433/register?sslmode=verify-full");
    DatabaseFiles::remember(first);
    DatabaseFiles::remember(second);
    DatabaseFiles::remember(first); // used again: first again, once
    CHECK(DatabaseFiles::recentServers() == QStringList{first, second});
    CHECK(DatabaseFiles::recent() == QStringList{first, second}); // a URL is kept as it is, not made a path
    DatabaseFiles::keepSessionPassword(first, QStringLiteral("s3cret-in-memory"));

    {
        ConnectionDialog dialog;
        // The last database used opens the dialog, with the password of this session.
        CHECK(dialog.kind() == ConnectionDialog::Kind::Server);
        CHECK(child<QLineEdit>(&dialog, "connectionHost")->text() == QLatin1String("db.ocmw.local"));
        CHECK(child<QLineEdit>(&dialog, "connectionUser")->text() == QLatin1String("anne"));
        CHECK(child<QLineEdit>(&dialog, "connectionPassword")->text() == QLatin1String("s3cret-in-memory"));
        CHECK(child<QCheckBox>(&dialog, "connectionKeepPassword")->isChecked());
        auto *recent = child<QComboBox>(&dialog, "connectionRecent");
        REQUIRE(recent->count() == 2);
        CHECK(recent->itemText(0) == QLatin1String("parcours on db.ocmw.local:5432 (anne)"));
        CHECK(recent->itemText(1) == QLatin1String("register on 10.0.0.7:5433 (bart)"));
        // Choosing the other one fills every field from it; it has no password in this session.
        recent->setCurrentIndex(1);
        Q_EMIT recent->activated(1);
        CHECK(child<QLineEdit>(&dialog, "connectionHost")->text() == QLatin1String("10.0.0.7"));
        CHECK(child<QSpinBox>(&dialog, "connectionPort")->value() == 5433);
        CHECK(child<QLineEdit>(&dialog, "connectionDatabase")->text() == QLatin1String("register"));
        CHECK(child<QComboBox>(&dialog, "connectionTls")->currentData().toInt() == int(ServerAddress::Tls::VerifyFull));
        CHECK(child<QLineEdit>(&dialog, "connectionPassword")->text().isEmpty());
        REQUIRE(dialog.address().ok());
        CHECK(dialog.address().value().url() == second);
    }
    DatabaseFiles::keepSessionPassword(first, QString());

    // Nothing of a password reached the settings file.
    QSettings().sync();
    QFile file(QSettings().fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    CHECK(stored.contains("db.ocmw.local"));
    CHECK_FALSE(stored.contains("s3cret"));
    CHECK_FALSE(stored.contains("password"));

    // A file used after them is opened next time; the servers stay offered.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("molenbeek.sqlite"));
    DatabaseFiles::remember(path);
    ConnectionDialog dialog;
    CHECK(dialog.kind() == ConnectionDialog::Kind::File);
    CHECK(dialog.filePath() == path);
    CHECK(child<QComboBox>(&dialog, "connectionRecent")->count() == 2);
}

TEST_CASE("A server that does not answer is said so, and the dialog stays open", "[ui][connection]")
{
    TemporarySettings settings;
    ConnectionDialog dialog;
    // Port 1 on this PC: nothing listens there, the refusal is immediate.
    fillServer(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("parcours"), QStringLiteral("anne"),
               ServerAddress::Tls::Disable);
    child<QLineEdit>(&dialog, "connectionPassword")->setText(QStringLiteral("typed-password"));
    child<QPushButton>(&dialog, "connectionTest")->click();
    waitForAnswer(dialog);
    CHECK(dialog.message().startsWith(QLatin1String("The server 127.0.0.1 does not answer on port 1.")));
    CHECK_FALSE(dialog.message().contains(QLatin1String("typed-password")));
    child<QPushButton>(&dialog, "connectionConnect")->click();
    waitForAnswer(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.takeDatabase() == nullptr);
    CHECK(dialog.message().contains(QLatin1String("does not answer on port 1")));
    CHECK(DatabaseFiles::recentServers().isEmpty()); // only a database that opened is remembered
}

TEST_CASE("A server that never answers does not freeze the window, and the look can be abandoned", "[ui][connection]")
{
    TemporarySettings settings;
    // It accepts connections on this PC and never says a word, as a server behind a firewall
    // that drops packets would: libpq waits for connect_timeout (2 s, its shortest).
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    const QString port = QString::number(silent.serverPort());
    const QString url = QStringLiteral("postgresql://anne@127.0.0.1:%1/parcours?sslmode=disable&connect_timeout=2").arg(port);
    const QString answer = QStringLiteral("The server 127.0.0.1 does not answer on port %1.").arg(port);

    SECTION("Test the connection: the window goes on, then says that nothing answers")
    {
        ConnectionDialog dialog;
        dialog.setLocation(url);
        dialog.show();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(50);
        QObject::connect(&timer, &QTimer::timeout, &dialog, [&ticks] { ++ticks; });
        timer.start();
        auto *test = child<QPushButton>(&dialog, "connectionTest");
        test->click();
        // The click came back before the server's answer: the dialog shows that it waits.
        CHECK(dialog.isBusy());
        CHECK(ticks == 0);
        CHECK_FALSE(test->isEnabled());
        CHECK_FALSE(child<QPushButton>(&dialog, "connectionConnect")->isEnabled());
        CHECK_FALSE(child<QLineEdit>(&dialog, "connectionHost")->isEnabled());
        CHECK(child<QWidget>(&dialog, "connectionBusy")->isVisible());
        CHECK(child<QLabel>(&dialog, "connectionBusyText")->text() == QStringLiteral("Testing the connection…"));
        CHECK(child<QPushButton>(&dialog, "connectionStopWaiting")->isEnabled());
        CHECK(dialog.message().isEmpty());

        waitForAnswer(dialog);
        CHECK(ticks >= 10); // the window's timer kept firing (every 50 ms) while libpq waited
        CHECK(dialog.message().startsWith(answer));
        CHECK(test->isEnabled());
        CHECK(child<QLineEdit>(&dialog, "connectionHost")->isEnabled());
        CHECK_FALSE(child<QWidget>(&dialog, "connectionBusy")->isVisible());
    }
    SECTION("Connect looks the same way and stays open")
    {
        ConnectionDialog dialog;
        dialog.setLocation(url);
        dialog.show();
        child<QPushButton>(&dialog, "connectionConnect")->click();
        CHECK(dialog.isBusy());
        CHECK(child<QLabel>(&dialog, "connectionBusyText")->text() == QStringLiteral("Connecting…"));
        waitForAnswer(dialog);
        CHECK(dialog.message().startsWith(answer));
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.takeDatabase() == nullptr);
    }
    SECTION("Stop waiting: the fields come back at once and the late answer is not shown")
    {
        ConnectionDialog dialog;
        dialog.setLocation(url);
        dialog.show();
        child<QPushButton>(&dialog, "connectionTest")->click();
        REQUIRE(dialog.isBusy());
        child<QPushButton>(&dialog, "connectionStopWaiting")->click();
        CHECK_FALSE(dialog.isBusy());
        CHECK(child<QPushButton>(&dialog, "connectionTest")->isEnabled());
        CHECK(child<QLineEdit>(&dialog, "connectionHost")->isEnabled());
        CHECK_FALSE(child<QWidget>(&dialog, "connectionBusy")->isVisible());
        waitForWorkers();
        CHECK(dialog.message().isEmpty());
        // A new look can start and is answered.
        child<QPushButton>(&dialog, "connectionTest")->click();
        waitForAnswer(dialog);
        CHECK(dialog.message().startsWith(answer));
    }
    SECTION("Closing the dialog while it waits: nothing is shown or opened later, nothing breaks")
    {
        auto *closed = new ConnectionDialog;
        closed->setLocation(url);
        closed->show();
        child<QPushButton>(closed, "connectionConnect")->click();
        REQUIRE(closed->isBusy());
        closed->reject(); // Cancel or Escape
        CHECK_FALSE(closed->isBusy());
        CHECK(closed->result() == QDialog::Rejected);
        waitForWorkers();
        CHECK(closed->message().isEmpty());
        CHECK(closed->takeDatabase() == nullptr);
        delete closed;

        // Destroyed outright while the worker runs (the main window closing, say).
        auto *destroyed = new ConnectionDialog;
        destroyed->setLocation(url);
        destroyed->show();
        child<QPushButton>(destroyed, "connectionTest")->click();
        REQUIRE(destroyed->isBusy());
        delete destroyed;
        waitForWorkers();
    }
    // Each look removed its own connection, on its own thread.
    for (const QString &name : QSqlDatabase::connectionNames())
        CHECK_FALSE(name.startsWith(QLatin1String("parcours-probe-")));
}

TEST_CASE("Open recent on a server opens the connection dialog filled in, for the password", "[ui][connection]")
{
    TemporarySettings settings;
    const QString server = QStringLiteral("postgresql://bart@10.0.0.7:5433/register?sslmode=verify-full");
    DatabaseFiles::remember(server);
    // A file used since: the dialog would show it by itself, so the server's fields come from
    // the recent entry.
    QTemporaryDir dir;
    DatabaseFiles::remember(dir.filePath(QStringLiteral("molenbeek.sqlite")));

    MainWindow window;
    auto *recent = child<QMenu>(&window, "recentMenu");
    Q_EMIT recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : recent->actions())
        if (action->text() == server)
            entry = action;
    REQUIRE(entry != nullptr);

    // Read the modal dialog from inside its own event loop, then cancel it. Anything else
    // modal (a failure box) is closed, so that the test fails rather than hangs.
    struct Seen
    {
        bool dialog = false;
        ConnectionDialog::Kind kind = ConnectionDialog::Kind::File;
        QString host, database, user, password;
        int port = 0, tls = -1;
        bool passwordFocused = false;
    } seen;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, &window, [&window, &seen] {
        auto *dialog = window.findChild<ConnectionDialog *>();
        if (!dialog || !dialog->isVisible()) {
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        seen.dialog = true;
        seen.kind = dialog->kind();
        seen.host = dialog->findChild<QLineEdit *>(QStringLiteral("connectionHost"))->text();
        seen.port = dialog->findChild<QSpinBox *>(QStringLiteral("connectionPort"))->value();
        seen.database = dialog->findChild<QLineEdit *>(QStringLiteral("connectionDatabase"))->text();
        seen.user = dialog->findChild<QLineEdit *>(QStringLiteral("connectionUser"))->text();
        seen.tls = dialog->findChild<QComboBox *>(QStringLiteral("connectionTls"))->currentData().toInt();
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("connectionPassword"));
        seen.password = password->text();
        seen.passwordFocused = dialog->focusWidget() == password;
        dialog->reject();
    });
    answer.start();
    entry->trigger();
    answer.stop();
    REQUIRE(seen.dialog);
    CHECK(seen.kind == ConnectionDialog::Kind::Server);
    CHECK(seen.host == QLatin1String("10.0.0.7"));
    CHECK(seen.port == 5433);
    CHECK(seen.database == QLatin1String("register"));
    CHECK(seen.user == QLatin1String("bart"));
    CHECK(seen.tls == int(ServerAddress::Tls::VerifyFull));
    CHECK(seen.password.isEmpty()); // typed there, never stored
    CHECK(seen.passwordFocused);
    // Cancelled: nothing was opened, and the entry stays in the list.
    CHECK(window.database() == nullptr);
    CHECK(DatabaseFiles::recentServers() == QStringList{server});
}

TEST_CASE("File → Connect to a database… is in the menu", "[ui][connection]")
{
    MainWindow window;
    QAction *action = window.findChild<QAction *>(QStringLiteral("connectDatabaseAction"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
}

TEST_CASE("A real server: an empty database is set up after asking, a wrong password is named", "[ui][connection][postgres]")
{
    const QString server = qEnvironmentVariable("PARCOURS_TEST_PG");
    if (server.isEmpty()) {
        WARN("PARCOURS_TEST_PG is not set: no server to connect to (tests/pg/start-cluster.sh starts one)");
        return;
    }
    TemporarySettings settings;
    const QUrl url(server);
    const QString password = qEnvironmentVariable("PARCOURS_DB_PASSWORD");
    const QString name = QStringLiteral("parcours_ui_%1").arg(QCoreApplication::applicationPid());
    const QString admin = QStringLiteral("parcours-ui-admin");
    const auto exec = [&](const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(admin));
        INFO(sql.toStdString() + ": " + q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.setPassword(password);
        REQUIRE(db.open());
    }
    exec(QStringLiteral("CREATE DATABASE %1").arg(name));

    {
        ConnectionDialog dialog;
        fillServer(dialog, url.host(), url.port(5432), name, url.userName(), ServerAddress::Tls::Disable);
        child<QLineEdit>(&dialog, "connectionPassword")->setText(QStringLiteral("not-the-password"));
        child<QPushButton>(&dialog, "connectionTest")->click();
        waitForAnswer(dialog);
        CHECK(dialog.message().startsWith(QStringLiteral("The server refused the user %1 with this password.").arg(url.userName())));

        child<QLineEdit>(&dialog, "connectionPassword")->setText(password);
        child<QPushButton>(&dialog, "connectionTest")->click();
        waitForAnswer(dialog);
        CHECK(dialog.message().contains(QLatin1String("is empty")));

        // Connect asks before setting it up; "No" leaves it empty.
        QStringList asked;
        dialog.confirmSetUp = [&](const QString &question) {
            asked << question;
            return asked.size() > 1;
        };
        child<QPushButton>(&dialog, "connectionConnect")->click();
        waitForAnswer(dialog);
        CHECK(dialog.result() != QDialog::Accepted);
        child<QPushButton>(&dialog, "connectionConnect")->click();
        waitForAnswer(dialog);
        CHECK(asked.size() == 2);
        CHECK(dialog.result() == QDialog::Accepted);
        std::unique_ptr<Database> db = dialog.takeDatabase();
        REQUIRE(db != nullptr);
        CHECK(db->isServer());
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK_FALSE(db->path().contains(password));
    }
    {
        // Set up now: the same address tests as ready.
        ConnectionDialog dialog;
        fillServer(dialog, url.host(), url.port(5432), name, url.userName(), ServerAddress::Tls::Disable);
        child<QLineEdit>(&dialog, "connectionPassword")->setText(password);
        child<QPushButton>(&dialog, "connectionTest")->click();
        waitForAnswer(dialog);
        CHECK(dialog.message().contains(QLatin1String("is a Parcours database of this version")));
    }
    exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    QSqlDatabase::database(admin).close();
    QSqlDatabase::removeDatabase(admin);
}
