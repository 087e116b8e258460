// SPDX-License-Identifier: GPL-3.0-or-later
// The balance and GPMI tabs of the dossier window, the comparison dialog, the compliance list.
#include "balance/balanceform.h"
#include "balance/balancepage.h"
#include "balance/balancestore.h"
#include "balance/comparedialog.h"
#include "balance/compliancemodel.h"
#include "balance/complianceview.h"
#include "balance/gpmipage.h"
#include "dossierwindow.h"
#include "mainwindow.h"
#include "security/accounts.h"
#include "trajectorytestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSqlQuery>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

TEST_CASE("The balance tab saves versions and compares two side by side", "[ui][balance]")
{
    UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 dossierId = addDossier(*t.registry, QStringLiteral("El Amrani"), QStringLiteral("Youssef"),
                                        QStringLiteral("D-2024-0101"), QDate(2024, 1, 2), {}, 101, QStringLiteral("Sofie Claes"));
    addPlacement(trajectory, dossierId, Cell::Facilitation, QDate(2024, 1, 10));
    DossierWindow window(*t.registry, trajectory);
    REQUIRE(window.loadDossier(dossierId));
    BalancePage *page = window.balancePage();
    REQUIRE(page != nullptr);
    CHECK(page->versionList()->count() == 0);

    child<QLineEdit>(page, "targetOccupation")->setText(QStringLiteral("Cook"));
    child<QLineEdit>(page, "acquiredSkills")->setText(QStringLiteral("cooking; stock keeping"));
    auto saved = page->saveVersion();
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved.value() == 1);

    child<QLineEdit>(page, "targetOccupation")->setText(QStringLiteral("Kitchen chef"));
    auto *orientation = child<QComboBox>(page, "orientation");
    orientation->setCurrentIndex(orientation->findData(cellCode(Cell::Work)));
    REQUIRE(page->saveVersion().ok());
    CHECK(page->versionList()->count() == 2);
    // Newest first.
    CHECK(page->versionList()->item(0)->text().startsWith(QStringLiteral("Version 2")));

    SECTION("saving again without a change is refused, and says so")
    {
        CHECK_FALSE(page->saveVersion().ok());
        CHECK(page->statusLabel()->text().contains(QStringLiteral("Nothing changed")));
        CHECK(page->versionList()->count() == 2);
    }
    SECTION("the comparison marks the changed rows")
    {
        CompareDialog *dialog = page->compare(1, 2);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->changedCount() == 2);
        QStringList marked;
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (dialog->table()->item(row, 0)->data(Qt::UserRole).toBool())
                marked << dialog->table()->item(row, 1)->text() + QStringLiteral(" → ") + dialog->table()->item(row, 2)->text();
        }
        REQUIRE(marked.size() == 2);
        CHECK(marked.at(0) == QStringLiteral("Cook → Kitchen chef"));
        CHECK(marked.at(1) == QStringLiteral("(not filled in) → ") + cellLabel(Cell::Work));
        dialog->setOnlyChanges(true);
        int visible = 0;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            visible += dialog->table()->isRowHidden(row) ? 0 : 1;
        CHECK(visible == 2);
        dialog->close();
    }
    SECTION("showing an older version fills the form with it")
    {
        page->showVersion(1);
        CHECK(child<QLineEdit>(page, "targetOccupation")->text() == QStringLiteral("Cook"));
        CHECK(child<QComboBox>(page, "orientation")->currentIndex() == 0);
    }
    SECTION("referring to the orientation adds the step to the trajectory")
    {
        auto id = page->referToOrientation(QDate(2024, 3, 1));
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        const auto list = trajectory.placements(dossierId);
        REQUIRE(list.size() == 2);
        CHECK(list.last().cell == Cell::Work);
        CHECK(list.first().end == QDate(2024, 2, 29));
    }
    SECTION("the summary prints to a PDF")
    {
        const QString pdf = t.dir.filePath(QStringLiteral("balance.pdf"));
        const Status s = page->printSummary(pdf);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == QByteArray("%PDF-"));
    }
}

