// SPDX-License-Identifier: GPL-3.0-or-later
// Several officers at once: the dossier form and the placement dialog, opened before somebody
// else saved the same record, show who changed it and when with "Reload"; what the officer
// typed stays until they reload, and Reload shows the other officer's values (in the fields
// and in the heading). The same for the GPMI and its evaluations.
#include "balance/evaluationdialog.h"
#include "balance/gpmi.h"
#include "balance/gpmipage.h"
#include "dateedit.h"
#include "dossierform.h"
#include "messagebar.h"
#include "placementdialog.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;
using parcours::test::UiDatabase;

namespace {

// A second officer working on the same database file through their own connection.
struct SecondOfficer
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    explicit SecondOfficer(UiDatabase &t)
    {
        {
            Transaction tx(t.db->sql());
            REQUIRE(tx.active());
            QSqlQuery q(t.db->sql());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO account (username, display_name, role, password_hash, created_at) "
                                          "VALUES ('marie', 'Marie Dubois', 'officer', '$argon2id$not-a-real-hash', "
                                          "'2026-01-01T00:00:00.000Z')")));
            REQUIRE(tx.commit().ok());
        }
        auto opened = Database::open(t.dir.filePath(QStringLiteral("parcours.sqlite")), {Database::Mode::MustExist, 2000});
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        db = opened.take();
        Actor marie;
        marie.name = QStringLiteral("marie");
        marie.displayName = QStringLiteral("Marie Dubois");
        marie.role = Role::Officer;
        marie.kind = Actor::Kind::User;
        db->setActor(marie);
        registry = std::make_unique<Registry>(*db);
    }
};

qint64 storedDossier(Registry &registry)
{
    Person p;
    p.lastName = QStringLiteral("Maes");
    p.firstName = QStringLiteral("Yasmina");
    p.birthDate = QDate(1988, 6, 3);
    p.gender = Gender::Female;
    p.nationalNumber = NationalNumber::make(p.birthDate, 42);
    Dossier d;
    d.reference = QStringLiteral("2024/0123");
    d.opened = QDate(2024, 1, 15);
    d.officer = QStringLiteral("Jan Peeters");
    auto saved = registry.save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved->dossierId;
}

// Saves, through the page, a GPMI signed on 2024-02-08 with one employment goal.
void signContract(GpmiPage &page)
{
    Gpmi g = page.contract();
    g.start = QDate(2024, 2, 1);
    g.offered = QDate(2024, 2, 1);
    g.signed_ = QDate(2024, 2, 8);
    g.domains = {GpmiDomain::Employment};
    g.goals = {{QStringLiteral("Find work as a cook"), QStringLiteral("applies every week"), QStringLiteral("Job Table"), {}}};
    page.setContract(g);
    REQUIRE(page.saveContract().ok());
}

} // namespace

TEST_CASE("A dossier form saved after another officer's save shows who and when, and Reload shows their values",
          "[ui][form][concurrency]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    SecondOfficer marie(t);

    DossierForm form(*t.registry);
    REQUIRE(form.loadDossier(id));
    form.show();

    // Marie changes the phone number and the officer while the form is open.
    Dossier d = *marie.registry->dossier(id);
    Person p = *marie.registry->person(d.personId);
    p.phone = QStringLiteral("02 412 36 00");
    d.officer = QStringLiteral("Marie Dubois");
    REQUIRE(marie.registry->save(p, d).ok());

    child<QLineEdit>(&form, "addressEdit")->setText(QStringLiteral("Rue de Ribaucourt 12, 1080 Molenbeek"));
    CHECK_FALSE(form.save());
    MessageBar *bar = form.conflictBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QLatin1String("Marie Dubois")));
    CHECK(bar->text().contains(QLatin1String("2024/0123")));
    CHECK(form.isVisible()); // the form stays open …
    CHECK(child<QLineEdit>(&form, "addressEdit")->text() == QStringLiteral("Rue de Ribaucourt 12, 1080 Molenbeek")); // … with the text
    CHECK(t.registry->person(p.id)->address.isEmpty()); // nothing of it was written

    QPushButton *reload = bar->actionButton();
    REQUIRE(reload->isVisible());
    reload->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QLineEdit>(&form, "phoneEdit")->text() == QStringLiteral("02 412 36 00"));
    CHECK(child<QLineEdit>(&form, "officerEdit")->text() == QStringLiteral("Marie Dubois"));
    CHECK(child<QLineEdit>(&form, "addressEdit")->text().isEmpty());
    CHECK_FALSE(form.isModified());

    // Typed again on the reloaded dossier, the save goes through and keeps Marie's change.
    child<QLineEdit>(&form, "addressEdit")->setText(QStringLiteral("Rue de Ribaucourt 12, 1080 Molenbeek"));
    REQUIRE(form.save());
    CHECK(t.registry->person(p.id)->address == QStringLiteral("Rue de Ribaucourt 12, 1080 Molenbeek"));
    CHECK(t.registry->person(p.id)->phone == QStringLiteral("02 412 36 00"));
}

