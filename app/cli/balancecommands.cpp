// SPDX-License-Identifier: GPL-3.0-or-later
// The balance and the GPMI on the command line: the compliance report an inspector asks for.
#include "cli.h"
#include "common/wholefile.h"

#include "balance/balanceprint.h"
#include "balance/compliance.h"
#include "registry/registry.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>
#include <QTextStream>

namespace parcours::cli {

namespace {

// The A4 PDF of `html`, written atomically; a new file is readable by its owner only.
Status writeDocument(const QString &html, const QString &title, const QString &path)
{
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Parcours ") + QCoreApplication::applicationVersion());
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 9pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 12pt; } th { background: #eeeeee; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    file.close();
    if (Status s = WholeFile::write(path, bytes, WholeFile::NewFile::OwnerOnly); !s)
        return Status::failure(Cli::tr("The file %1 could not be written: %2").arg(shownPath(path), s.error()));
    return Status::success();
}

} // namespace

// --- print gpmi / print balance --------------------------------------------------------------

static int runPrint(const Invocation &inv, bool gpmi)
{
    const CommandFunction self = gpmi ? runPrintGpmi : runPrintBalance;
    const QString out = inv.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(self, Cli::tr("--out FILE.pdf is required."));
    const QString language = inv.value(QStringLiteral("--lang-document"));
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("fr"))
        return usageError(self, Cli::tr("--lang-document: \"%1\" is not nl or fr.").arg(language));
    auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    Registry registry(*db);
    const QString reference = inv.arguments.value(0);
    const std::optional<Dossier> dossier = registry.dossierByReference(reference);
    const std::optional<Person> person = dossier ? registry.person(dossier->personId) : std::nullopt;
    if (!dossier || !person) {
        printErr(Cli::tr("There is no dossier %1 in the register.").arg(reference));
        return Failure;
    }
    QString html;
    QString title;
    if (gpmi) {
        GpmiStore store(*db);
        const std::optional<Gpmi> contract = store.gpmiOf(dossier->id);
        if (!contract) {
            printErr(Cli::tr("The dossier %1 has no GPMI.").arg(reference));
            return Failure;
        }
        const QString lang = !language.isEmpty() ? language
                           : !contract->language.isEmpty() ? contract->language
                                                           : BalancePrint::documentLanguage(*person);
        html = BalancePrint::gpmiHtml(*person, *dossier, *contract, store.evaluations(contract->id), lang);
        title = QStringLiteral("GPMI ") + reference;
    } else {
        bool ok = true;
        const int number = inv.has(QStringLiteral("--version")) ? inv.value(QStringLiteral("--version")).toInt(&ok) : 0;
        if (!ok || number < 0)
            return usageError(self, Cli::tr("--version: \"%1\" is not a version number.").arg(inv.value(QStringLiteral("--version"))));
        auto version = BalanceStore(*db).version(dossier->id, number);
        if (!version) {
            printErr(version.error());
            return Failure;
        }
        html = BalancePrint::balanceHtml(*person, *dossier, version.value(),
                                         language.isEmpty() ? BalancePrint::documentLanguage(*person) : language);
        title = QStringLiteral("Balance ") + reference;
    }
    // FILE.html: the document itself (to preview or mail it), otherwise a PDF.
    if (out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        if (Status s = WholeFile::write(out, html.toUtf8(), WholeFile::NewFile::OwnerOnly); !s) {
            printErr(Cli::tr("The file %1 could not be written: %2").arg(shownPath(out), s.error()));
            return Failure;
        }
        printOut(shownPath(out));
        return Success;
    }
    if (Status s = writeDocument(html, title, out); !s) {
        printErr(s.error());
        return Failure;
    }
    printOut(shownPath(out));
    return Success;
}

int runPrintGpmi(const Invocation &inv)
{
    return runPrint(inv, true);
}

int runPrintBalance(const Invocation &inv)
{
    return runPrint(inv, false);
}

// --- report gpmi ---------------------------------------------------------------------------

int runReportGpmi(const Invocation &inv)
{
    QDate day = QDate::currentDate();
    if (inv.has(QStringLiteral("--at"))) {
        day = QDate::fromString(inv.value(QStringLiteral("--at")), Qt::ISODate);
        if (!day.isValid())
            return usageError(runReportGpmi, Cli::tr("--at: \"%1\" is not a date (YYYY-MM-DD).").arg(inv.value(QStringLiteral("--at"))));
    }
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runReportGpmi, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));
    auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    auto rows = Compliance(*db).rows(day, inv.value(QStringLiteral("--officer")));
    if (!rows.ok()) {
        printErr(rows.error());
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Failure;
        Compliance::writeCsv(rows.value(), out);
        out.flush();
        return Success;
    }
    QTextStream out(stdout);
    out << Cli::tr("GPMI compliance on %1; findings: %2").arg(day.toString(Qt::ISODate)).arg(rows->size()) << '\n';
    if (rows->isEmpty()) {
        out.flush();
        return Success;
    }
    out << Cli::tr("Reference").leftJustified(15) << ' ' << Cli::tr("Name").leftJustified(28) << ' '
        << Cli::tr("Officer").leftJustified(14) << ' ' << Cli::tr("Requirement").leftJustified(34) << ' '
        << Cli::tr("State").leftJustified(12) << ' ' << Cli::tr("Due").leftJustified(10) << ' ' << Cli::tr("Days").rightJustified(6)
        << '\n';
    for (const Compliance::Row &r : rows.value()) {
        out << r.reference.leftJustified(15) << ' ' << QString(r.lastName + QStringLiteral(", ") + r.firstName).leftJustified(28, QLatin1Char(' '), true)
            << ' ' << r.officer.leftJustified(14, QLatin1Char(' '), true) << ' '
            << Compliance::requirementLabel(r.finding.requirement).leftJustified(34) << ' '
            << Compliance::stateLabel(r.finding.state).leftJustified(12) << ' ' << r.finding.due.toString(Qt::ISODate) << ' '
            << QString::number(r.daysLeft).rightJustified(6) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace parcours::cli