TEST_CASE("The GPMI tab refuses a signature inside the reflection period", "[ui][gpmi]")
{
    UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 dossierId = addDossier(*t.registry, QStringLiteral("Dubois"), QStringLiteral("Claire"), QStringLiteral("D-2024-0102"),
                                        QDate(2024, 1, 2), {}, 102, QStringLiteral("Sofie Claes"));
    DossierWindow window(*t.registry, trajectory);
    REQUIRE(window.loadDossier(dossierId));
    GpmiPage *page = window.gpmiPage();
    Gpmi g = page->contract();
    g.start = QDate(2024, 1, 15);
    g.offered = QDate(2024, 1, 15);
    g.signed_ = QDate(2024, 1, 19); // Friday: only 4 working days
    g.domains = {GpmiDomain::Employment};
    g.goals = {{QStringLiteral("Find work as a cook"), QStringLiteral("applies every week"), QStringLiteral("Job Table"), {}}};
    page->setContract(g);
    CHECK(child<QLabel>(page, "gpmiReflection")->text().contains(QStringLiteral("22/01/2024")));
    CHECK_FALSE(page->saveContract().ok());
    CHECK(page->statusLabel()->text().contains(QStringLiteral("2024-01-22")));
    CHECK(page->goalTable()->rowCount() == 1);

    g.signed_ = QDate(2024, 1, 22);
    page->setContract(g);
    REQUIRE(page->saveContract().ok());
    GpmiEvaluation e;
    e.date = QDate(2024, 3, 1);
    e.faceToFace = true;
    e.nextSteps = QStringLiteral("CV ready");
    REQUIRE(page->addEvaluation(e).ok());
    CHECK(page->evaluationTable()->rowCount() == 1);

    const QString pdf = t.dir.filePath(QStringLiteral("gpmi.pdf"));
    REQUIRE(page->printContract(pdf).ok());
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("The compliance list shows what is missing and opens the dossier", "[ui][compliance]")
{
    UiDatabase t;
    const qint64 dossierId = addDossier(*t.registry, QStringLiteral("Wouters"), QStringLiteral("An"), QStringLiteral("D-2024-0103"),
                                        QDate(2024, 1, 2), {}, 103, QStringLiteral("Sofie Claes"));
    addDossier(*t.registry, QStringLiteral("Peeters"), QStringLiteral("Jan"), QStringLiteral("D-2024-0104"), QDate(2024, 3, 20), {}, 104,
               QStringLiteral("Bram Maes"));
    ComplianceView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setDay(QDate(2024, 6, 1));
    view.setDatabase(t.db.get());
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->data(view.model()->index(0, ComplianceModel::Reference)).toString() == QStringLiteral("D-2024-0103"));
    CHECK(view.model()->data(view.model()->index(0, ComplianceModel::State)).toString() == QStringLiteral("Missing"));
    CHECK(view.model()->data(view.model()->index(1, ComplianceModel::State)).toString() == QStringLiteral("Due soon"));

    view.setOfficer(QStringLiteral("Bram Maes"));
    CHECK(view.model()->rowCount() == 1);

    view.setOfficer({});
    qint64 opened = 0;
    QObject::connect(&view, &ComplianceView::openDossierRequested, &view, [&opened](qint64 id) { opened = id; });
    auto *table = child<QTableView>(&view, "complianceTable");
    Q_EMIT table->activated(view.model()->index(0, 0));
    CHECK(opened == dossierId);
}

TEST_CASE("An officer starts on the GPMI follow-up, filtered to their own dossiers", "[ui][compliance]")
{
    UiDatabase t;
    Accounts accounts(*t.db);
    t.db->clearActor();
    auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Nathalie Lemaire"),
                                                   QStringLiteral("admin passphrase 1"));
    REQUIRE(admin.ok());
    t.db->setActor(admin.value());
    REQUIRE(accounts.create(QStringLiteral("sofie"), QStringLiteral("Sofie Claes"), Role::Officer, QStringLiteral("first password")).ok());
    t.db->clearActor();
    auto sofie = accounts.authenticate(QStringLiteral("sofie"), QStringLiteral("first password"));
    REQUIRE(sofie.ok());
    t.db->setActor(sofie.value());
    // Opened long ago without a GPMI: missing, whatever today is.
    addDossier(*t.registry, QStringLiteral("Wouters"), QStringLiteral("An"), QStringLiteral("D-2020-0001"), QDate(2020, 1, 6), {}, 105,
               QStringLiteral("Sofie Claes"));
    addDossier(*t.registry, QStringLiteral("Peeters"), QStringLiteral("Jan"), QStringLiteral("D-2020-0002"), QDate(2020, 1, 6), {}, 106,
               QStringLiteral("Bram Maes"));

    MainWindow window;
    window.setDatabase(std::move(t.db), false);
    auto *area = child<QTabWidget>(&window, "dossiersArea");
    CHECK(area->currentWidget() == window.complianceView());
    CHECK(area->tabText(1).contains(QStringLiteral("overdue")));
    REQUIRE(window.complianceView()->model()->rowCount() == 1);
    CHECK(window.complianceView()->model()->data(window.complianceView()->model()->index(0, ComplianceModel::Reference)).toString()
          == QStringLiteral("D-2020-0001"));
    window.setDatabase(nullptr, false);
}

TEST_CASE("Opening a dossier reads its sensitive balance data only when the Balance tab is shown", "[ui][balance][security]")
{
    UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 dossierId = addDossier(*t.registry, QStringLiteral("Claes"), QStringLiteral("Lotte"), QStringLiteral("D-2024-0107"),
                                        QDate(2024, 1, 2), {}, 107, QStringLiteral("Sofie Claes"));
    Balance b;
    b.obstacles = {{ObstacleKind::MentalHealth, ObstacleState::BeingResolved, QStringLiteral("follow-up at the CGG")}};
    REQUIRE(BalanceStore(*t.db).save(dossierId, b).ok());
    const auto views = [&t] {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'balance_version'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    DossierWindow window(*t.registry, trajectory);
    REQUIRE(window.loadDossier(dossierId));
    window.show();
    CHECK(window.tabs()->currentIndex() == 0); // the trajectory
    CHECK(views() == 0);
    // Saving the still unread (empty) form would wipe the balance: refused.
    CHECK_FALSE(window.balancePage()->saveVersion().ok());
    CHECK(BalanceStore(*t.db).versions(dossierId).size() == 1);

    window.tabs()->setCurrentWidget(window.balancePage());
    CHECK(views() == 1);
    CHECK(window.balancePage()->versionList()->count() == 1);
    CHECK(child<QCheckBox>(window.balancePage(), "obstacle_mental_health")->isChecked());
}
