// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"
#include "aboutdialog.h"

#include "auditview.h"
#include "balance/balancepage.h"
#include "balance/comparedialog.h"
#include "balance/complianceview.h"
#include "balance/evaluationdialog.h"
#include "balance/gpmipage.h"
#include "logindialog.h"
#include "security/accounts.h"

#include "caseloadmodel.h"
#include "cells/cellsarea.h"
#include "cells/literacycoursedialog.h"
#include "cells/literacymodels.h"
#include "cells/literacyview.h"
#include "cells/targetsview.h"
#include "caseloadview.h"
#include "connectiondialog.h"
#include "databasefiles.h"
#include "dateedit.h"
#include "demo/demogenerator.h"
#include "demodata.h"
#include "dossierform.h"
#include "dossierlistmodel.h"
#include "dossierlistview.h"
#include "dossierwindow.h"
#include "cells/article60dialogs.h"
#include "cells/article60view.h"
#include "cells/partnersview.h"
#include "jobtable/freeaccessview.h"
#include "jobtable/jobtablearea.h"
#include "jobtable/jobtablemodels.h"
#include "jobtable/jobtablepage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "placementdialog.h"
#include "reports/caseloadreportview.h"
#include "reports/durationreportview.h"
#include "reports/flowreportview.h"
#include "registry/registry.h"
#include "sampledata.h"
#include "sampletrajectories.h"
#include "security/actor.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"
#include "trajectoryview.h"

#include "charts/evolutionchart.h"
#include "interchange/figurescsv.h"
#include "reports/drilldowndialog.h"
#include "reports/evolutionmodel.h"
#include "reports/reportspage.h"
#include "restoredialog.h"
#include "storage/backupset.h"

#include <QTabWidget>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QSize kWindowSize(1280, 800);

// Lets layouts, the debounce timer and deferred paints run before a window is grabbed.
void settle(int ms = 300)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *w, const QDir &dir, const QString &name);

// The Job Table area of the demo centre: the list of groups, a group in its second module
// (stepper, participants), its attendance grid, the orientation table of a concluded group,
// and the free access.
bool renderJobTables(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    window.showPage(MainWindow::Page::JobTable);
    JobTableArea *area = window.jobTableArea();
    area->refresh();
    ok &= save(&window, dir, QStringLiteral("jobtable-list"));
    const auto open = [area](const QString &title) {
        for (int row = 0; row < area->listModel()->rowCount(); ++row) {
            if (area->listModel()->rowAt(row)->title == title)
                area->listView()->selectRow(row);
        }
    };
    open(QStringLiteral("Job Table 45+"));
    area->page()->tabs()->setCurrentIndex(JobTablePage::ParticipantsTab);
    ok &= save(&window, dir, QStringLiteral("jobtable-group"));
    area->page()->tabs()->setCurrentIndex(JobTablePage::AttendanceTab);
    ok &= save(&window, dir, QStringLiteral("jobtable-attendance"));
    open(QStringLiteral("Job Table young adults"));
    area->page()->tabs()->setCurrentIndex(JobTablePage::OrientationTab);
    ok &= save(&window, dir, QStringLiteral("jobtable-orientation"));
    area->page()->tabs()->setCurrentIndex(JobTablePage::FicheTab);
    ok &= save(&window, dir, QStringLiteral("jobtable-fiche"));
    area->tabs()->setCurrentIndex(1);
    ok &= save(&window, dir, QStringLiteral("jobtable-free-access"));
    area->tabs()->setCurrentIndex(2);
    ok &= save(&window, dir, QStringLiteral("jobtable-figures"));
    area->tabs()->setCurrentIndex(0);
    window.showPage(MainWindow::Page::Dossiers);
    return ok;
}

