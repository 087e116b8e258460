// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → language, seen from the other areas: after a switch the labels, headers and
// buttons of the Job Table area, the Reports page, the GPMI follow-up, the balance views and
// an open dossier window speak the new language, dates and percentages follow its locale,
// and nothing typed, chosen or selected is lost. The switch goes through the Settings page,
// as the user makes it; the expected texts are the shipped Dutch and French translations.
#include "uitestsupport.h"

#include "dateedit.h"
#include "domain/nationalnumber.h"
#include "jobtable/freeaccessview.h"
#include "jobtable/jobtablearea.h"
#include "jobtable/jobtablefiguresview.h"
#include "jobtable/jobtablemodels.h"
#include "jobtable/jobtablepage.h"
#include "jobtable/jobtables.h"
#include "balance/balancepage.h"
#include "balance/balancestore.h"
#include "balance/compliancemodel.h"
#include "balance/complianceview.h"
#include "balance/gpmipage.h"
#include "charts/evolutionchart.h"
#include "dossierwindow.h"
#include "interchange/figurescsv.h"
#include "reports/caseloadreportview.h"
#include "reports/durationreportview.h"
#include "reports/evolutionmodel.h"
#include "reports/flowreportview.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "settingspage.h"
#include "trajectory/trajectory.h"
#include "trajectorytestsupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QChart>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QToolButton>
#include <QValueAxis>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;

