// SPDX-License-Identifier: GPL-3.0-or-later
// The Cells area's Partners and Article 60 tabs: the partner form with the core's field
// errors, the occupancy board, ending a contract and the post-article-60 proposal; the
// placement dialog's partner choice.
#include "uitestsupport.h"

#include "article60/article60.h"
#include "cells/article60dialogs.h"
#include "cells/article60models.h"
#include "cells/article60view.h"
#include "cells/cellsarea.h"
#include "cells/partnersview.h"
#include "domain/nationalnumber.h"
#include "jobtable/jobtablemodels.h"
#include "partners/partners.h"
#include "placementdialog.h"
#include "trajectory/trajectory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

qint64 addDossier(parcours::test::UiDatabase &f, const QString &reference, const QString &lastName, int n)
{
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Sara");
    p.birthDate = QDate(1982, 1, 1).addDays(n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 7);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = d("2023-01-01");
    auto saved = f.registry->save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

} // namespace

TEST_CASE("Cells area: the Partners and Article 60 tabs", "[cells]")
{
    CellsArea area;
    REQUIRE(area.tabs()->count() >= 2);
    CHECK(area.findChild<PartnersView *>() != nullptr);
    CHECK(area.findChild<Article60View *>() != nullptr);
}

TEST_CASE("Partners view: adds a partner, shows the core's refusal on the field it names, edits and adds an agreement",
          "[cells][partners]")
{
    parcours::test::UiDatabase f;
    PartnersView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester agreementTester(view.agreementModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setDatabase(f.db.get());
    CHECK(view.model()->rowCount() == 0);

    auto *name = parcours::test::child<QLineEdit>(&view, "partnerName");
    auto *email = parcours::test::child<QLineEdit>(&view, "partnerEmail");
    auto *kind = parcours::test::child<QComboBox>(&view, "partnerKind");
    name->setText(QStringLiteral("Actiris Molenbeek"));
    kind->setCurrentIndex(kind->findData(int(PartnerKind::EmploymentService)));
    email->setText(QStringLiteral("not an address"));
    CHECK_FALSE(view.save());
    CHECK(view.errorText().startsWith(QStringLiteral("E-mail:")));
    CHECK(email->palette().color(QPalette::Base) != name->palette().color(QPalette::Base));
    CHECK(view.model()->rowCount() == 0);

    email->setText(QStringLiteral("molenbeek@actiris.be"));
    REQUIRE(view.save());
    CHECK(view.errorText().isEmpty());
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, PartnerListModel::Kind).data().toString() == QStringLiteral("Employment service"));

    // A second one of the same name is refused on the name field.
    view.newPartner();
    name->setText(QStringLiteral("actiris molenbeek"));
    CHECK_FALSE(view.save());
    CHECK(view.errorText().startsWith(QStringLiteral("Name:")));
    CHECK(view.model()->rowCount() == 1);

    // Edit the stored one: choose it, change the phone, save.
    view.table()->selectRow(0);
    CHECK(name->text() == QStringLiteral("Actiris Molenbeek"));
    parcours::test::child<QLineEdit>(&view, "partnerPhone")->setText(QStringLiteral("02 505 14 11"));
    REQUIRE(view.save());
    CHECK(view.model()->index(0, PartnerListModel::Phone).data().toString() == QStringLiteral("02 505 14 11"));

    // An agreement without a subject is refused; with one it is listed.
    parcours::test::child<QLineEdit>(&view, "agreementFrom")->setText(QStringLiteral("01/01/2024"));
    CHECK_FALSE(view.addAgreement());
    CHECK(view.errorText().startsWith(QStringLiteral("Subject:")));
    parcours::test::child<QLineEdit>(&view, "agreementSubject")->setText(QStringLiteral("Post-article-60 guidance"));
    REQUIRE(view.addAgreement());
    REQUIRE(view.agreementModel()->rowCount() == 1);
    CHECK(view.agreementModel()->index(0, AgreementListModel::Subject).data().toString() == QStringLiteral("Post-article-60 guidance"));

    // Made inactive it leaves the list unless inactive partners are shown.
    parcours::test::child<QCheckBox>(&view, "partnerActive")->setChecked(false);
    REQUIRE(view.save());
    parcours::test::child<QCheckBox>(&view, "showInactive")->setChecked(false);
    CHECK(view.model()->rowCount() == 0);
    parcours::test::child<QCheckBox>(&view, "showInactive")->setChecked(true);
    CHECK(view.model()->rowCount() == 1);
}

