// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "format.h"
#include "interchange/dossiercsv.h"
#include "interchange/placementcsv.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

template<typename Report>
CsvImport::Outcome outcomeOf(const Report &report, CsvImport::Kind kind)
{
    CsvImport::Outcome outcome;
    outcome.errors = report.errors;
    outcome.warnings = report.warnings;
    outcome.imported = report.ok();
    const QString what = kind == CsvImport::Kind::Dossiers ? CsvImport::tr("dossiers") : CsvImport::tr("placements");
    if (report.ok())
        outcome.summary = CsvImport::tr("%1 rows of %2 read: %3 new, %4 changed, %5 already as in the file.")
                              .arg(formatCount(report.rows), what, formatCount(report.created), formatCount(report.updated),
                                   formatCount(report.unchanged));
    else
        outcome.summary = CsvImport::tr("Nothing was imported: %n line(s) of the file must be corrected first.", nullptr,
                                        int(report.errors.size()));
    return outcome;
}

void showReport(QWidget *parent, const CsvImport::Outcome &outcome)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("importReport"));
    dialog.setWindowTitle(CsvImport::tr("Import"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(outcome.summary, &dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    const QStringList lines = outcome.errors + outcome.warnings;
    if (!lines.isEmpty()) {
        auto *details = new QPlainTextEdit(lines.join(QLatin1Char('\n')), &dialog);
        details->setReadOnly(true);
        details->setLineWrapMode(QPlainTextEdit::NoWrap);
        details->setMinimumSize(640, 240);
        layout->addWidget(details);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace

CsvImport::Outcome CsvImport::run(QWidget *parent, Database &db, Kind kind, QString path, bool showResult)
{
    if (path.isEmpty()) {
        const QString title = kind == Kind::Dossiers ? tr("Import dossiers") : tr("Import placements");
        path = QFileDialog::getOpenFileName(parent, title, QDir::homePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return {};
    }
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 100, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr); // the import is one transaction: it lands whole or not at all
    const auto onProgress = [&progress](int done, int total) {
        progress.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Outcome outcome = kind == Kind::Dossiers ? outcomeOf(DossierCsv::importFile(db, path, false, onProgress), kind)
                                                   : outcomeOf(PlacementCsv::importFile(db, path, false, onProgress), kind);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (showResult)
        showReport(parent, outcome);
    return outcome;
}

} // namespace parcours::ui
