// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "auditview.h"
#include "balance/balancepage.h"
#include "balance/comparedialog.h"
#include "balance/complianceview.h"
#include "balance/gpmipage.h"
#include "logindialog.h"
#include "security/accounts.h"

#include "caseloadmodel.h"
#include "caseloadview.h"
#include "databasefiles.h"
#include "dateedit.h"
#include "demo/demogenerator.h"
#include "demodata.h"
#include "dossierform.h"
#include "dossierlistmodel.h"
#include "dossierlistview.h"
#include "dossierwindow.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "placementdialog.h"
#include "registry/registry.h"
#include "sampledata.h"
#include "sampletrajectories.h"
#include "security/actor.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"
#include "trajectoryview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
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
    dossierWindow->reject();
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

    window.showPage(MainWindow::Page::JobTable);
    ok &= save(&window, dir, QStringLiteral("placeholder"));
    window.showPage(MainWindow::Page::Dossiers);

    ok &= renderTrajectory(window, dir);

    // What start-up says when the remembered database is gone. The message is the core's.
    {
        const QString missing = dir.absoluteFilePath(QStringLiteral("vanished.sqlite"));
        auto refused = Database::open(missing, {Database::Mode::MustExist, 2000});
        DatabaseFiles::FailureBox failure = DatabaseFiles::failureBox(missing, refused.error());
        failure.box->show();
        ok &= save(failure.box.get(), dir, QStringLiteral("open-error"));
    }

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