TEST_CASE("Article 60 view: the board shows vacant posts first, ending a contract proposes the post-article-60 placement",
          "[cells][article60]")
{
    parcours::test::UiDatabase f;
    Article60 a60(*f.db);
    Article60Post cook;
    cook.function = QStringLiteral("Cook");
    cook.place = QStringLiteral("Kitchen");
    const qint64 cookId = a60.addPost(cook).value();
    Article60Post clerk;
    clerk.function = QStringLiteral("Clerk");
    clerk.place = QStringLiteral("Reception");
    REQUIRE(a60.addPost(clerk));
    const qint64 dossier = addDossier(f, QStringLiteral("UI-A60"), QStringLiteral("Amrani"), 1);
    Article60Contract c;
    c.dossierId = dossier;
    c.postId = cookId;
    c.start = d("2024-05-06");
    c.daysNeeded = 60; // ends 2024-07-14
    const qint64 contractId = a60.addContract(c).value();

    Article60View view;
    QAbstractItemModelTester boardTester(view.boardModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester endingTester(view.endingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setDatabase(f.db.get());
    view.setDay(d("2024-06-01"));
    QTableView *board = view.boardTable();
    REQUIRE(board->model()->rowCount() == 2);
    CHECK(board->model()->index(0, PostBoardModel::Status).data().toString() == QStringLiteral("Vacant"));
    CHECK(board->model()->index(0, PostBoardModel::Function).data().toString() == QStringLiteral("Clerk"));
    CHECK(board->model()->index(1, PostBoardModel::Status).data().toString() == QStringLiteral("Filled"));
    CHECK(board->model()->index(1, PostBoardModel::HeldBy).data().toString() == QStringLiteral("Amrani, Sara (UI-A60)"));
    CHECK(parcours::test::child<QLabel>(&view, "article60Summary")->text() == QStringLiteral("2 posts: 1 filled, 1 vacant."));
    // The user's sort: by function, the cook comes after the clerk either way; by status descending, filled first.
    board->sortByColumn(PostBoardModel::Status, Qt::DescendingOrder);
    CHECK(board->model()->index(0, PostBoardModel::Status).data().toString() == QStringLiteral("Filled"));

    // Ending within 30 days: none; within 60: the cook's contract.
    view.setWindowDays(30);
    CHECK(view.endingModel()->rowCount() == 0);
    view.setWindowDays(60);
    REQUIRE(view.endingModel()->rowCount() == 1);
    CHECK(view.endingModel()->index(0, EndingContractModel::DaysLeft).data().toLongLong() == 43);

    // End the contract (the dialog, as the officer fills it), then the proposal.
    Result<Article60Contract> stored = a60.contract(contractId);
    REQUIRE(stored);
    EndContractDialog end(*f.db, stored.value());
    parcours::test::child<QLineEdit>(&end, "contractEnd")->setText(QStringLiteral("30/06/2024"));
    auto *reason = parcours::test::child<QComboBox>(&end, "contractEndReason");
    reason->setCurrentIndex(reason->findData(int(ContractEndReason::Completed)));
    REQUIRE(end.submit());

    QString asked;
    view.setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    const qint64 placementId = view.offerPostArticle60(contractId);
    INFO(view.statusText().toStdString());
    REQUIRE(placementId != 0);
    CHECK(asked.contains(QStringLiteral("01/07/2024")));
    CHECK(asked.contains(QStringLiteral("30/09/2024")));
    const std::optional<Placement> created = Trajectory(*f.db).placement(placementId);
    REQUIRE(created);
    CHECK(created->cell == Cell::PostArticle60);
    CHECK(created->start == d("2024-07-01"));
    CHECK(created->end == d("2024-09-30"));
    // Declined, nothing is created (and there is nothing more to propose anyway).
    view.setConfirmation([](const QString &) { return false; });
    CHECK(view.offerPostArticle60(contractId) == 0);
    CHECK(Trajectory(*f.db).placements(dossier).size() == 2);
}

TEST_CASE("Article 60 dialogs: a new contract shows its planned end and the core's refusal", "[cells][article60]")
{
    parcours::test::UiDatabase f;
    Article60 a60(*f.db);
    Article60Post half;
    half.function = QStringLiteral("Gardener");
    half.place = QStringLiteral("Parks");
    half.schedule = PostSchedule::Half;
    const qint64 postId = a60.addPost(half).value();
    addDossier(f, QStringLiteral("UI-G1"), QStringLiteral("Gardiner"), 2);

    ContractDialog dialog(*f.db, QStringLiteral("Marie"), postId);
    parcours::test::child<QLineEdit>(&dialog, "contractStart")->setText(QStringLiteral("01/01/2024"));
    parcours::test::child<QSpinBox>(&dialog, "contractDays")->setValue(6);
    // Half time: 6 days are two three-day weeks, 01/01 to 14/01.
    CHECK(dialog.plannedEndText().startsWith(QStringLiteral("14/01/2024")));
    CHECK_FALSE(dialog.submit()); // nobody chosen
    CHECK(dialog.errorText().contains(QStringLiteral("Person:")));
    parcours::test::child<QLineEdit>(&dialog, "contractSearch")->setText(QStringLiteral("Gardiner"));
    auto *people = parcours::test::child<QListWidget>(&dialog, "contractPeople");
    REQUIRE(people->count() == 1);
    REQUIRE(dialog.submit());
    const QList<Placement> placements = Trajectory(*f.db).placements(people->currentItem()->data(Qt::UserRole).toLongLong());
    REQUIRE(placements.size() == 1);
    CHECK(placements.at(0).cell == Cell::Article60);
    CHECK(placements.at(0).end == d("2024-01-14"));
}

TEST_CASE("Placement dialog: the partner of a placement is chosen among the active partners", "[cells][partners]")
{
    parcours::test::UiDatabase f;
    Partners partners(*f.db);
    Partner school;
    school.name = QStringLiteral("Bruxelles Formation");
    school.kind = PartnerKind::Training;
    const qint64 schoolId = partners.add(school).value();
    Partner closed;
    closed.name = QStringLiteral("Closed workshop");
    closed.active = false;
    const qint64 closedId = partners.add(closed).value();
    const qint64 dossier = addDossier(f, QStringLiteral("UI-P1"), QStringLiteral("Peeters"), 4);
    Trajectory trajectory(*f.db);

    PlacementDialog::Context context;
    context.dossier = {dossier, QStringLiteral("UI-P1"), d("2023-01-01"), {}};
    PlacementDialog refer(trajectory, PlacementDialog::Mode::Refer, context);
    auto *partner = parcours::test::child<QComboBox>(&refer, "partnerCombo");
    CHECK(partner->findData(schoolId) >= 0);
    CHECK(partner->findData(closedId) < 0); // inactive: not offered for a new placement
    parcours::test::child<QComboBox>(&refer, "cellCombo")->setCurrentIndex(int(Cell::Studies));
    parcours::test::child<QLineEdit>(&refer, "startEdit")->setText(QStringLiteral("01/02/2024"));
    partner->setCurrentIndex(partner->findData(schoolId));
    REQUIRE(refer.submit());
    Placement stored = trajectory.placement(refer.savedPlacementId()).value();
    CHECK(stored.partnerId == schoolId);

    // A placement at a partner that has become inactive keeps it in the edit dialog.
    stored.partnerId = closedId;
    REQUIRE(trajectory.update(stored));
    PlacementDialog edit(trajectory, PlacementDialog::Mode::Edit, context, trajectory.placement(stored.id).value());
    auto *editPartner = parcours::test::child<QComboBox>(&edit, "partnerCombo");
    CHECK(editPartner->currentData().toLongLong() == closedId);
    REQUIRE(edit.submit());
    CHECK(trajectory.placement(stored.id)->partnerId == closedId);
}

TEST_CASE("Job Table orientation: the partner column shows the partner and edits it through the model", "[cells][jobtable]")
{
    OrientationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Participant p;
    p.id = 7;
    p.lastName = QStringLiteral("Janssens");
    p.firstName = QStringLiteral("Eva");
    p.orientationPartnerId = 3;
    model.setPartnerNames({{3, QStringLiteral("Actiris")}, {4, QStringLiteral("VDAB Brussel")}});
    model.setRows({p});
    CHECK(model.index(0, OrientationModel::Partner).data().toString() == QStringLiteral("Actiris"));
    CHECK(model.flags(model.index(0, OrientationModel::Partner)) & Qt::ItemIsEditable);
    qint64 edited = -1;
    QObject::connect(&model, &OrientationModel::partnerEdited, [&edited](qint64 participant, qint64 partner) {
        CHECK(participant == 7);
        edited = partner;
    });
    REQUIRE(model.setData(model.index(0, OrientationModel::Partner), qint64(4)));
    CHECK(edited == 4);
}