namespace {

// Restores the language the other tests expect (the machine's, with the C locale) however a
// test ends.
struct LanguageGuard
{
    QLocale locale;
    ~LanguageGuard()
    {
        SettingsPage page;
        page.chooseLanguage(QString());
        QSettings().remove(QStringLiteral("language"));
        QLocale::setDefault(locale);
        QCoreApplication::processEvents();
    }
};

// What the user does in Settings: picks the language in the list. Qt then posts
// QEvent::LanguageChange to the windows.
void switchLanguage(const QString &code)
{
    SettingsPage settings;
    auto *combo = child<QComboBox>(&settings, "interfaceLanguageCombo");
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCoreApplication::processEvents();
}

QString fixture(const QString &relative)
{
    QString dir = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (dir.isEmpty())
        dir = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(dir).filePath(relative);
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

bool hasLabel(const QWidget *parent, const QString &text)
{
    for (QLabel *label : parent->findChildren<QLabel *>())
        if (label->text() == text)
            return true;
    return false;
}

QString header(const QAbstractItemView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString();
}

// A launched group of three with two meetings; returns its id.
qint64 launchedGroup(parcours::test::UiDatabase &f)
{
    JobTables tables(*f.db);
    JobTable t;
    t.title = QStringLiteral("Group of three");
    t.capacity = 3;
    const qint64 id = tables.create(t).value();
    for (int i = 0; i < 3; ++i) {
        Person p;
        p.lastName = QStringLiteral("Name%1").arg(i);
        p.firstName = QStringLiteral("Ann");
        p.birthDate = QDate(1985, 1, 1 + i);
        p.nationalNumber = NationalNumber::make(p.birthDate, 11);
        Dossier dossier;
        dossier.reference = QStringLiteral("RT-%1").arg(i);
        dossier.opened = d("2010-01-01");
        const qint64 dossierId = f.registry->save(p, dossier).value().dossierId;
        const qint64 participant = tables.addParticipant(id, dossierId, d("2013-12-02")).value();
        REQUIRE(tables.acceptRules(participant, QStringLiteral("1"), d("2013-12-02")).ok());
    }
    REQUIRE(tables.setStage(id, Stage::Composing, {{}, d("2013-12-05"), {}}).ok());
    REQUIRE(tables.setStage(id, Stage::Launch, {{}, d("2013-12-31"), {}}).ok());
    REQUIRE(tables.addMeeting({0, id, Stage::JobSearch, QDateTime(d("2014-01-15"), QTime(9, 30)), QStringLiteral("CV")}).ok());
    return id;
}

} // namespace

TEST_CASE("The Job Table area retranslates and keeps the fiche and the debriefing being typed", "[ui][i18n][jobtable]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase f;
    const qint64 id = launchedGroup(f);
    JobTableArea area;
    area.resize(1280, 800);
    area.setDatabase(f.db.get());
    parcours::test::showActive(&area);
    area.openJobTable(id);
    JobTablePage *page = area.page();
    REQUIRE(page->jobTableId() == id);
    CHECK(page->nextText().contains(QStringLiteral("Done: Launch on 31/12/2013")));

    // Unsaved work: a new title and a stage note in the fiche, the debriefing, a module and a
    // participant chosen.
    page->tabs()->setCurrentIndex(JobTablePage::DebriefingTab);
    auto *debriefing = child<QPlainTextEdit>(page, "debriefingEdit");
    debriefing->setFocus();
    QTest::keyClicks(debriefing, QStringLiteral("Goede groep"));
    debriefing->moveCursor(QTextCursor::Start);
    debriefing->moveCursor(QTextCursor::NextWord, QTextCursor::KeepAnchor);
    const QString selected = debriefing->textCursor().selectedText();
    CHECK(selected.startsWith(QStringLiteral("Goede")));
    auto *titleEdit = page->tabs()->widget(JobTablePage::FicheTab)->findChildren<QLineEdit *>().value(0);
    REQUIRE(titleEdit);
    titleEdit->setText(QStringLiteral("Groep van drie, herzien"));
    auto *participants = child<QTableView>(page, "participantTable");
    participants->selectRow(1);

    switchLanguage(QStringLiteral("nl"));

    // (a) The labels, tabs, buttons, placeholders and headers are Dutch.
    CHECK(page->tabs()->tabText(JobTablePage::FicheTab) == QStringLiteral("Fiche en etappes"));
    CHECK(page->tabs()->tabText(JobTablePage::DebriefingTab) == QStringLiteral("Debriefing"));
    CHECK(area.tabs()->tabText(1) == QStringLiteral("Vrije toegang"));
    CHECK(buttonWithText(page, QStringLiteral("Fiche bewaren")) != nullptr);
    CHECK(buttonWithText(page, QStringLiteral("Debriefing bewaren")) != nullptr);
    CHECK(child<QPushButton>(page, "printFicheButton")->text() == QStringLiteral("Technische fiche (PDF)…"));
    CHECK(header(participants, ParticipantModel::Rules) == QStringLiteral("Gebruiksregels aanvaard"));
    CHECK(participants->horizontalHeader()->model()->headerData(ParticipantModel::Rules, Qt::Horizontal).toString()
          == QStringLiteral("Gebruiksregels aanvaard"));
    // (c) … and the dates of what is done in the Dutch form.
    CHECK(page->nextText().startsWith(QStringLiteral("Gedaan: ")));
    CHECK(page->nextText().contains(QStringLiteral("31/12/2013")));

    // (b) Nothing typed or chosen was lost.
    CHECK(debriefing->toPlainText() == QStringLiteral("Goede groep"));
    CHECK(debriefing->textCursor().selectedText() == selected);
    CHECK(titleEdit->text() == QStringLiteral("Groep van drie, herzien"));
    CHECK(participants->selectionModel()->isRowSelected(1, {}));
    CHECK(page->tabs()->currentIndex() == JobTablePage::DebriefingTab);

    // Français: the same, and the typed debriefing can still be saved.
    switchLanguage(QStringLiteral("fr"));
    CHECK(page->tabs()->tabText(JobTablePage::FicheTab) == QStringLiteral("Fiche et étapes"));
    CHECK(buttonWithText(page, QStringLiteral("Enregistrer la fiche")) != nullptr);
    CHECK(area.tabs()->tabText(1) == QStringLiteral("Accès libre"));
    CHECK(header(participants, ParticipantModel::Rules) == QStringLiteral("Règles d'utilisation acceptées"));
    CHECK(page->nextText().startsWith(QStringLiteral("Fait : ")));
    CHECK(debriefing->toPlainText() == QStringLiteral("Goede groep"));
    child<QPushButton>(page, "saveDebriefingButton")->click();
    CHECK(JobTables(*f.db).jobTable(id)->debriefing == QStringLiteral("Goede groep"));
    // Saving the debriefing reads the group again: the fiche's unsaved title was not part of it.
    CHECK(page->error().isEmpty());
}

TEST_CASE("The free access and the Job Table figures retranslate and keep the reference typed", "[ui][i18n][jobtable]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase f;
    launchedGroup(f);
    FreeAccessView access;
    access.setDatabase(f.db.get());
    access.show();
    access.referenceField()->setText(QStringLiteral("RT-1"));
    access.dayField()->setDate(d("2013-12-31"));
    JobTableFiguresView figures;
    figures.setDatabase(f.db.get());
    figures.setPeriod(d("2013-01-01"), d("2013-12-31"));
    figures.show();
    REQUIRE(figures.model()->rowCount() == 2);

    switchLanguage(QStringLiteral("fr"));
    CHECK(access.referenceField()->text() == QStringLiteral("RT-1"));
    CHECK(access.referenceField()->placeholderText() == QStringLiteral("Anonyme (ou tapez la référence du dossier)"));
    CHECK(access.dayField()->text() == QStringLiteral("31/12/2013"));
    CHECK(access.purposeButton(VisitPurpose::Computer)->text() == QStringLiteral("Ordinateur"));
    CHECK(access.findChild<QLabel *>(QStringLiteral("rulesInForce"))->text()
          == QStringLiteral("Aucune règle d'utilisation n'est encore enregistrée."));
    CHECK(figures.model()->headerData(JobTableFigureModel::Launched, Qt::Horizontal).toString() == QStringLiteral("Lancée"));
    CHECK(figures.model()->index(1, JobTableFigureModel::Title).data().toString() == QStringLiteral("Total"));
    CHECK(hasLabel(&figures, QStringLiteral("Lancées du")));
}

TEST_CASE("The Reports page retranslates its table, chart and tabs and keeps the period being typed", "[ui][i18n][reports]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase data;
    // The seed's published figures: 70,75 % in June 2013.
    REQUIRE(FiguresCsv::importFile(*data.db, fixture(QStringLiteral("seed-evolution-figures.csv"))).ok());
    ReportsPage page;
    page.resize(1280, 760);
    page.setDatabase(data.db.get());
    page.setPeriod(d("2009-01-01"), d("2013-12-31"), Evolution::Step::Year);
    page.setSource(EvolutionTable::Source::Recorded);
    parcours::test::showActive(&page);
    REQUIRE(parcours::test::eventually([&page] { return !page.busy() && page.model()->rowCount() == 5; }, 20000));
    const EvolutionModel &model = *page.model();
    QTableView *table = page.table();
    const int june2013 = 4;
    REQUIRE(model.rowAt(june2013)->date == d("2013-06-30"));
    CHECK(table->model()->index(june2013, EvolutionModel::IntegratedPct).data().toString() == QStringLiteral("70.75 %"));

    // Unsaved: a new start typed but not applied (no Update), a cell selected, the quarter
    // step chosen, the chart's kind chosen.
    auto *from = child<DateEdit>(&page, "reportsFrom");
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("1/1/2011"));
    table->setCurrentIndex(table->model()->index(june2013, EvolutionModel::Integrated));
    auto *step = child<QComboBox>(&page, "reportsStep");
    step->setCurrentIndex(step->findData(int(Evolution::Step::Quarter)));
    auto *kind = child<QComboBox>(&page, "chartKind");
    kind->setCurrentIndex(kind->findData(int(EvolutionChart::Kind::Rates)));

