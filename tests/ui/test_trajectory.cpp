// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's trajectory: placement dialog (refer, transfer, end, edit, refusals), the
// timeline band, the placement list, and the dossier window opened from the list.
#include "dateedit.h"
#include "dossierlistview.h"
#include "dossierwindow.h"
#include "placementdialog.h"
#include "placementmodel.h"
#include "timelineband.h"
#include "trajectorytestsupport.h"
#include "trajectoryview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QDate kToday(2024, 6, 15);

// A dossier opened on 2 January 2024 and a view on it, with 15 June 2024 as today.
struct Fixture
{
    UiDatabase t;
    Trajectory trajectory{*t.db};
    qint64 dossierId = 0;
    std::unique_ptr<TrajectoryView> view;

    explicit Fixture(const QDate &closed = {})
    {
        dossierId = addDossier(*t.registry, QStringLiteral("El Amrani"), QStringLiteral("Youssef"),
                               QStringLiteral("D-2024-0101"), QDate(2024, 1, 2), closed, 101, QStringLiteral("Sofie Claes"));
    }
    TrajectoryView &show()
    {
        view = std::make_unique<TrajectoryView>(trajectory);
        view->setToday(kToday);
        view->setDossier(periodOf(*t.registry, dossierId), QStringLiteral("El Amrani, Youssef"), QStringLiteral("Sofie Claes"));
        view->resize(1000, 600);
        view->show();
        return *view;
    }
    QList<Placement> stored() const { return trajectory.placements(dossierId); }
};

// Clicks `button` of the view and returns the dialog it opened.
PlacementDialog *openWith(TrajectoryView &view, const char *button)
{
    auto *b = child<QPushButton>(&view, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
    auto *dialog = view.findChild<PlacementDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void chooseCell(PlacementDialog *dialog, Cell cell)
{
    auto *combo = child<QComboBox>(dialog, "cellCombo");
    combo->setCurrentIndex(combo->findData(int(cell)));
    REQUIRE(combo->currentIndex() >= 0);
}

void chooseOutcome(PlacementDialog *dialog, Outcome outcome)
{
    auto *combo = child<QComboBox>(dialog, "outcomeCombo");
    combo->setCurrentIndex(combo->findData(int(outcome)));
    REQUIRE(combo->currentIndex() >= 0);
}

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickSave(PlacementDialog *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("Referring a dossier to a cell through the dialog stores the placement", "[ui][trajectory]")
{
    Fixture f;
    TrajectoryView &view = f.show();
    CHECK(child<QWidget>(&view, "emptyTrajectory")->isVisible());
    CHECK_FALSE(child<QPushButton>(&view, "transferButton")->isEnabled()); // nothing to transfer from

    QPointer<PlacementDialog> dialog = openWith(view, "referButton");
    // A first referral proposes project facilitation, today, and the dossier's officer.
    CHECK(child<QComboBox>(dialog, "cellCombo")->currentData().toInt() == int(Cell::Facilitation));
    CHECK(child<QLineEdit>(dialog, "startEdit")->text() == QStringLiteral("15/06/2024"));
    CHECK(child<QLineEdit>(dialog, "officerEdit")->text() == QStringLiteral("Sofie Claes"));
    CHECK_FALSE(child<QComboBox>(dialog, "outcomeCombo")->isEnabled()); // no outcome while open

    chooseCell(dialog, Cell::Literacy);
    type(dialog, "startEdit", QStringLiteral("01/03/2024"));
    type(dialog, "officerEdit", QStringLiteral("Nathalie Lemaire"));
    type(dialog, "reasonEdit", QStringLiteral("French level test"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Course at the partner on Tuesdays"));
    clickSave(dialog);
    REQUIRE(eventually([&] { return dialog.isNull() || !dialog->isVisible(); }));

    const QList<Placement> stored = f.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).cell == Cell::Literacy);
    CHECK(stored.at(0).start == QDate(2024, 3, 1));
    CHECK(stored.at(0).isOpen());
    CHECK(stored.at(0).officer == QStringLiteral("Nathalie Lemaire"));
    CHECK(stored.at(0).reason == QStringLiteral("French level test"));
    CHECK(stored.at(0).note == QStringLiteral("Course at the partner on Tuesdays"));
    CHECK_FALSE(stored.at(0).outcome.has_value());

    // The view shows it at once: list, band and the line on top.
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, PlacementModel::To).data().toString() == QStringLiteral("ongoing"));
    CHECK(view.model()->index(0, PlacementModel::Days).data().toString() == QStringLiteral("106"));
    CHECK_FALSE(view.band()->segmentRect(stored.at(0).id).isEmpty());
    CHECK(view.selectedPlacementId() == stored.at(0).id);
    CHECK(child<QLabel>(&view, "trajectoryStatus")->text().contains(QStringLiteral("Literacy")));
    CHECK(child<QPushButton>(&view, "transferButton")->isEnabled());
}

TEST_CASE("A past placement can be recorded with its end and outcome", "[ui][trajectory]")
{
    Fixture f;
    TrajectoryView &view = f.show();
    QPointer<PlacementDialog> dialog = openWith(view, "referButton");
    chooseCell(dialog, Cell::Facilitation);
    type(dialog, "startEdit", QStringLiteral("08/01/2024"));
    type(dialog, "endEdit", QStringLiteral("29/02/2024"));
    REQUIRE(child<QComboBox>(dialog, "outcomeCombo")->isEnabled());
    chooseOutcome(dialog, Outcome::DroppedOut);
    REQUIRE(dialog->submit());
    const QList<Placement> stored = f.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).end == QDate(2024, 2, 29));
    CHECK(stored.at(0).outcome == Outcome::DroppedOut);
    CHECK(view.model()->index(0, PlacementModel::Days).data().toString() == QStringLiteral("53"));
    CHECK(view.model()->index(0, PlacementModel::OutcomeColumn).data().toString() == QStringLiteral("Dropped out"));
}

