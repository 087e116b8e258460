// SPDX-License-Identifier: GPL-3.0-or-later
// The Job Table area: its models under QAbstractItemModelTester, the stepper and what comes
// next, the attendance grid cycling through core, the reception's quick visit log.
#include "uitestsupport.h"

#include "dateedit.h"
#include "domain/nationalnumber.h"
#include "jobtable/freeaccessview.h"
#include "jobtable/jobtablearea.h"
#include "jobtable/jobtablefiguresview.h"
#include "jobtable/jobtablemodels.h"
#include "jobtable/jobtablepage.h"
#include "jobtable/stagestepper.h"
#include "jobtable/jobtables.h"
#include "trajectory/trajectory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A launched group of three with two meetings; returns its id.
qint64 launchedGroup(parcours::test::UiDatabase &f)
{
    JobTables tables(*f.db);
    JobTable t;
    t.title = QStringLiteral("Group of three");
    t.capacity = 3;
    t.stage(Stage::JobSearch).planned = d("2024-01-15");
    const qint64 id = tables.create(t).value();
    for (int i = 0; i < 4; ++i) {
        Person p;
        p.lastName = QStringLiteral("Name%1").arg(i);
        p.firstName = QStringLiteral("Ann");
        p.birthDate = QDate(1985, 1, 1 + i);
        p.nationalNumber = NationalNumber::make(p.birthDate, 11);
        Dossier dossier;
        dossier.reference = QStringLiteral("UI-%1").arg(i);
        dossier.opened = d("2020-01-01");
        const qint64 dossierId = f.registry->save(p, dossier).value().dossierId;
        const qint64 participant = tables.addParticipant(id, dossierId, d("2024-01-02")).value();
        if (i < 3)
            REQUIRE(tables.acceptRules(participant, QStringLiteral("1"), d("2024-01-02")).ok());
    }
    REQUIRE(tables.setStage(id, Stage::Composing, {{}, d("2024-01-05"), {}}).ok());
    REQUIRE(tables.setStage(id, Stage::Launch, {{}, d("2024-01-08"), {}}).ok());
    REQUIRE(tables.addMeeting({0, id, Stage::JobSearch, QDateTime(d("2024-01-15"), QTime(9, 30)), QStringLiteral("CV")}).ok());
    REQUIRE(tables.addMeeting({0, id, Stage::JobSearch, QDateTime(d("2024-01-22"), QTime(9, 30)), QStringLiteral("Letters")}).ok());
    return id;
}

} // namespace