    switchLanguage(QStringLiteral("nl"));

    // (a) Dutch tabs, buttons, headers, chart axis.
    CHECK(page.tabs()->tabText(0) == QStringLiteral("Evolutietabel"));
    CHECK(page.tabs()->tabText(2) == QStringLiteral("Stromen tussen cellen"));
    CHECK(child<QPushButton>(&page, "reportsUpdate")->text() == QStringLiteral("&Bijwerken"));
    CHECK(child<QComboBox>(&page, "reportsSource")->currentText() == QStringLiteral("Alleen gepubliceerd"));
    CHECK(step->currentText() == QStringLiteral("Kwartaal"));
    CHECK(hasLabel(&page, QStringLiteral("&Van:")));
    CHECK(table->model()->headerData(EvolutionModel::Integrated, Qt::Horizontal).toString() == QStringLiteral("Geïntegreerd"));
    CHECK(table->model()->index(june2013, EvolutionModel::Source).data().toString() == QStringLiteral("gepubliceerd"));
    QChart *chart = page.chartView()->chart();
    REQUIRE(chart->axes(Qt::Vertical).size() == 1);
    CHECK(chart->axes(Qt::Vertical).first()->titleText() == QStringLiteral("% van de dossiers"));
    CHECK(chart->axes(Qt::Horizontal).first()->titleText() == QStringLiteral("Datum"));
    // (c) Percentages and counts in the Dutch form.
    CHECK(table->model()->index(june2013, EvolutionModel::IntegratedPct).data().toString() == QStringLiteral("70,75 %"));
    CHECK(table->model()->index(june2013, EvolutionModel::Dossiers).data().toString() == QStringLiteral("5.453"));
    // (b) The typed start (the same day, written as the language writes dates), the current
    // cell, the step and the kind stay; nothing was recomputed.
    CHECK(from->date() == d("2011-01-01"));
    CHECK(from->text() == QStringLiteral("01/01/2011"));
    CHECK(table->currentIndex() == table->model()->index(june2013, EvolutionModel::Integrated));
    CHECK(step->currentData().toInt() == int(Evolution::Step::Quarter));
    CHECK(kind->currentData().toInt() == int(EvolutionChart::Kind::Rates));
    CHECK(model.rowCount() == 5);