TEST_CASE("A transfer through the dialog ends the old placement on D-1 and opens the new on D", "[ui][trajectory]")
{
    Fixture f;
    const qint64 first = addPlacement(f.trajectory, f.dossierId, Cell::Facilitation, QDate(2024, 1, 10), {}, QStringLiteral("Sofie Claes"));
    TrajectoryView &view = f.show();
    QPointer<PlacementDialog> dialog = openWith(view, "transferButton");
    CHECK(child<QLabel>(dialog, "placementContext")->text().contains(QStringLiteral("Project facilitation since 10/01/2024")));
    chooseCell(dialog, Cell::Work);
    type(dialog, "startEdit", QStringLiteral("01/04/2024"));
    type(dialog, "officerEdit", QStringLiteral("Pieter De Wolf"));
    type(dialog, "reasonEdit", QStringLiteral("Ready for job search"));
    // The dialog says what will happen before it happens.
    CHECK(child<QLabel>(dialog, "transferNote")->text()
          == QStringLiteral("Project facilitation ends on 31/03/2024 with the outcome “Moved to another cell”; Work starts on "
                            "01/04/2024."));
    clickSave(dialog);
    REQUIRE(eventually([&] { return dialog.isNull() || !dialog->isVisible(); }));

    const QList<Placement> stored = f.stored();
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).id == first);
    CHECK(stored.at(0).end == QDate(2024, 3, 31));
    CHECK(stored.at(0).outcome == Outcome::MovedCell);
    CHECK(stored.at(1).cell == Cell::Work);
    CHECK(stored.at(1).start == QDate(2024, 4, 1));
    CHECK(stored.at(1).isOpen());
    CHECK(stored.at(1).officer == QStringLiteral("Pieter De Wolf"));
    CHECK(stored.at(1).reason == QStringLiteral("Ready for job search"));
    CHECK(view.model()->rowCount() == 2);
    CHECK(view.selectedPlacementId() == stored.at(1).id);
}