TEST_CASE("A placement edited after another officer's save shows who and when, and Reload shows their values",
          "[ui][trajectory][concurrency]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    SecondOfficer marie(t);
    Trajectory mine(*t.db);
    const qint64 placementId = mine.refer(id, Cell::Work, QDate(2024, 2, 1), QStringLiteral("Jan Peeters"),
                                          QStringLiteral("job search")).value();

    PlacementDialog::Context context;
    context.dossier = {id, QStringLiteral("2024/0123"), QDate(2024, 1, 15), {}};
    context.personName = QStringLiteral("Maes, Yasmina");
    context.placements = mine.placements(id);
    PlacementDialog dialog(mine, PlacementDialog::Mode::Edit, context, *mine.placement(placementId));
    dialog.show();

    Trajectory hers(*marie.db);
    Placement changed = *hers.placement(placementId);
    changed.note = QStringLiteral("Interview at Actiris on Monday");
    REQUIRE(hers.update(changed).ok());

    child<QLineEdit>(&dialog, "reasonEdit")->setText(QStringLiteral("logistics"));
    CHECK_FALSE(dialog.submit());
    MessageBar *bar = dialog.conflictBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QLatin1String("Marie Dubois")));
    CHECK(child<QLineEdit>(&dialog, "reasonEdit")->text() == QStringLiteral("logistics"));
    CHECK(mine.placement(placementId)->reason == QStringLiteral("job search"));

    bar->actionButton()->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QLabel>(&dialog, "placementContext")->text() == QStringLiteral("<b>2024/0123</b> — Maes, Yasmina"));
    CHECK(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText() == QStringLiteral("Interview at Actiris on Monday"));
    CHECK(child<QLineEdit>(&dialog, "reasonEdit")->text() == QStringLiteral("job search"));
    child<QLineEdit>(&dialog, "reasonEdit")->setText(QStringLiteral("logistics"));
    REQUIRE(dialog.submit());
    CHECK(mine.placement(placementId)->reason == QStringLiteral("logistics"));
    CHECK(mine.placement(placementId)->note == QStringLiteral("Interview at Actiris on Monday"));
}