    switchLanguage(QStringLiteral("fr"));
    CHECK(page.tabs()->tabText(0) == QStringLiteral("Tableau d'évolution"));
    CHECK(table->model()->headerData(EvolutionModel::Integrated, Qt::Horizontal).toString() == QStringLiteral("Intégrés"));
    CHECK(page.chartView()->chart()->axes(Qt::Vertical).first()->titleText() == QStringLiteral("% des dossiers"));
    CHECK(table->model()->index(june2013, EvolutionModel::IntegratedPct).data().toString() == QStringLiteral("70,75 %"));
    CHECK(table->model()->index(june2013, EvolutionModel::Dossiers).data().toString().remove(QChar(0x202f)).remove(QChar(0xa0))
          == QStringLiteral("5453")); // French groups digits with a (narrow) space
    CHECK(from->date() == d("2011-01-01"));
    // Update takes what was typed: the recorded rows from 2011 on.
    child<QPushButton>(&page, "reportsUpdate")->click();
    REQUIRE(parcours::test::eventually([&page] { return !page.busy() && page.model()->rowCount() == 3; }, 20000));
}

TEST_CASE("The report views retranslate their headers, rows and summary and keep the period and selection", "[ui][i18n][reports]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 aerts = parcours::test::addDossier(*t.registry, QStringLiteral("Aerts"), QStringLiteral("Ilse"),
                                                    QStringLiteral("D-1"), QDate(2023, 12, 1), {}, 102);
    parcours::test::addPlacement(trajectory, aerts, Cell::Work, QDate(2024, 2, 1), QDate(2024, 5, 31),
                                 QStringLiteral("Pieter De Wolf"), Outcome::Job);
    const auto computeAndWait = [](ReportView &view) {
        QSignalSpy finished(&view, &ReportView::finished);
        view.compute();
        REQUIRE(parcours::test::eventually([&] { return finished.count() == 1; }, 30000));
        REQUIRE(finished.at(0).at(0).toBool());
    };

    FlowReportView flows(*t.db);
    flows.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    flows.show();
    computeAndWait(flows);
    REQUIRE(flows.model()->rowCount() > 0);
    flows.table()->selectRow(0);
    auto *flowTo = child<DateEdit>(&flows, "flowTo");
    flowTo->setText(QStringLiteral("30/06/2024")); // typed, not computed yet

    DurationReportView durations(*t.db);
    durations.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    durations.show();
    computeAndWait(durations);

    CaseloadReportView caseload(*t.db);
    caseload.setDay(QDate(2024, 3, 31));
    caseload.setBy(CaseloadReport::By::Officer);
    caseload.show();
    computeAndWait(caseload);
    const int last = caseload.model()->rowCount() - 1;
    caseload.table()->selectRow(last);

    switchLanguage(QStringLiteral("nl"));

    CHECK(child<QPushButton>(&flows, "reportComputeButton")->text() == QStringLiteral("Be&rekenen"));
    CHECK(flows.model()->headerData(FlowReportView::Count, Qt::Horizontal).toString() == QStringLiteral("Personen"));
    CHECK(flows.balanceModel()->text(flows.balanceModel()->rowCount() - 1, FlowReportView::BalanceCell)
          == QStringLiteral("Alle cellen"));
    CHECK(flows.summary().contains(QStringLiteral("Van 01/01/2024 tot 31/12/2024")));
    CHECK(flows.summary().contains(QStringLiteral("instroom in een cel")));
    CHECK(flowTo->text() == QStringLiteral("30/06/2024"));
    CHECK(flows.table()->selectionModel()->isRowSelected(0, {}));
    CHECK(hasLabel(&flows, QStringLiteral("&Van:")));

    CHECK(durations.model()->headerData(DurationReportView::Median, Qt::Horizontal).toString()
          == QStringLiteral("Mediaan (dagen)"));
    CHECK(durations.model()->rowCount() > 0); // the rows are back, in Dutch
    CHECK(durations.summary().contains(QStringLiteral("Etappes beëindigd van 01/01/2024 tot 31/12/2024")));

    CHECK(child<QComboBox>(&caseload, "caseloadReportBy")->currentText() == QStringLiteral("Per invoegambtenaar"));
    CHECK(child<QComboBox>(&caseload, "caseloadReportBy")->currentData().toInt() == int(CaseloadReport::By::Officer));
    CHECK(caseload.model()->text(last, 0) == QStringLiteral("Alle invoegambtenaren"));
    CHECK(caseload.table()->selectionModel()->isRowSelected(last, {}));
    CHECK(caseload.summary().contains(QStringLiteral("<b>Op 31/03/2024</b>")));
}