TEST_CASE("An overlapping placement shows the refusal, keeps the input and writes nothing", "[ui][trajectory]")
{
    Fixture f;
    addPlacement(f.trajectory, f.dossierId, Cell::Literacy, QDate(2024, 1, 10), QDate(2024, 6, 30), QStringLiteral("Nathalie Lemaire"),
                 Outcome::MovedCell);
    TrajectoryView &view = f.show();
    const QList<Placement> before = f.stored();

    QPointer<PlacementDialog> dialog = openWith(view, "referButton");
    CHECK(dialog->errorText().isEmpty());
    chooseCell(dialog, Cell::Work);
    type(dialog, "startEdit", QStringLiteral("01/05/2024"));
    type(dialog, "reasonEdit", QStringLiteral("Job search"));
    clickSave(dialog);

    REQUIRE_FALSE(dialog.isNull());
    CHECK(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "placementError");
    CHECK(error->isVisible());
    const QString message = dialog->errorText();
    CHECK(message.startsWith(QStringLiteral("Nothing was saved.")));
    CHECK(message.contains(QStringLiteral("overlaps")));
    // The core's days, written as the interface writes them.
    CHECK(message.contains(QStringLiteral("10/01/2024")));
    CHECK(message.contains(QStringLiteral("30/06/2024")));
    CHECK_FALSE(message.contains(QStringLiteral("2024-01-10")));
    // What was typed is still there.
    CHECK(child<QComboBox>(dialog, "cellCombo")->currentData().toInt() == int(Cell::Work));
    CHECK(child<QLineEdit>(dialog, "startEdit")->text() == QStringLiteral("01/05/2024"));
    CHECK(child<QLineEdit>(dialog, "reasonEdit")->text() == QStringLiteral("Job search"));
    // Nothing written, nothing changed in the view.
    const QList<Placement> after = f.stored();
    REQUIRE(after.size() == before.size());
    CHECK(after.at(0).end == before.at(0).end);
    CHECK(view.model()->rowCount() == 1);

    // Corrected, the same dialog saves.
    type(dialog, "startEdit", QStringLiteral("01/07/2024"));
    REQUIRE(dialog->submit());
    CHECK(f.stored().size() == 2);
}

TEST_CASE("The dialog refuses a day outside the dossier and unreadable dates, writing nothing", "[ui][trajectory]")
{
    Fixture f(QDate(2024, 5, 31));
    TrajectoryView &view = f.show();
    PlacementDialog *dialog = openWith(view, "referButton");
    chooseCell(dialog, Cell::Studies);

    type(dialog, "startEdit", QStringLiteral("15/12/2023"));
    type(dialog, "endEdit", QStringLiteral("31/03/2024"));
    chooseOutcome(dialog, Outcome::TrainingCompleted);
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->errorText().contains(QStringLiteral("before the dossier D-2024-0101 opened on 02/01/2024")));

    type(dialog, "startEdit", QStringLiteral("15/02/2024"));
    child<QLineEdit>(dialog, "endEdit")->clear(); // open, but the dossier closed on 31 May
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->errorText().contains(QStringLiteral("31/05/2024")));

    type(dialog, "endEdit", QStringLiteral("31/13/2024"));
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->errorText().contains(QStringLiteral("type the date as dd/mm/yyyy")));
    CHECK(f.stored().isEmpty());
}

TEST_CASE("Ending a placement asks for the outcome and stores it with its detail", "[ui][trajectory]")
{
    Fixture f;
    const qint64 id = addPlacement(f.trajectory, f.dossierId, Cell::Work, QDate(2024, 2, 1));
    TrajectoryView &view = f.show();
    REQUIRE(view.selectedPlacementId() == id); // the running placement is selected at first
    PlacementDialog *dialog = openWith(view, "endButton");
    CHECK(child<QLineEdit>(dialog, "endEdit")->text() == QStringLiteral("15/06/2024"));

    // Without an outcome the dialog says so; nothing is stored.
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->errorText() == QStringLiteral("Choose how the placement ended."));
    CHECK(f.stored().at(0).isOpen());

    type(dialog, "endEdit", QStringLiteral("31/05/2024"));
    chooseOutcome(dialog, Outcome::Job);
    CHECK(child<QLineEdit>(dialog, "outcomeDetailEdit")->placeholderText().contains(QStringLiteral("Contract type")));
    type(dialog, "outcomeDetailEdit", QStringLiteral("Open-ended contract"));
    REQUIRE(dialog->submit());
    const Placement p = f.stored().at(0);
    CHECK(p.end == QDate(2024, 5, 31));
    CHECK(p.outcome == Outcome::Job);
    CHECK(p.outcomeDetail == QStringLiteral("Open-ended contract"));
    CHECK(view.model()->index(0, PlacementModel::OutcomeColumn).data().toString() == QStringLiteral("Job found — Open-ended contract"));
    CHECK(child<QLabel>(&view, "trajectoryStatus")->text() == QStringLiteral("In no cell today."));
}