// The Cells area of the demo centre: the partner directory with a partner's agreements, the
// article 60 occupancy board with the contracts ending soon, and the new contract dialog; the
// literacy courses with the waiting list of the full course and the level tests of its first
// person waiting; the yearly targets of last year.
bool renderCells(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    window.showPage(MainWindow::Page::Cells);
    CellsArea *area = window.cellsArea();
    if (auto *partners = area->findChild<PartnersView *>()) {
        area->tabs()->setCurrentWidget(partners);
        partners->refresh();
        for (int row = 0; row < partners->model()->rowCount(); ++row) {
            if (partners->model()->rowAt(row)->name == QLatin1String("Actiris"))
                partners->table()->selectRow(row);
        }
        ok &= save(&window, dir, QStringLiteral("cells-partners"));
    }
    if (auto *article60 = area->findChild<Article60View *>()) {
        area->tabs()->setCurrentWidget(article60);
        article60->refresh();
        ok &= save(&window, dir, QStringLiteral("cells-article60"));
        ContractDialog contract(*window.database(), QStringLiteral("Marie Dubois"), 0, &window);
        contract.show();
        ok &= save(&contract, dir, QStringLiteral("cells-article60-contract"));
        PostDialog post(*window.database(), &window);
        post.show();
        ok &= save(&post, dir, QStringLiteral("cells-article60-post"));
    }
    if (auto *literacy = area->findChild<LiteracyView *>()) {
        area->tabs()->setCurrentWidget(literacy);
        literacy->refresh();
        qint64 fullCourse = 0;
        for (int row = 0; row < literacy->courseModel()->rowCount(); ++row) {
            const LiteracyCourse *course = literacy->courseModel()->rowAt(row);
            if (course->free() == 0 && course->waiting > 0) {
                literacy->selectCourse(row);
                fullCourse = course->id;
                break;
            }
        }
        if (const WaitingEntry *first = literacy->waitingModel()->rowAt(0)) {
            literacy->personField()->setText(first->reference);
            literacy->refresh();
        }
        ok &= save(&window, dir, QStringLiteral("cells-literacy"));
        LiteracyCourseDialog added(*window.database(), QDate::currentDate(), &window);
        added.show();
        ok &= save(&added, dir, QStringLiteral("cells-literacy-course-new"));
        // The full course with one place asked for: core's refusal above the form.
        if (const Result<LiteracyCourse> course = Literacy(*window.database()).course(fullCourse)) {
            LiteracyCourseDialog edit(*window.database(), course.value(), &window);
            edit.findChild<QSpinBox *>(QStringLiteral("coursePlaces"))->setValue(1);
            edit.show();
            edit.submit();
            ok &= save(&edit, dir, QStringLiteral("cells-literacy-course-edit"));
        }
    }
    if (auto *targets = area->findChild<TargetsView *>()) {
        area->tabs()->setCurrentWidget(targets);
        targets->setYear(QDate::currentDate().year() - 1);
        ok &= save(&window, dir, QStringLiteral("cells-targets"));
    }
    area->tabs()->setCurrentIndex(0);
    window.showPage(MainWindow::Page::Dossiers);
    return ok;
}