TEST_CASE("The GPMI follow-up retranslates its findings and keeps the day, the officer and the dossier chosen", "[ui][i18n][compliance]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase t;
    const qint64 wouters = parcours::test::addDossier(*t.registry, QStringLiteral("Wouters"), QStringLiteral("An"),
                                                      QStringLiteral("D-2024-0103"), QDate(2024, 1, 2), {}, 103,
                                                      QStringLiteral("Sofie Claes"));
    parcours::test::addDossier(*t.registry, QStringLiteral("Peeters"), QStringLiteral("Jan"), QStringLiteral("D-2024-0104"),
                               QDate(2024, 3, 20), {}, 104, QStringLiteral("Bram Maes"));
    ComplianceView view;
    view.setDay(QDate(2024, 6, 1));
    view.setDatabase(t.db.get());
    view.show();
    REQUIRE(view.model()->rowCount() == 2);
    auto *table = child<QTableView>(&view, "complianceTable");
    table->setCurrentIndex(view.model()->index(0, ComplianceModel::State));
    auto *day = child<DateEdit>(&view, "complianceDay");
    day->setText(QStringLiteral("15/6/2024")); // typed, not applied yet

    switchLanguage(QStringLiteral("nl"));
    CHECK(view.model()->headerData(ComplianceModel::Requirement, Qt::Horizontal).toString() == QStringLiteral("Verplichting"));
    CHECK(view.model()->index(0, ComplianceModel::State).data().toString() == QStringLiteral("Ontbreekt"));
    CHECK(buttonWithText(&view, QStringLiteral("&Vernieuwen")) != nullptr);
    CHECK(child<QLabel>(&view, "complianceSummary")->text().startsWith(QStringLiteral("Op 01/06/2024: ")));
    CHECK(child<QComboBox>(&view, "complianceOfficer")->itemText(0) == QStringLiteral("Alle invoegambtenaren"));
    // Kept: the dossier selected, the day typed.
    CHECK(view.model()->dossierId(table->currentIndex().row()) == wouters);
    CHECK(day->date() == QDate(2024, 6, 15));

    switchLanguage(QStringLiteral("fr"));
    CHECK(view.model()->index(0, ComplianceModel::State).data().toString() == QStringLiteral("Manquant"));
    CHECK(view.model()->dossierId(table->currentIndex().row()) == wouters);
}