TEST_CASE("Editing and removing a placement", "[ui][trajectory]")
{
    Fixture f;
    addPlacement(f.trajectory, f.dossierId, Cell::Facilitation, QDate(2024, 1, 10), QDate(2024, 2, 29), {}, Outcome::MovedCell);
    const qint64 second = addPlacement(f.trajectory, f.dossierId, Cell::Literacy, QDate(2024, 3, 1));
    TrajectoryView &view = f.show();

    view.selectPlacement(second);
    PlacementDialog *dialog = openWith(view, "editPlacementButton");
    CHECK(child<QLineEdit>(dialog, "startEdit")->text() == QStringLiteral("01/03/2024"));
    type(dialog, "officerEdit", QStringLiteral("Karim Bouzid"));
    // Moving the start into the first placement is refused like any overlap.
    type(dialog, "startEdit", QStringLiteral("15/02/2024"));
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->errorText().contains(QStringLiteral("overlaps")));
    type(dialog, "startEdit", QStringLiteral("04/03/2024"));
    REQUIRE(dialog->submit());
    CHECK(f.stored().at(1).officer == QStringLiteral("Karim Bouzid"));
    CHECK(f.stored().at(1).start == QDate(2024, 3, 4));

    QString asked;
    view.setConfirmPrompt([&asked](const QString &question) {
        asked = question;
        return true;
    });
    view.selectPlacement(second);
    REQUIRE(view.removePlacement());
    CHECK(asked.contains(QStringLiteral("Literacy from 04/03/2024 (ongoing)")));
    REQUIRE(f.stored().size() == 1);
    CHECK(view.model()->rowCount() == 1);
}

TEST_CASE("Core messages show days in the interface's format", "[ui][trajectory]")
{
    CHECK(withInterfaceDates(QStringLiteral("Literacy from 2021-03-01 to 2021-06-30 (D-2019-0412)"))
          == QStringLiteral("Literacy from 01/03/2021 to 30/06/2021 (D-2019-0412)"));
    CHECK(withInterfaceDates(QStringLiteral("not a day: 2023-02-30")) == QStringLiteral("not a day: 2023-02-30"));
    CHECK(withInterfaceDates(QStringLiteral("reference D-2024-01-15x")) == QStringLiteral("reference D-2024-01-15x"));
}

TEST_CASE("The band paints with no, one and many placements, open and ended", "[ui][band]")
{
    TimelineBand band;
    band.setToday(QDate(2024, 6, 15));
    band.resize(900, band.heightForWidth(900));
    band.show();

    SECTION("No placements, and not even a dossier period")
    {
        band.setTrajectory({}, {}, {});
        CHECK_FALSE(band.grab().isNull());
        CHECK(band.firstDay() <= QDate(2024, 6, 15));
        CHECK(band.lastDay() >= QDate(2024, 6, 15));
        CHECK(band.placementAt(QPoint(450, 30)) == 0);
    }
    SECTION("One open placement reaches today")
    {
        Placement p;
        p.id = 7;
        p.cell = Cell::Work;
        p.start = QDate(2024, 3, 1);
        band.setTrajectory({p}, QDate(2024, 2, 1), {});
        CHECK_FALSE(band.grab().isNull());
        const QRectF r = band.segmentRect(7);
        REQUIRE_FALSE(r.isEmpty());
        CHECK(band.placementAt(r.center().toPoint()) == 7);
        CHECK(band.toolTipAt(r.center().toPoint()).contains(QStringLiteral("From 01/03/2024, ongoing")));
        // A point on the period after the segment… there is none: it runs to today.
        CHECK(band.lastDay() >= QDate(2024, 6, 15));
    }
    SECTION("Many placements with gaps, a one-day one and a planned future end")
    {
        QList<Placement> list;
        QDate day(2015, 1, 5);
        for (int i = 0; i < 25; ++i) {
            Placement p;
            p.id = i + 1;
            p.cell = kAllCells[size_t(i % kCellCount)];
            p.start = day;
            p.end = day.addDays(i == 10 ? 0 : 30 + (i * 17) % 120);
            p.outcome = Outcome::MovedCell;
            list << p;
            day = p.end.addDays(1 + (i % 3) * 20);
        }
        Placement future;
        future.id = 99;
        future.cell = Cell::Article60;
        future.start = day;
        future.end = QDate(2025, 12, 31); // a contract's planned end, after today
        REQUIRE(future.start < QDate(2024, 6, 15));
        list << future;
        band.setTrajectory(list, QDate(2015, 1, 1), {});
        band.setSelectedPlacement(5);
        CHECK_FALSE(band.grab().isNull());
        CHECK(band.firstDay() == QDate(2015, 1, 1));
        CHECK(band.lastDay() == QDate(2025, 12, 31));
        const QRectF tiny = band.segmentRect(11);
        CHECK(tiny.width() >= 3); // one day stays visible
        for (const Placement &p : std::as_const(list))
            CHECK_FALSE(band.segmentRect(p.id).isEmpty());
        CHECK(band.segmentRect(1).right() <= band.segmentRect(2).left() + 0.01);
        const QPoint inFirst = band.segmentRect(1).center().toPoint();
        CHECK(band.toolTipAt(inFirst).contains(QStringLiteral("From 05/01/2015 to")));
        // Narrow widths too: labels give way, nothing breaks.
        band.resize(260, band.heightForWidth(260));
        CHECK_FALSE(band.grab().isNull());
    }
    SECTION("A closed dossier ends the axis at its closing, not today")
    {
        Placement p;
        p.id = 3;
        p.cell = Cell::HealthEquity;
        p.start = QDate(2019, 4, 1);
        p.end = QDate(2020, 8, 31);
        p.outcome = Outcome::IncomeEnded;
        band.setTrajectory({p}, QDate(2019, 3, 1), QDate(2020, 8, 31));
        CHECK(band.lastDay() == QDate(2020, 8, 31));
        CHECK_FALSE(band.grab().isNull());
    }
}