bool save(QWidget *w, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

std::unique_ptr<Database> openTemporary(const QTemporaryDir &tmp, const QString &name)
{
    auto opened = Database::open(tmp.filePath(name), {Database::Mode::CreateIfMissing, 2000});
    if (!opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return nullptr;
    }
    return opened.take();
}

// The dossier window with a long trajectory, and the placement dialog refusing an overlap.
bool renderTrajectory(MainWindow &window, const QDir &dir)
{
    const std::optional<Dossier> dossier = window.registry()->dossierByReference(sampleTrajectoryReference());
    if (!dossier) {
        QTextStream(stderr) << "no sample dossier " << sampleTrajectoryReference() << '\n';
        return false;
    }
    DossierWindow *dossierWindow = window.dossierView()->openDossier(dossier->id);
    if (!dossierWindow)
        return false;
    bool ok = save(dossierWindow, dir, QStringLiteral("trajectory"));

    // Referring to a cell on a day the person was in article 60: the core refuses, the dialog
    // says why and keeps what was typed.
    if (PlacementDialog *dialog = dossierWindow->trajectoryView()->refer()) {
        auto *cell = dialog->findChild<QComboBox *>(QStringLiteral("cellCombo"));
        cell->setCurrentIndex(cell->findData(int(Cell::Literacy)));
        dialog->findChild<DateEdit *>(QStringLiteral("startEdit"))->setDate(QDate(2022, 9, 5));
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(
            QApplication::translate("screenshots", "Dutch evening course at the partner"));
        dialog->submit();
        ok &= save(dialog, dir, QStringLiteral("placement-dialog"));
        dialog->reject();
    }
    dossierWindow->reject();
    return ok;
}

// The three report views on the demo centre, each computed in its worker thread.
bool renderReportViews(Database &db, const QDir &dir)
{
    const auto shoot = [&dir](ReportView &view, const QString &name) {
        view.resize(kWindowSize);
        view.show();
        bool done = false;
        QObject::connect(&view, &ReportView::finished, &view, [&done] { done = true; });
        view.compute();
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        return save(&view, dir, name);
    };
    bool ok = true;
    {
        FlowReportView flows(db);
        ok &= shoot(flows, QStringLiteral("report-flows"));
    }
    {
        DurationReportView durations(db);
        ok &= shoot(durations, QStringLiteral("report-durations"));
    }
    {
        CaseloadReportView caseload(db);
        ok &= shoot(caseload, QStringLiteral("report-caseload"));
    }
    return ok;
}

// The Reports area on demo data whose history ends in June 2013, beside the seed's published
// figures (seed 000, imported with the figures CSV import): table, each chart, the list behind
// a count, and the chart exports as the page writes them.
bool renderReports(const QTemporaryDir &tmp, const QDir &dir)
{
    std::unique_ptr<Database> db = openTemporary(tmp, QStringLiteral("reports.sqlite"));
    if (!db)
        return false;
    DemoGenerator::Options options;
    options.dossiers = 5000;
    options.until = QDate(2013, 6, 30);
    if (Status s = DemoGenerator::generate(*db, options); !s) {
        QTextStream(stderr) << s.error() << '\n';
        return false;
    }
    const QString figures = tmp.filePath(QStringLiteral("seed-figures.csv"));
    {
        QFile file(figures);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("date,dossiers,integrated,health_equity,facilitation,literacy,studies,work,article60,post_article60\n"
                   "2009-12-31,5131,1082,,208,81,300,192,301,\n"
                   "2010-12-31,5640,3355,350,1005,682,707,314,297,\n"
                   "2011-12-31,5840,3879,453,616,1083,1085,640,332,\n"
                   "2012-12-31,5419,3815,418,1078,947,877,495,325,\n"
                   "2013-06-30,5453,3858,461,1056,865,1076,400,332,\n");
    }
    if (const ImportReport report = FiguresCsv::importFile(*db, figures); !report.ok()) {
        QTextStream(stderr) << report.errors.join(QLatin1Char('\n')) << '\n';
        return false;
    }
    MainWindow window;
    window.setDatabase(std::move(db), false);
    window.resize(kWindowSize);
    window.show();
    ReportsPage *page = window.reportsPage();
    page->setPeriod(QDate(2009, 1, 1), QDate(2013, 6, 30), Evolution::Step::Quarter);
    page->setSource(EvolutionTable::Source::Both);
    window.showPage(MainWindow::Page::Reports);
    QElapsedTimer wait;
    wait.start();
    while ((page->busy() || page->model()->rowCount() == 0) && wait.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    bool ok = save(&window, dir, QStringLiteral("reports-table"));
    page->showTab(1);
    for (const auto kind : {EvolutionChart::Kind::Rates, EvolutionChart::Kind::Cells, EvolutionChart::Kind::Dossiers}) {
        page->setChartKind(kind);
        ok &= save(&window, dir, QStringLiteral("reports-chart-") + EvolutionChart::kindCode(kind));
        // The file the Export menu writes, at its default size.
        const QString exported = dir.filePath(QStringLiteral("chart-") + EvolutionChart::kindCode(kind) + QStringLiteral(".png"));
        if (Status s = page->exportTo(exported); !s) {
            QTextStream(stderr) << s.error() << '\n';
            ok = false;
        } else {
            QTextStream(stdout) << exported << '\n';
        }
    }
    page->setChartKind(EvolutionChart::Kind::Rates);
    page->showTab(0);
    // The list behind the work cell at the end of 2012.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const Figures *f = page->model()->rowAt(row);
        if (f->date == QDate(2012, 12, 31) && f->source == Figures::Source::Computed) {
            if (DrillDownDialog *dialog = page->drillDown(row, EvolutionModel::Work)) {
                ok &= save(dialog, dir, QStringLiteral("reports-drilldown"));
                dialog->close();
            }
        }
    }
    if (Status s = page->exportTo(dir.filePath(QStringLiteral("reports-report.pdf"))); !s) {
        QTextStream(stderr) << s.error() << '\n';
        ok = false;
    }
    return ok;
}

// The balance and the GPMI on the demo data: a balance with several versions, two of them
// side by side, a GPMI with its evaluations, and the compliance list of the Dossiers area.
bool renderBalance(MainWindow &window, const QDir &dir)
{
    QSqlQuery q(window.database()->sql());
    if (!q.exec(QStringLiteral("SELECT b.dossier_id FROM balance_version b JOIN gpmi g ON g.dossier_id = b.dossier_id "
                               "WHERE g.signed_date IS NOT NULL GROUP BY b.dossier_id HAVING max(b.version) >= 3 "
                               "ORDER BY b.dossier_id LIMIT 1"))
        || !q.next()) {
        QTextStream(stderr) << "no demo dossier with a balance of three versions\n";
        return false;
    }
    const qint64 dossierId = q.value(0).toLongLong();
    q.finish();
    bool ok = true;
    window.showPage(MainWindow::Page::Dossiers);
    if (auto *area = window.findChild<QTabWidget *>(QStringLiteral("dossiersArea"))) {
        area->setCurrentWidget(window.complianceView());
        ok &= save(&window, dir, QStringLiteral("compliance"));
        area->setCurrentIndex(0);
    }
    DossierWindow *dossierWindow = window.dossierView()->openDossier(dossierId);
    if (!dossierWindow)
        return false;
    dossierWindow->resize(1100, 900);
    dossierWindow->tabs()->setCurrentWidget(dossierWindow->balancePage());
    ok &= save(dossierWindow, dir, QStringLiteral("balance"));
    if (CompareDialog *compare = dossierWindow->balancePage()->compare(1, 3)) {
        ok &= save(compare, dir, QStringLiteral("balance-compare"));
        compare->close();
    }
    dossierWindow->tabs()->setCurrentWidget(dossierWindow->gpmiPage());
    ok &= save(dossierWindow, dir, QStringLiteral("gpmi"));
    // An evaluation changed in its dialog after somebody else changed it: the conflict bar.
    GpmiStore store(*window.database());
    if (const std::optional<Gpmi> g = store.gpmiOf(dossierId); g && !store.evaluations(g->id).isEmpty()) {
        const GpmiEvaluation opened = store.evaluations(g->id).constFirst();
        EvaluationDialog dialog(*window.database(), *g, opened, dossierWindow);
        dialog.show();
        ok &= save(&dialog, dir, QStringLiteral("gpmi-evaluation"));
        GpmiEvaluation meanwhile = opened;
        meanwhile.rowVersion = 0;
        meanwhile.nextSteps = QStringLiteral("Interview at Actiris on Monday");
        if (store.saveEvaluation(meanwhile).ok() && !dialog.submit())
            ok &= save(&dialog, dir, QStringLiteral("gpmi-evaluation-conflict"));
    }
    dossierWindow->reject();
    return ok;
}

} // namespace

