// SPDX-License-Identifier: GPL-3.0-or-later
// The Cells area's Literacy and Targets tabs: their models under QAbstractItemModelTester,
// the refusal of a double enrolment shown as core words it, a full course leading to the
// waiting list, "enrol the next", a level test; the targets of a year with their realisation.
#include "uitestsupport.h"

#include "cells/cellsarea.h"
#include "cells/literacycoursedialog.h"
#include "cells/literacymodels.h"
#include "cells/literacyview.h"
#include "cells/targetsview.h"
#include "dateedit.h"
#include "domain/nationalnumber.h"
#include "literacy/literacy.h"
#include "partners/partners.h"
#include "targets/targets.h"
#include "trajectory/trajectory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addDossier(parcours::test::UiDatabase &f, const QString &lastName, int n)
{
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Nadia");
    p.birthDate = QDate(1981, 2, 1).addDays(n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 13);
    Dossier dossier;
    dossier.reference = QStringLiteral("LIT-%1").arg(n);
    dossier.opened = d("2020-01-01");
    auto saved = f.registry->save(p, dossier);
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

int rowOf(const CourseModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->name == name)
            return row;
    }
    FAIL("no course " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE("Literacy tab: places, the double-enrolment refusal, the waiting list and enrol the next", "[ui][literacy]")
{
    parcours::test::UiDatabase f;
    Partner lee;
    lee.name = QStringLiteral("Lire et Écrire Bruxelles");
    lee.kind = PartnerKind::Literacy;
    const qint64 partner = Partners(*f.db).add(lee).value();
    Literacy literacy(*f.db);
    LiteracyCourse borne;
    borne.name = QStringLiteral("Alpha 1 — Borne");
    borne.partnerId = partner;
    borne.places = 1;
    borne.startsOn = d("2024-01-08");
    borne.endsOn = d("2024-06-28");
    const qint64 borneId = literacy.addCourse(borne).value();
    LiteracyCourse centre = borne;
    centre.name = QStringLiteral("Alpha 1 au CPAS");
    centre.partnerId = 0;
    centre.places = 5;
    REQUIRE(literacy.addCourse(centre));
    const qint64 amal = addDossier(f, QStringLiteral("Amrani"), 1);
    addDossier(f, QStringLiteral("Bakker"), 2);
    addDossier(f, QStringLiteral("Cissé"), 3);
    Enrolment e;
    e.courseId = borneId;
    e.dossierId = amal;
    e.from = d("2024-01-08");
    REQUIRE(literacy.enrol(e));

    CellsArea area;
    LiteracyView *view = area.findChild<LiteracyView *>();
    REQUIRE(view);
    CHECK(area.tabs()->tabText(area.tabs()->indexOf(view)) == QStringLiteral("Literacy"));
    QAbstractItemModelTester courses(view->courseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester enrolled(view->enrolmentModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester waiting(view->waitingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tests(view->testModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList asked;
    view->setAsk([&asked](const QString &question) {
        asked << question;
        return true;
    });
    view->dayField()->setDate(d("2024-02-01"));
    area.setDatabase(f.db.get());
    REQUIRE(view->courseModel()->rowCount() == 2);
    const int borneRow = rowOf(view->courseModel(), borne.name);
    CHECK(view->courseModel()->index(borneRow, CourseModel::Where).data() == lee.name);
    CHECK(view->courseModel()->index(borneRow, CourseModel::Free).data().toInt() == 0);

    // Already in a course at a partner: the centre's course refuses, naming that course.
    view->selectCourse(rowOf(view->courseModel(), centre.name));
    view->personField()->setText(QStringLiteral("LIT-1"));
    view->enrolPerson();
    CHECK(view->message().contains(QStringLiteral("\"Alpha 1 — Borne\"")));
    CHECK(view->message().contains(lee.name));
    CHECK(view->enrolmentModel()->rowCount() == 0);

    // The full course offers its waiting list; the answer "yes" puts the person on it.
    view->selectCourse(rowOf(view->courseModel(), borne.name));
    view->personField()->setText(QStringLiteral("LIT-2"));
    view->enrolPerson();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("full")));
    REQUIRE(view->waitingModel()->rowCount() == 1);
    view->personField()->setText(QStringLiteral("LIT-3"));
    view->addToWaitingList();
    REQUIRE(view->waitingModel()->rowCount() == 2);
    CHECK(view->waitingModel()->index(0, WaitingModel::Reference).data() == QStringLiteral("LIT-2"));
    CHECK(view->waitingModel()->index(1, WaitingModel::Position).data().toInt() == 2);

    // The place frees at the end of February; the first one waiting takes it in March.
    view->dayField()->setDate(d("2024-02-29"));
    view->refresh();
    view->enrolmentTable()->selectRow(0);
    view->endEnrolment();
    view->dayField()->setDate(d("2024-03-01"));
    view->refresh();
    view->selectCourse(rowOf(view->courseModel(), borne.name));
    view->enrolNext();
    CHECK(view->message().contains(QStringLiteral("Bakker")));
    REQUIRE(view->waitingModel()->rowCount() == 1);
    CHECK(view->waitingModel()->index(0, WaitingModel::Reference).data() == QStringLiteral("LIT-3"));
    CHECK(view->courseModel()->index(rowOf(view->courseModel(), borne.name), CourseModel::Taken).data().toInt() == 1);

    // A level test of the person.
    view->levelField()->setCurrentIndex(int(LiteracyLevel::Alpha2));
    view->recordTest();
    REQUIRE(view->testModel()->rowCount() == 1);
    CHECK(view->testModel()->index(0, LevelTestModel::Level).data() == Literacy::levelLabel(LiteracyLevel::Alpha2));
    area.setDatabase(nullptr);
}

TEST_CASE("Literacy tab: New course… and Edit course… through the dialog; a refusal keeps it open with core's words",
          "[ui][literacy][course]")
{
    parcours::test::UiDatabase f;
    Partner lee;
    lee.name = QStringLiteral("Lire et Écrire Bruxelles");
    lee.kind = PartnerKind::Literacy;
    const qint64 partner = Partners(*f.db).add(lee).value();
    Literacy literacy(*f.db);
    LiteracyCourse borne;
    borne.name = QStringLiteral("Alpha 1 — Borne");
    borne.partnerId = partner;
    borne.places = 2;
    borne.startsOn = d("2024-01-08");
    borne.endsOn = d("2024-06-28");
    const qint64 borneId = literacy.addCourse(borne).value();
    for (int n = 1; n <= 2; ++n) {
        Enrolment e;
        e.courseId = borneId;
        e.dossierId = addDossier(f, QStringLiteral("Enrolled%1").arg(n), n);
        e.from = d("2024-01-08");
        REQUIRE(literacy.enrol(e));
    }
    REQUIRE(literacy.addToWaitingList(addDossier(f, QStringLiteral("Wachter"), 3), QStringLiteral("fr"), LiteracyLevel::Alpha1,
                                      d("2024-01-20")));

    CellsArea area;
    LiteracyView *view = area.findChild<LiteracyView *>();
    REQUIRE(view);
    QAbstractItemModelTester courses(view->courseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->dayField()->setDate(d("2024-02-01"));
    area.setDatabase(f.db.get());
    REQUIRE(view->courseModel()->rowCount() == 1);

    // New course…: the end typed before the start is refused, the dialog stays open with what
    // was typed; corrected, the course is saved and listed, at the partner chosen.
    QStringList refusals;
    view->setCourseDialogRunner([&](LiteracyCourseDialog &dialog) {
        dialog.show();
        CHECK(dialog.isNew());
        parcours::test::child<QLineEdit>(&dialog, "courseName")->setText(QStringLiteral("Alpha 3 soir"));
        auto *where = parcours::test::child<QComboBox>(&dialog, "courseWhere");
        where->setCurrentIndex(where->findData(partner));
        parcours::test::child<QSpinBox>(&dialog, "coursePlaces")->setValue(8);
        parcours::test::child<QLineEdit>(&dialog, "courseSchedule")->setText(QStringLiteral("Tue, Thu 18:00–21:00"));
        parcours::test::child<QLineEdit>(&dialog, "courseStarts")->setText(QStringLiteral("02/09/2024"));
        parcours::test::child<QLineEdit>(&dialog, "courseEnds")->setText(QStringLiteral("30/08/2024"));
        CHECK_FALSE(dialog.submit());
        refusals << dialog.errorText();
        CHECK(dialog.isVisible());
        CHECK(parcours::test::child<QLineEdit>(&dialog, "courseName")->text() == QStringLiteral("Alpha 3 soir"));
        parcours::test::child<QLineEdit>(&dialog, "courseEnds")->setText(QStringLiteral("27/06/2025"));
        CHECK(dialog.submit());
        CHECK_FALSE(dialog.isVisible());
        return dialog.result();
    });
    view->newCourse();
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.first().startsWith(QStringLiteral("Nothing was saved. End:")));
    CHECK(refusals.first().contains(QStringLiteral("30/08/2024")));
    REQUIRE(view->courseModel()->rowCount() == 2);
    const int evening = rowOf(view->courseModel(), QStringLiteral("Alpha 3 soir"));
    CHECK(view->courseModel()->index(evening, CourseModel::Where).data() == lee.name);
    CHECK(view->message().contains(QStringLiteral("\"Alpha 3 soir\"")));
    const LiteracyCourse stored = literacy.course(view->courseModel()->rowAt(evening)->id).value();
    CHECK(stored.places == 8);
    CHECK(stored.level == LiteracyLevel::Alpha1); // the level the dialog proposes, as left
    CHECK(stored.endsOn == d("2025-06-27"));

    // Edit course…: fewer places than the two people in it is refused (core's words, the
    // dialog open); one more place is saved, and the view says the next one waiting can come.
    view->selectCourse(rowOf(view->courseModel(), borne.name));
    refusals.clear();
    view->setCourseDialogRunner([&](LiteracyCourseDialog &dialog) {
        dialog.show();
        CHECK_FALSE(dialog.isNew());
        auto *places = parcours::test::child<QSpinBox>(&dialog, "coursePlaces");
        CHECK(places->value() == 2);
        CHECK(parcours::test::child<QComboBox>(&dialog, "courseWhere")->currentData().toLongLong() == partner);
        places->setValue(1);
        CHECK_FALSE(dialog.submit());
        refusals << dialog.errorText();
        CHECK(dialog.isVisible());
        places->setValue(3);
        CHECK(dialog.submit());
        return dialog.result();
    });
    view->editCourse();
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.first().contains(QStringLiteral("Places: 2 people")));
    CHECK(literacy.course(borneId)->places == 3);
    const int borneRow = rowOf(view->courseModel(), borne.name);
    CHECK(view->courseModel()->index(borneRow, CourseModel::Free).data().toInt() == 1);
    CHECK(view->message().contains(QStringLiteral("Enrol the next one waiting")));
    view->enrolNext();
    CHECK(view->message().contains(QStringLiteral("Wachter")));
    CHECK(view->waitingModel()->rowCount() == 0);

    // Cancelled: nothing changes.
    view->setCourseDialogRunner([](LiteracyCourseDialog &dialog) {
        parcours::test::child<QSpinBox>(&dialog, "coursePlaces")->setValue(9);
        return int(QDialog::Rejected);
    });
    view->editCourse();
    CHECK(literacy.course(borneId)->places == 3);
    area.setDatabase(nullptr);
}

TEST_CASE("Targets tab: the targets of a year with their realisation; a new target", "[ui][targets]")
{
    parcours::test::UiDatabase f;
    Trajectory trajectory(*f.db);
    for (int i = 0; i < 2; ++i)
        REQUIRE(trajectory.refer(addDossier(f, QStringLiteral("Post%1").arg(i), 10 + i), Cell::Article60, d("2021-03-01"), {}, {}));
    YearlyTarget a60;
    a60.year = 2021;
    a60.cell = Cell::Article60;
    a60.target = 4;
    REQUIRE(Targets(*f.db).add(a60));

    CellsArea area;
    TargetsView *view = area.findChild<TargetsView *>();
    REQUIRE(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->setToday(d("2022-01-15"));
    view->setYear(2021);
    area.setDatabase(f.db.get());
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, TargetModel::Realised).data().toInt() == 2);
    CHECK(view->model()->index(0, TargetModel::Percent).data() == QStringLiteral("50.00 %"));
    CHECK(view->model()->index(0, TargetModel::Progress).data(Qt::UserRole).toDouble() == 50.0);

    YearlyTarget studies;
    studies.year = 2021;
    studies.cell = Cell::Studies;
    studies.measure = TargetMeasure::NetChange;
    studies.target = 50;
    REQUIRE(view->save(studies));
    CHECK(view->model()->rowCount() == 2);
    // The same target twice is refused, with core's words.
    CHECK_FALSE(view->save(studies));
    CHECK(view->message().contains(QStringLiteral("2021")));

    // Another year has its own targets.
    view->setYear(2020);
    CHECK(view->model()->rowCount() == 0);
    area.setDatabase(nullptr);
}
