// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "databasefiles.h"
#include "dossierform.h"
#include "dossierlistmodel.h"
#include "dossierlistview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "registry/registry.h"
#include "sampledata.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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

    // The register with sample data.
    std::unique_ptr<Database> db = openTemporary(tmp, QStringLiteral("sample.sqlite"));
    if (!db)
        return 1;
    {
        Registry registry(*db);
        if (Status s = addSampleDossiers(registry); !s) {
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

    window.showPage(MainWindow::Page::Trajectory);
    ok &= save(&window, dir, QStringLiteral("placeholder"));

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
    return ok ? 0 : 1;
}