// File → Restore…: a few weeks of automatic backups of the sample database, the dialog, its
// question; and start-up on a damaged file that has a backup.
bool renderRestore(MainWindow &window, const QDir &dir)
{
    BackupSet set(window.database()->path());
    const QDateTime now = QDateTime::currentDateTime();
    for (int daysAgo : {40, 12, 6, 5, 4, 3, 2, 1, 0}) {
        if (!set.make(*window.database(), QDateTime(now.date().addDays(-daysAgo), QTime(8, 30 + daysAgo % 20))))
            return false;
    }
    bool ok = true;
    RestoreDialog dialog(window.database()->path(), &window);
    dialog.show();
    ok &= save(&dialog, dir, QStringLiteral("restore"));
    {
        QMessageBox question(QMessageBox::Warning, RestoreDialog::tr("Restore a backup"),
                             RestoreDialog::confirmationText(set.list().at(1), window.database()->path()), QMessageBox::Cancel,
                             &dialog);
        DatabaseFiles::widen(&question);
        question.addButton(RestoreDialog::tr("Restore"), QMessageBox::DestructiveRole);
        question.show();
        ok &= save(&question, dir, QStringLiteral("restore-confirm"));
    }
    // A database cut off in the middle, with a backup of its own.
    const QString damaged = QFileInfo(window.database()->path()).absoluteDir().filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile latest(set.list().first().path);
        QFile out(damaged);
        if (!latest.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        out.write(latest.read(latest.size() / 2 + 100));
    }
    QFile::copy(set.list().first().path, QDir(set.folder()).filePath(BackupSet(damaged).nameFor(set.list().first().taken)));
    auto refused = Database::open(damaged, {Database::Mode::MustExist, 2000});
    DatabaseFiles::FailureBox failure = DatabaseFiles::failureBox(damaged, refused.error());
    failure.box->show();
    ok &= save(failure.box.get(), dir, QStringLiteral("open-damaged"));
    return ok;
}