TEST_CASE("Double-clicking a dossier in the list opens it with its trajectory", "[ui][trajectory]")
{
    UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 id = addDossier(*t.registry, QStringLiteral("Dubois"), QStringLiteral("Bénédicte"), QStringLiteral("D-2023-0042"),
                                 QDate(2023, 3, 1), {}, 102, QStringLiteral("Karim Bouzid"));
    addPlacement(trajectory, id, Cell::Facilitation, QDate(2023, 3, 6), QDate(2023, 5, 31), {}, Outcome::MovedCell);
    addPlacement(trajectory, id, Cell::Studies, QDate(2023, 6, 1));
    DossierListView list;
    list.setTrajectory(&trajectory);
    list.setRegistry(t.registry.get());
    list.show();
    QTableView *table = child<QTableView>(&list, "dossierTable");
    REQUIRE(table->model()->rowCount() == 1);
    const QModelIndex row = table->model()->index(0, 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    auto *window = list.findChild<DossierWindow *>();
    REQUIRE(window != nullptr);
    CHECK(window->isVisible());
    CHECK(window->windowTitle() == QStringLiteral("Dossier D-2023-0042 — Dubois, Bénédicte"));
    CHECK(child<QLabel>(window, "dossierDetails")->text().contains(QStringLiteral("open since 01/03/2023")));
    TrajectoryView *view = window->trajectoryView();
    CHECK(view->model()->rowCount() == 2);
    CHECK(view->model()->index(1, PlacementModel::CellColumn).data().toString() == QStringLiteral("Studies and training"));
    window->reject();
}

TEST_CASE("The placement list passes QAbstractItemModelTester", "[ui][trajectory][model]")
{
    PlacementModel model;
    {
        ModelCheck check(&model);
        Placement a;
        a.id = 1;
        a.cell = Cell::Literacy;
        a.start = QDate(2024, 1, 1);
        a.end = QDate(2024, 1, 31);
        a.outcome = Outcome::MovedCell;
        Placement b;
        b.id = 2;
        b.cell = Cell::Work;
        b.start = QDate(2024, 2, 1);
        model.setPlacements({b, a}); // any order in, oldest first out
        CHECK(model.rowOf(1) == 0);
        model.setToday(QDate(2024, 3, 1));
        CHECK(model.index(1, PlacementModel::Days).data().toString() == QStringLiteral("29"));
        model.setPlacements({});
    }
    INFO(ModelCheck::warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(ModelCheck::warnings().isEmpty());
}