TEST_CASE("Ending a placement another officer moved meanwhile: after Reload the heading says where it stands now",
          "[ui][trajectory][concurrency]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    SecondOfficer marie(t);
    Trajectory mine(*t.db);
    const qint64 placementId = mine.refer(id, Cell::Work, QDate(2024, 2, 1), QStringLiteral("Jan Peeters"),
                                          QStringLiteral("job search")).value();

    PlacementDialog::Context context;
    context.dossier = {id, QStringLiteral("2024/0123"), QDate(2024, 1, 15), {}};
    context.personName = QStringLiteral("Maes, Yasmina");
    context.placements = mine.placements(id);
    context.today = QDate(2024, 6, 28);
    PlacementDialog dialog(mine, PlacementDialog::Mode::End, context, *mine.placement(placementId));
    dialog.show();
    QLabel *heading = child<QLabel>(&dialog, "placementContext");
    CHECK(heading->text() == QStringLiteral("<b>2024/0123</b> — Maes, Yasmina<br>Work since 01/02/2024"));

    // Marie corrects the referral: the person started in the Studies cell on 5 February.
    Trajectory hers(*marie.db);
    Placement changed = *hers.placement(placementId);
    changed.cell = Cell::Studies;
    changed.start = QDate(2024, 2, 5);
    const Status herUpdate = hers.update(changed);
    INFO(herUpdate.error().toStdString());
    REQUIRE(herUpdate.ok());

    auto *outcome = child<QComboBox>(&dialog, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Job)));
    CHECK_FALSE(dialog.submit());
    INFO(dialog.errorText().toStdString());
    MessageBar *bar = dialog.conflictBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QLatin1String("Marie Dubois")));
    CHECK(mine.placement(placementId)->isOpen()); // nothing was written
    CHECK(heading->text().endsWith(QLatin1String("Work since 01/02/2024"))); // as opened, until Reload

    bar->actionButton()->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(heading->text() == QStringLiteral("<b>2024/0123</b> — Maes, Yasmina<br>Studies and training since 05/02/2024"));
    REQUIRE(dialog.submit());
    CHECK(mine.placement(placementId)->end == QDate(2024, 6, 28));
    CHECK(mine.placement(placementId)->cell == Cell::Studies);
    CHECK(mine.placement(placementId)->outcome == Outcome::Job);
}

TEST_CASE("A GPMI saved after another officer amended it shows who and when, and Reload shows their contract",
          "[ui][gpmi][concurrency]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    SecondOfficer marie(t);
    const Dossier dossier = *t.registry->dossier(id);
    const Person person = *t.registry->person(dossier.personId);

    GpmiPage page(*t.db);
    page.setDossier(person, dossier);
    page.show();
    signContract(page);

    // Marie names the partners while the page is open.
    Gpmi hers = *GpmiStore(*marie.db).gpmiOf(id);
    hers.partners = {QStringLiteral("Actiris")};
    REQUIRE(GpmiStore(*marie.db).save(hers).ok());

    child<QLineEdit>(&page, "gpmiPartners")->setText(QStringLiteral("VDAB"));
    CHECK_FALSE(page.saveContract().ok());
    MessageBar *bar = page.conflictBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QLatin1String("Marie Dubois")));
    CHECK(child<QLineEdit>(&page, "gpmiPartners")->text() == QStringLiteral("VDAB")); // what was typed stays
    CHECK(GpmiStore(*t.db).gpmiOf(id)->partners == QStringList{QStringLiteral("Actiris")}); // and nothing was written

    REQUIRE(bar->actionButton()->isVisible());
    bar->actionButton()->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QLineEdit>(&page, "gpmiPartners")->text() == QStringLiteral("Actiris"));

    // After the reload the officer's own change goes through.
    child<QLineEdit>(&page, "gpmiPartners")->setText(QStringLiteral("Actiris; VDAB"));
    REQUIRE(page.saveContract().ok());
    CHECK(GpmiStore(*t.db).gpmiOf(id)->partners == QStringList{QStringLiteral("Actiris"), QStringLiteral("VDAB")});
}

