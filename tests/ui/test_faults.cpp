// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees when the database fails under them ([faults]): another program holding
// the write lock while they save a dossier, and a database found to be damaged.
#include "dossierform.h"
#include "dossierlistview.h"
#include "interchange/dossiercsv.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "uitestsupport.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;
using parcours::test::eventually;
using parcours::test::showActive;

namespace {

std::unique_ptr<Database> openDb(const QString &path, int busyTimeoutMs, Database::Mode mode = Database::Mode::MustExist)
{
    auto opened = Database::open(path, {mode, busyTimeoutMs});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
}

// `count` dossiers through the CSV import (D-U-000000…).
void importDossiers(Database &db, const QString &csvPath, int count)
{
    QByteArray csv("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed,officer\n");
    for (int i = 0; i < count; ++i) {
        const QDate birth = QDate(1970, 1, 1).addDays(i);
        csv += QStringLiteral("D-U-%1,%2,Maes%3,Bram,%4,M,nl,leefloon,2022-01-01,,Sofie Claes\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(NationalNumber::make(birth, 1))
                   .arg(i)
                   .arg(birth.toString(Qt::ISODate))
                   .toUtf8();
    }
    QFile f(csvPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const ImportReport report = DossierCsv::importFile(db, csvPath, false);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("A save refused because another program holds the lock keeps what was typed", "[ui][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    openDb(path, 300, Database::Mode::CreateIfMissing).reset();
    std::unique_ptr<Database> db = openDb(path, 300);
    importDossiers(*db, dir.filePath(QStringLiteral("rows.csv")), 3);
    Registry registry(*db);
    const auto dossier = registry.dossierByReference(QStringLiteral("D-U-000001"));
    REQUIRE(dossier.has_value());

    DossierForm form(registry);
    REQUIRE(form.loadDossier(dossier->id));
    showActive(&form);
    QSignalSpy saved(&form, &DossierForm::saved);
    auto *lastName = child<QLineEdit>(&form, "lastNameEdit");
    lastName->setFocus(Qt::TabFocusReason);
    lastName->selectAll();
    QTest::keyClicks(lastName, QStringLiteral("Van Achter"));
    QTest::keyClick(lastName, Qt::Key_Tab);

    // Another program (a second connection, as a second Parcours would) writes and keeps the lock.
    const QString holderName = QStringLiteral("faults-ui-holder");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
        const QString shown = child<QLabel>(&form, "formError")->text();
        INFO(shown.toStdString());
        CHECK(shown.contains(QStringLiteral("being changed by another program")));
        CHECK(saved.count() == 0);
        CHECK(form.isVisible());
        CHECK(lastName->text() == QStringLiteral("Van Achter")); // nothing typed is lost

        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(holderName);

    // The other program is done: the same form saves what was typed.
    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
    INFO(child<QLabel>(&form, "formError")->text().toStdString());
    REQUIRE(saved.count() == 1);
    const auto person = registry.person(registry.dossierByReference(QStringLiteral("D-U-000001"))->personId);
    REQUIRE(person.has_value());
    CHECK(person->lastName == QStringLiteral("Van Achter"));
}

TEST_CASE("A damaged database is shown as such and cannot be edited from the main window", "[ui][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    int pageSize = 0, root = 0;
    {
        std::unique_ptr<Database> db = openDb(path, 1000, Database::Mode::CreateIfMissing);
        importDossiers(*db, dir.filePath(QStringLiteral("rows.csv")), 400);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master WHERE name = 'dossier'")));
        REQUIRE(q.next());
        pageSize = q.value(0).toInt();
        root = q.value(1).toInt();
    }
    {
        // Random bytes over the header of the dossier table's first page.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(qint64(root - 1) * pageSize));
        QRandomGenerator random(11);
        QByteArray garbage(48, Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(random.bounded(256));
        REQUIRE(f.write(garbage) == garbage.size());
    }
    std::unique_ptr<Database> db = openDb(path, 1000);

    MainWindow window;
    window.setDatabase(std::move(db), false);
    window.show();
    // The list's first read meets the damaged page; the window finds out and says so.
    REQUIRE(eventually([&] { return window.messageBar()->isVisible(); }, 5000));
    const QString message = window.messageBar()->text();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("is damaged")));
    CHECK(message.contains(QStringLiteral("Restore the latest backup")));
    CHECK(window.database()->isDamaged());
    // The way out is offered where the message is.
    CHECK(window.messageBar()->actionButton()->isVisible());
    CHECK(window.messageBar()->actionButton()->text() == QStringLiteral("Restore a backup…"));

    DossierListView *list = window.dossierView();
    CHECK(list->isReadOnly());
    CHECK_FALSE(child<QPushButton>(list, "newButton")->isEnabled());
    CHECK(list->newDossier() == nullptr);
    CHECK(list->editDossier(1) == nullptr);
    // Whatever path a write takes, the core refuses it too.
    Registry registry(*window.database());
    Person p;
    p.lastName = QStringLiteral("Nowak");
    p.firstName = QStringLiteral("Agnieszka");
    p.birthDate = QDate(1985, 3, 2);
    p.gender = Gender::Female;
    p.nationalNumber = NationalNumber::make(p.birthDate, 44);
    Dossier d;
    d.reference = QStringLiteral("D-NEW-1");
    d.opened = QDate(2024, 1, 1);
    auto refused = registry.save(p, d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Restore the latest backup")));
}
