// SPDX-License-Identifier: GPL-3.0-or-later
// File → Restore…: the list of automatic backups (newest first, with sizes), the
// confirmation, and the data of the backup back in the window.
#include "trajectorytestsupport.h"

#include "databasefiles.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "registry/registry.h"
#include "restoredialog.h"
#include "security/audittrail.h"
#include "storage/backupset.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMessageBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;

namespace {

int s_serial = 101;

void addDossier(Registry &registry, const QString &reference)
{
    test::addDossier(registry, QStringLiteral("Peeters"), QStringLiteral("Jan"), reference, QDate(2024, 1, 8), {}, s_serial += 2);
}

} // namespace

TEST_CASE("The Restore dialog lists the backups newest first and restores the chosen one", "[ui][restore]")
{
    test::UiDatabase t;
    const QString path = t.db->path();
    BackupSet set(path);
    REQUIRE(set.make(*t.db, QDateTime(QDate(2026, 3, 1), QTime(8, 15))).ok()); // empty register
    addDossier(*t.registry, QStringLiteral("D-1"));
    REQUIRE(set.make(*t.db, QDateTime(QDate(2026, 3, 2), QTime(8, 20))).ok()); // one dossier
    addDossier(*t.registry, QStringLiteral("D-2"));
    t.registry.reset();

    const QString restorer = t.db->actor().name;
    MainWindow window;
    window.setDatabase(std::move(t.db), false);
    REQUIRE(window.registry()->dossierCount() == 2);

    RestoreDialog dialog(path, &window);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    BackupListModel *model = dialog.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, BackupListModel::Taken).data().toString() == QStringLiteral("02/03/2026  08:20"));
    CHECK(model->index(1, BackupListModel::Taken).data().toString() == QStringLiteral("01/03/2026  08:15"));
    const qint64 size = QFileInfo(model->backup(1).path).size();
    CHECK(model->index(1, BackupListModel::Size).data().toString() == BackupListModel::sizeText(size));
    INFO(model->index(1, BackupListModel::Size).data().toString().toStdString());
    CHECK(QRegularExpression(QStringLiteral("^\\d+[.,]\\d [kK]B$")).match(model->index(1, BackupListModel::Size).data().toString()).hasMatch());
    CHECK(model->index(0, BackupListModel::File).data().toString() == QStringLiteral("parcours.sqlite.backup-2026-03-02_082000.sqlite"));
    CHECK(test::child<QLabel>(&dialog, "backupFolderLabel")->text().contains(QDir::toNativeSeparators(set.folder())));
    CHECK_FALSE(test::child<QLabel>(&dialog, "noBackupsLabel")->isVisibleTo(&dialog));

    // The newest is selected; choose the older one. Saying no to the question changes nothing.
    QStringList asked;
    bool answer = false;
    dialog.setConfirmation([&](const BackupInfo &b) {
        asked << b.path;
        return answer;
    });
    dialog.table()->selectRow(1);
    REQUIRE(dialog.restoreButton()->isEnabled());
    dialog.restoreButton()->click();
    CHECK(asked == QStringList{model->backup(1).path});
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.chosenBackup().isEmpty());
    CHECK(RestoreDialog::confirmationText(model->backup(1), path).contains(QStringLiteral("01/03/2026")));

    answer = true;
    dialog.restoreButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.chosenBackup() == model->backup(1).path);

    // The window puts it in place: the register is the one of 1 March, the old file aside.
    int signIns = 0;
    const Result<QString> restored = window.restoreFrom(dialog.chosenBackup(), [&](Database &db) {
        ++signIns;
        db.setActor(Actor::system(QStringLiteral("ui-test")));
        return true;
    });
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK(signIns == 1);
    REQUIRE(window.database() != nullptr);
    CHECK(window.registry()->dossierCount() == 0);
    CHECK(QFileInfo::exists(restored.value()));
    CHECK(window.messageBar()->text().contains(QDir::toNativeSeparators(restored.value())));
    auto aside = Database::open(restored.value(), {Database::Mode::MustExist, 1000});
    REQUIRE(aside.ok());
    CHECK(Registry(*aside.value()).dossierCount() == 2);
    // The restored trail names who restored, from the window: the person signed in before.
    AuditTrail::Filter restores;
    restores.action = QStringLiteral("restore");
    const auto entries = AuditTrail(*window.database()).entries(restores, 0, 10);
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == 1);
    CHECK(entries.value().at(0).actor == restorer);
    CHECK(entries.value().at(0).details.contains(QStringLiteral("parcours.sqlite.backup-2026-03-01_081500.sqlite")));
}

TEST_CASE("A refused restore leaves the window on the database as it was", "[ui][restore]")
{
    test::UiDatabase t;
    addDossier(*t.registry, QStringLiteral("D-1"));
    t.registry.reset();
    const QString notABackup = t.dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(notABackup);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    MainWindow window;
    window.setDatabase(std::move(t.db), false);
    const Result<QString> restored = window.restoreFrom(notABackup, [](Database &) {
        FAIL("no sign-in: nothing was restored");
        return false;
    });
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().contains(QStringLiteral("not a Parcours backup")));
    REQUIRE(window.database() != nullptr);
    CHECK(window.registry()->dossierCount() == 1);
    CHECK(window.database()->actor().name == QStringLiteral("system:ui-test"));
}

TEST_CASE("The Restore dialog says when there are no backups yet", "[ui][restore]")
{
    test::UiDatabase t;
    RestoreDialog dialog(t.db->path());
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(test::child<QLabel>(&dialog, "noBackupsLabel")->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
}

TEST_CASE("Opening a database in the window makes the day's backup, once", "[ui][backup]")
{
    test::UiDatabase t;
    const QString path = t.db->path();
    t.registry.reset();
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::automaticBackupFinished);
    window.setDatabase(std::move(t.db)); // as the program does: remembered, backed up
    REQUIRE(test::eventually([&] { return finished.count() == 1; }, 30000));
    const QString made = finished.at(0).at(0).toString();
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE_FALSE(made.isEmpty());
    const BackupSet set(path);
    REQUIRE(set.list().size() == 1);
    CHECK(set.list().first().path == made);
    CHECK(set.list().first().taken.date() == QDate::currentDate());
    CHECK(BackupSet::verify(made).ok());

    // The hourly check on the same day makes nothing new.
    window.startAutomaticBackup();
    QTest::qWait(200);
    CHECK(finished.count() == 1);
    CHECK(set.list().size() == 1);
}

TEST_CASE("The start-up message offers the latest backup of a damaged database", "[ui][restore]")
{
    test::UiDatabase t;
    const QString path = t.db->path();
    t.registry.reset();
    const QString other = t.dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(QFile::copy(path, other)); // a file without backups of its own
    // Without a backup: only the usual ways forward.
    CHECK(DatabaseFiles::failureBox(path, QStringLiteral("damaged")).restoreLatest == nullptr);
    BackupSet set(path);
    REQUIRE(set.make(*t.db).ok());
    t.db.reset();
    const DatabaseFiles::FailureBox box = DatabaseFiles::failureBox(path, QStringLiteral("damaged"));
    REQUIRE(box.restoreLatest != nullptr);
    CHECK(box.restoreLatest->text() == QStringLiteral("Restore the latest backup…"));
    CHECK(DatabaseFiles::failureBox(other, QStringLiteral("damaged")).restoreLatest == nullptr);
    // A file that vanished is not "damaged": no backup is put in its place unasked.
    CHECK(DatabaseFiles::failureBox(t.dir.filePath(QStringLiteral("gone.sqlite")), QStringLiteral("gone")).restoreLatest == nullptr);
}