TEST_CASE("A GPMI evaluation changed after another officer's change shows who and when, and Reload shows theirs",
          "[ui][gpmi][concurrency]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    SecondOfficer marie(t);
    const Dossier dossier = *t.registry->dossier(id);
    const Person person = *t.registry->person(dossier.personId);

    GpmiPage page(*t.db);
    page.setDossier(person, dossier);
    page.show();
    signContract(page);
    GpmiEvaluation first;
    first.date = QDate(2024, 5, 2);
    first.progress = {QStringLiteral("two applications")};
    first.nextSteps = QStringLiteral("CV");
    REQUIRE(page.addEvaluation(first).ok());
    REQUIRE(page.shownEvaluations().size() == 1);
    const Gpmi stored = *GpmiStore(*t.db).gpmiOf(id);

    EvaluationDialog dialog(*t.db, stored, page.shownEvaluations().at(0), &page);
    dialog.show();
    CHECK(child<QLineEdit>(&dialog, "evaluationProgress1")->text() == QStringLiteral("two applications"));

    // Marie notes the next steps while the dialog is open.
    GpmiEvaluation hers = *GpmiStore(*marie.db).evaluation(page.shownEvaluations().at(0).id);
    hers.nextSteps = QStringLiteral("Interview at Actiris on Monday");
    REQUIRE(GpmiStore(*marie.db).saveEvaluation(hers).ok());

    child<QLineEdit>(&dialog, "evaluationProgress1")->setText(QStringLiteral("five applications"));
    CHECK_FALSE(dialog.submit());
    MessageBar *bar = dialog.conflictBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QLatin1String("Marie Dubois")));
    CHECK(bar->text().contains(QLatin1String("02/05/2024"))); // the interface's dates
    CHECK(child<QLineEdit>(&dialog, "evaluationProgress1")->text() == QStringLiteral("five applications")); // typed: stays
    CHECK(GpmiStore(*t.db).evaluation(hers.id)->progress == QStringList{QStringLiteral("two applications")}); // not written

    REQUIRE(bar->actionButton()->isVisible());
    bar->actionButton()->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QPlainTextEdit>(&dialog, "evaluationNextSteps")->toPlainText() == QStringLiteral("Interview at Actiris on Monday"));
    CHECK(child<QLineEdit>(&dialog, "evaluationProgress1")->text() == QStringLiteral("two applications"));

    // A refusal of another kind is shown above the fields, not as a conflict.
    child<DateEdit>(&dialog, "evaluationDate")->setDate(QDate(2024, 2, 7)); // before the signature
    CHECK_FALSE(dialog.submit());
    CHECK_FALSE(bar->isVisible());
    CHECK(dialog.errorText().startsWith(
        QLatin1String("The evaluation was not saved: The evaluation of 07/02/2024 lies before the signature")));
    child<DateEdit>(&dialog, "evaluationDate")->setDate(QDate(2024, 5, 2));

    child<QLineEdit>(&dialog, "evaluationProgress1")->setText(QStringLiteral("five applications"));
    REQUIRE(dialog.submit());
    const GpmiEvaluation both = *GpmiStore(*t.db).evaluation(hers.id);
    CHECK(both.progress == QStringList{QStringLiteral("five applications")});
    CHECK(both.nextSteps == QStringLiteral("Interview at Actiris on Monday"));
}

TEST_CASE("The GPMI tab changes an evaluation in the evaluation dialog and shows the change", "[ui][gpmi]")
{
    UiDatabase t;
    const qint64 id = storedDossier(*t.registry);
    const Dossier dossier = *t.registry->dossier(id);
    const Person person = *t.registry->person(dossier.personId);
    GpmiPage page(*t.db);
    page.setDossier(person, dossier);
    page.show();
    signContract(page);
    GpmiEvaluation first;
    first.date = QDate(2024, 5, 2);
    first.nextSteps = QStringLiteral("CV");
    REQUIRE(page.addEvaluation(first).ok());

    auto *edit = child<QPushButton>(&page, "editEvaluationButton");
    CHECK_FALSE(edit->isEnabled()); // nothing chosen yet
    page.evaluationTable()->setCurrentCell(0, 0);
    REQUIRE(edit->isEnabled());

    QString shownNextSteps;
    QTimer::singleShot(0, &page, [&page, &shownNextSteps] {
        auto *dialog = page.findChild<EvaluationDialog *>();
        if (!dialog)
            return;
        auto *next = child<QPlainTextEdit>(dialog, "evaluationNextSteps");
        shownNextSteps = next->toPlainText();
        next->setPlainText(QStringLiteral("CV and cover letter"));
        dialog->submit();
    });
    edit->click();
    CHECK(shownNextSteps == QStringLiteral("CV"));
    REQUIRE(page.evaluationTable()->rowCount() == 1);
    CHECK(page.evaluationTable()->item(0, 3)->text() == QStringLiteral("CV and cover letter"));
    CHECK(page.statusLabel()->text() == QStringLiteral("The evaluation of 02/05/2024 was changed."));
    CHECK(page.findChild<EvaluationDialog *>() == nullptr); // closed
}