namespace {

// File → Connect to a database…: a remembered server filled in, what a refused password
// says, and the choice of a file on this computer.
bool renderConnection(MainWindow &window, const QDir &dir)
{
    DatabaseFiles::remember(QStringLiteral("postgresql://parcours@db.ocmw.local:5432/parcours?sslmode=verify-full"));
    ConnectionDialog connection(&window);
    ServerAddress address;
    address.host = QStringLiteral("db.ocmw.local");
    address.database = QStringLiteral("parcours");
    address.user = QStringLiteral("parcours");
    address.tls = ServerAddress::Tls::VerifyFull;
    address.caFile = QStringLiteral("/etc/parcours/ocmw-ca.crt");
    connection.setServer(address);
    connection.setKind(ConnectionDialog::Kind::Server);
    connection.show();
    settle();
    bool ok = save(&connection, dir, QStringLiteral("connection-server"));
    {
        // While it waits for a server that is slow to answer (this one never is asked).
        ServerAddress slow = address;
        slow.tls = ServerAddress::Tls::Require;
        slow.caFile.clear();
        connection.setServer(slow);
        connection.probeServer = [](const ServerAddress &, const QString &) {
            QThread::msleep(1500);
            return ServerProbe{};
        };
        connection.testConnection();
        ok &= save(&connection, dir, QStringLiteral("connection-testing"));
        connection.stopWaiting();
        connection.setServer(address);
    }
    ServerProbe refused;
    refused.outcome = ServerProbe::Outcome::WrongPassword;
    refused.detail = QStringLiteral("connection to server at \"db.ocmw.local\" (192.168.10.5), port 5432 failed: FATAL:  "
                                    "password authentication failed for user \"parcours\"");
    connection.showProblem(refused.message(address));
    settle();
    ok &= save(&connection, dir, QStringLiteral("connection-refused"));
    connection.showProblem(QString());
    connection.setLocation(QStringLiteral("/home/anne/Documents/parcours.sqlite")); // not the renderer's own home
    settle();
    ok &= save(&connection, dir, QStringLiteral("connection-file"));
    return ok;
}

} // namespace