TEST_CASE("An open dossier window retranslates its header and tabs and keeps the balance and GPMI being typed", "[ui][i18n][balance]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase t;
    Trajectory trajectory(*t.db);
    const qint64 dossierId = parcours::test::addDossier(*t.registry, QStringLiteral("El Amrani"), QStringLiteral("Youssef"),
                                                        QStringLiteral("D-2024-0101"), QDate(2013, 12, 31), {}, 101,
                                                        QStringLiteral("Sofie Claes"));
    parcours::test::addPlacement(trajectory, dossierId, Cell::Facilitation, QDate(2014, 1, 10));
    DossierWindow window(*t.registry, trajectory);
    REQUIRE(window.loadDossier(dossierId));
    window.show();
    auto *tabs = child<QTabWidget>(&window, "dossierTabs");
    tabs->setCurrentIndex(1); // the balance, read when shown
    BalancePage *balance = window.balancePage();
    child<QLineEdit>(balance, "targetOccupation")->setText(QStringLiteral("Cook"));
    REQUIRE(balance->saveVersion().ok());
    balance->versionList()->setCurrentRow(0);
    // Unsaved: a new occupation, an orientation chosen, a GPMI goal typed.
    child<QLineEdit>(balance, "targetOccupation")->setText(QStringLiteral("Kitchen chef"));
    auto *orientation = child<QComboBox>(balance, "orientation");
    orientation->setCurrentIndex(orientation->findData(cellCode(Cell::Work)));
    auto *languages = child<QTableWidget>(balance, "languageTable");
    REQUIRE(languages->rowCount() >= 1);
    REQUIRE(languages->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("nl"));
    auto *dutchLevel = qobject_cast<QComboBox *>(languages->cellWidget(0, 1));
    REQUIRE(dutchLevel);
    dutchLevel->setCurrentIndex(dutchLevel->findData(int(LanguageLevel::B1)));
    GpmiPage *gpmi = window.findChild<GpmiPage *>();
    REQUIRE(gpmi);
    auto *partners = child<QLineEdit>(gpmi, "gpmiPartners");
    partners->setText(QStringLiteral("Actiris; Bruxelles Formation"));
    auto *goals = child<QTableWidget>(gpmi, "gpmiGoals");

    switchLanguage(QStringLiteral("nl"));

    // (a) Dutch header, tabs, form labels, lists and buttons.
    CHECK(tabs->tabText(1) == QStringLiteral("&Balans"));
    CHECK(child<QLabel>(&window, "dossierDetails")->text().contains(QStringLiteral("open sinds 31/12/2013")));
    CHECK(orientation->itemText(0) == QStringLiteral("(nog geen oriëntering)"));
    CHECK(hasLabel(balance, QStringLiteral("Beoogd &beroep:")));
    CHECK(balance->versionList()->item(0)->text().startsWith(QStringLiteral("Versie 1 — ")));
    CHECK(child<QPushButton>(gpmi, "saveGpmiButton")->text() == QStringLiteral("Contract op&slaan"));
    CHECK(goals->horizontalHeaderItem(0)->text() == QStringLiteral("Doelstelling"));
    CHECK(languages->item(0, 0)->text() == QStringLiteral("Nederlands"));
    // (b) Nothing typed or chosen was lost.
    CHECK(child<QLineEdit>(balance, "targetOccupation")->text() == QStringLiteral("Kitchen chef"));
    CHECK(orientation->currentData().toString() == cellCode(Cell::Work));
    CHECK(balance->versionList()->currentRow() == 0);
    CHECK(partners->text() == QStringLiteral("Actiris; Bruxelles Formation"));
    CHECK(tabs->currentIndex() == 1);

    switchLanguage(QStringLiteral("fr"));
    CHECK(tabs->tabText(1) == QStringLiteral("&Bilan"));
    CHECK(child<QLabel>(&window, "dossierDetails")->text().contains(QStringLiteral("ouvert depuis le 31/12/2013")));
    CHECK(hasLabel(balance, QStringLiteral("&Métier visé :")));
    CHECK(child<QLineEdit>(balance, "targetOccupation")->text() == QStringLiteral("Kitchen chef"));
    // The edit is still there to be saved, as a new version.
    auto saved = balance->saveVersion();
    REQUIRE(saved.ok());
    CHECK(saved.value() == 2);
    // The language rows keep their codes: "Néerlandais" is stored as nl, with the level chosen.
    auto stored = BalanceStore(*t.db).version(dossierId, 2);
    REQUIRE(stored.ok());
    REQUIRE_FALSE(stored->balance.languages.isEmpty());
    CHECK(stored->balance.languages.first().language == QStringLiteral("nl"));
    CHECK(stored->balance.languages.first().level == LanguageLevel::B1);
}