TEST_CASE("The Job Table page shows where the group stands and records attendance with a click", "[ui][jobtable]")
{
    parcours::test::UiDatabase f;
    const qint64 id = launchedGroup(f);
    JobTableArea area;
    area.resize(1200, 800);
    area.setDatabase(f.db.get());
    QAbstractItemModelTester listTester(area.listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(area.listModel()->rowCount() == 1);
    CHECK(area.listModel()->index(0, JobTableListModel::Places).data().toString() == QStringLiteral("3 / 3 (+1)"));
    CHECK(area.listModel()->index(0, JobTableListModel::Next).data().toString().startsWith(QStringLiteral("Job search")));

    area.openJobTable(id);
    JobTablePage *page = area.page();
    REQUIRE(page->jobTableId() == id);
    CHECK(page->nextText().contains(QStringLiteral("Done: Launch")));
    CHECK(page->nextText().contains(QStringLiteral("Next: Module \"Aspects of job search\"")));
    QAbstractItemModelTester participantTester(page->participantModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attendanceTester(page->attendanceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester orientationTester(page->orientationModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->participantModel()->rowCount() == 4);
    CHECK(page->participantModel()->index(3, ParticipantModel::Status).data().toString() == QStringLiteral("Waiting list"));

    // The grid: three people (not the waiting list) × two meetings + the rate.
    AttendanceModel *grid = page->attendanceModel();
    REQUIRE(grid->rowCount() == 3);
    REQUIRE(grid->columnCount() == 3);
    const QModelIndex cell = grid->index(0, 0);
    page->cycleAttendance(cell);
    CHECK(grid->index(0, 0).data().toString() == QStringLiteral("Present"));
    CHECK(grid->index(0, 2).data().toString() == QStringLiteral("100 %"));
    page->cycleAttendance(grid->index(0, 1));
    page->cycleAttendance(grid->index(0, 1)); // present → excused
    CHECK(grid->index(0, 1).data().toString() == QStringLiteral("Excused"));
    CHECK(grid->index(0, 2).data().toString() == QStringLiteral("50 %"));
    CHECK(JobTables(*f.db).groupAttendance(id).recorded() == 2);
    page->cycleAttendance(grid->index(0, 1)); // → absent
    page->cycleAttendance(grid->index(0, 1)); // → empty
    CHECK(grid->index(0, 1).data().toString().isEmpty());
    CHECK(JobTables(*f.db).groupAttendance(id).recorded() == 1);

    // "Done today" moves the stepper on; a refusal from core is shown on the page.
    QPushButton *done = page->findChild<QPushButton *>(QStringLiteral("markDoneButton"));
    REQUIRE(done);
    done->click();
    CHECK(JobTables(*f.db).jobTable(id)->stage(Stage::JobSearch).actual == QDate::currentDate());
    CHECK(page->nextText().contains(QStringLiteral("Next: Module \"Interviews\"")));
    CHECK(page->error().isEmpty());

    // Orientation edited in the table goes through core.
    OrientationModel *orientation = page->orientationModel();
    REQUIRE(orientation->rowCount() == 3);
    REQUIRE(orientation->setData(orientation->index(1, OrientationModel::WhereNext), int(Orientation::Training)));
    CHECK(parcours::test::eventually([orientation] {
        return orientation->index(1, OrientationModel::WhereNext).data().toString() == QStringLiteral("Training");
    }));
    CHECK(JobTables(*f.db).participants(id)[1].orientation == Orientation::Training);
    // The steps need a conclusion date: refused, and the page says why.
    page->findChild<QPushButton *>(QStringLiteral("createStepsButton"))->click();
    CHECK(page->error().contains(QStringLiteral("conclusion")));
}

TEST_CASE("The figures tab lists the groups launched in the period and a total", "[ui][jobtable]")
{
    parcours::test::UiDatabase f;
    launchedGroup(f);
    JobTableFiguresView figures;
    figures.setDatabase(f.db.get());
    figures.setPeriod(d("2024-01-01"), d("2024-12-31"));
    QAbstractItemModelTester tester(figures.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(figures.model()->rowCount() == 2);
    CHECK(figures.model()->index(0, JobTableFigureModel::Title).data().toString() == QStringLiteral("Group of three"));
    CHECK(figures.model()->index(1, JobTableFigureModel::Title).data().toString() == QStringLiteral("Total"));
    CHECK(figures.model()->index(1, JobTableFigureModel::Participants).data().toInt() == 3);
    CHECK(figures.model()->index(1, JobTableFigureModel::Share3).data().toString() == QStringLiteral("—"));
    figures.setPeriod(d("2025-01-01"), d("2025-12-31"));
    CHECK(figures.model()->rowCount() == 1); // the total only
}

TEST_CASE("The technical fiche and an attendance sheet are written as PDF files", "[ui][jobtable][print]")
{
    parcours::test::UiDatabase f;
    const qint64 id = launchedGroup(f);
    JobTablePage page;
    page.setDatabase(f.db.get());
    page.setJobTable(id);
    const QString fiche = f.dir.filePath(QStringLiteral("fiche.pdf"));
    REQUIRE(page.printFiche(fiche).ok());
    QFile file(fiche);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type/Page") >= 1);
    const auto meetings = JobTables(*f.db).meetings(id);
    const QString sheet = f.dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(page.printAttendanceSheet(meetings.first().id, sheet).ok());
    CHECK(QFileInfo(sheet).size() > 1000);
    CHECK_FALSE(page.printAttendanceSheet(999, sheet).ok());
}

TEST_CASE("Free access: one click on a purpose records an anonymous visit of today", "[ui][jobtable][freeaccess]")
{
    parcours::test::UiDatabase f;
    FreeAccessView view;
    view.setDatabase(f.db.get());
    QAbstractItemModelTester visitTester(view.visitModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester monthTester(view.monthModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view.dayField()->date() == QDate::currentDate());
    CHECK(view.monthModel()->rowCount() == 12);

    view.purposeButton(VisitPurpose::Computer)->click();
    REQUIRE(view.visitModel()->rowCount() == 1);
    CHECK(view.visitModel()->index(0, VisitModel::Person).data().toString() == QStringLiteral("Anonymous"));
    CHECK(view.visitModel()->index(0, VisitModel::Purpose).data().toString() == QStringLiteral("Computer"));
    CHECK(view.message().contains(QStringLiteral("anonymous")));

    // An unknown reference is refused and stays in the field to be corrected.
    view.referenceField()->setText(QStringLiteral("NO-SUCH"));
    view.purposeButton(VisitPurpose::Phone)->click();
    CHECK(view.message().contains(QStringLiteral("NO-SUCH")));
    CHECK(view.referenceField()->text() == QStringLiteral("NO-SUCH"));
    CHECK(view.visitModel()->rowCount() == 1);

    const int month = QDate::currentDate().month() - 1;
    const QModelIndex total = view.monthModel()->index(month, view.monthModel()->columnCount() - 1);
    CHECK(total.data().toInt() == 1);
}

TEST_CASE("The reception sees only the free access of the Job Table area", "[ui][jobtable][freeaccess]")
{
    parcours::test::UiDatabase f;
    launchedGroup(f);
    Actor desk;
    desk.name = QStringLiteral("desk");
    desk.displayName = QStringLiteral("Reception desk");
    desk.role = Role::Reception;
    f.db->setActor(desk);
    JobTableArea area;
    area.setDatabase(f.db.get());
    CHECK_FALSE(area.tabs()->isTabEnabled(0)); // the groups name people of the register
    CHECK(area.tabs()->isTabEnabled(1));
    CHECK_FALSE(area.tabs()->isTabEnabled(2));
    CHECK(area.tabs()->currentIndex() == 1);
    CHECK(area.listModel()->rowCount() == 0);
    area.freeAccess()->purposeButton(VisitPurpose::JobOffers)->click();
    CHECK(area.freeAccess()->visitModel()->rowCount() == 1);
    area.setDatabase(nullptr);
}