int renderScreenshots(const QString &dirPath)
{
    QDir dir(dirPath);
    QTemporaryDir tmp;
    if (!tmp.isValid() || !QDir().mkpath(dir.absolutePath())) {
        QTextStream(stderr) << "cannot use " << dirPath << '\n';
        return 1;
    }
    bool ok = true;
    // The renderer works on its own temporary sample databases, as one program-internal actor.
    Database::setProcessActor(Actor::system(QStringLiteral("screenshots")));

    // The register with sample data.
    std::unique_ptr<Database> db = openTemporary(tmp, QStringLiteral("sample.sqlite"));
    if (!db)
        return 1;
    {
        Registry registry(*db);
        Trajectory trajectory(*db);
        Status s = addSampleDossiers(registry);
        if (s)
            s = addSampleTrajectories(registry, trajectory);
        if (!s) {
            QTextStream(stderr) << s.error() << '\n';
            return 1;
        }
    }
    MainWindow window;
    window.setDatabase(std::move(db), false);
    window.resize(kWindowSize);
    window.show();
    DossierListView *view = window.dossierView();
    view->table()->selectRow(3);
    ok &= save(&window, dir, QStringLiteral("dossiers"));

    // A search with results and one without.
    view->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("van"));
    ok &= save(&window, dir, QStringLiteral("dossiers-search"));
    view->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Vanderlinden"));
    ok &= save(&window, dir, QStringLiteral("dossiers-nomatch"));
    view->clearFilters();

    // The form for a new person, filled in, with the e-mail refused by the core on Save.
    if (DossierForm *form = view->newDossier()) {
        const auto set = [form](const char *name, const QString &text) {
            if (auto *edit = form->findChild<QLineEdit *>(QString::fromLatin1(name)))
                edit->setText(text);
        };
        set("nationalNumberEdit", NationalNumber::format(NationalNumber::make(QDate(1989, 11, 23), 214)));
        set("lastNameEdit", QStringLiteral("Vandenbroucke-De Smedt"));
        set("firstNameEdit", QStringLiteral("Ségolène"));
        set("birthDateEdit", QStringLiteral("23/11/1989"));
        set("phoneEdit", QStringLiteral("+32 478 55 12 90"));
        set("emailEdit", QStringLiteral("segolene.vandenbroucke@"));
        set("addressEdit", QStringLiteral("Rue de Ribaucourt 54, 1080 Sint-Jans-Molenbeek"));
        set("referenceEdit", QStringLiteral("D-2024-1187"));
        set("officerEdit", QStringLiteral("Nathalie Lemaire"));
        Q_EMIT form->findChild<QLineEdit *>(QStringLiteral("nationalNumberEdit"))->editingFinished();
        form->save(); // refused: shows the error under the e-mail field
        for (QLineEdit *edit : form->findChildren<QLineEdit *>())
            edit->setCursorPosition(0);
        ok &= save(form, dir, QStringLiteral("dossier-form"));
        form->setDiscardPrompt([] { return DossierForm::DiscardChoice::Discard; });
        form->reject();
    }

    // A note in the message bar, as a database on a network drive gets one.
    window.messageBar()->showMessage(
        QApplication::translate("screenshots", "This database is on a network drive (\\\\srv-ocmw\\spi\\parcours.sqlite). "
                                               "If two people open it at the same time, changes can be lost; "
                                               "keep it on this computer or make sure only one person works in it."));
    ok &= save(&window, dir, QStringLiteral("message-bar"));
    window.messageBar()->hide();

    // Settings (the interface language) and Help → About.
    window.showPage(MainWindow::Page::Settings);
    ok &= save(&window, dir, QStringLiteral("settings"));
    window.showPage(MainWindow::Page::Dossiers);
    {
        AboutDialog about(window.database()->path(), &window);
        about.show();
        ok &= save(&about, dir, QStringLiteral("about"));
    }

    ok &= renderTrajectory(window, dir);
    ok &= renderReports(tmp, dir);

    // What start-up says when the remembered database is gone. The message is the core's.
    {
        const QString missing = dir.absoluteFilePath(QStringLiteral("vanished.sqlite"));
        auto refused = Database::open(missing, {Database::Mode::MustExist, 2000});
        DatabaseFiles::FailureBox failure = DatabaseFiles::failureBox(missing, refused.error());
        failure.box->show();
        ok &= save(failure.box.get(), dir, QStringLiteral("open-error"));
    }

    ok &= renderRestore(window, dir);
    ok &= renderConnection(window, dir);

    // The same window on an empty register.
    std::unique_ptr<Database> empty = openTemporary(tmp, QStringLiteral("empty.sqlite"));
    if (!empty)
        return 1;
    MainWindow emptyWindow;
    emptyWindow.setDatabase(std::move(empty), false);
    emptyWindow.resize(kWindowSize);
    emptyWindow.show();
    ok &= save(&emptyWindow, dir, QStringLiteral("empty"));

    // The caseload of a centre filled with the demo generator, as "Fill with demo data" does.
    std::unique_ptr<Database> demo = openTemporary(tmp, QStringLiteral("demo.sqlite"));
    if (!demo)
        return 1;
    DemoGenerator::Options options;
    options.dossiers = 2000;
    if (Status s = DemoGenerator::generate(*demo, options); !s) {
        QTextStream(stderr) << s.error() << '\n';
        return 1;
    }
    MainWindow demoWindow;
    demoWindow.setDatabase(std::move(demo), false);
    demoWindow.resize(kWindowSize);
    demoWindow.show();
    demoWindow.showPage(MainWindow::Page::Trajectory);
    ok &= save(&demoWindow, dir, QStringLiteral("caseload"));
    CaseloadView *caseload = demoWindow.caseloadView();
    caseload->setCellFilter(Cell::Literacy);
    if (const Trajectory::CaseloadRow *first = caseload->model()->rowAt(0))
        caseload->setOfficerFilter(first->officer);
    ok &= save(&demoWindow, dir, QStringLiteral("caseload-filtered"));
    ok &= renderJobTables(demoWindow, dir);
    ok &= renderCells(demoWindow, dir);

    ok &= renderReportViews(*demoWindow.database(), dir);
    ok &= renderBalance(demoWindow, dir);

    // The question before the demo data.
    {
        DemoDataDialog ask(&emptyWindow);
        ask.show();
        ok &= save(&ask, dir, QStringLiteral("demo-data"));
    }
    // Signing in: the first start asks for the administrator, later starts for a password;
    // the administrator's audit trail (the demo database's creation is in it).
    {
        std::unique_ptr<Database> accounts = openTemporary(tmp, QStringLiteral("accounts.sqlite"));
        if (!accounts)
            return 1;
        Accounts list(*accounts);
        FirstRunDialog first(list);
        first.show();
        ok &= save(&first, dir, QStringLiteral("first-run"));
        LoginDialog login(list);
        login.show();
        ok &= save(&login, dir, QStringLiteral("sign-in"));
    }
    {
        AuditView audit(*demoWindow.database());
        audit.resize(kWindowSize);
        audit.show();
        ok &= save(&audit, dir, QStringLiteral("audit"));
    }
    return ok ? 0 : 1;
}
