// SPDX-License-Identifier: GPL-3.0-or-later
// report jobtable: the figures of the Job Tables launched in a period (core/jobtable).
#include "cli.h"
#include "common/wholefile.h"

#include "jobtable/jobtablefigures.h"
#include "jobtable/jobtableprint.h"
#include "jobtable/jobtables.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace parcours::cli {

namespace {

QDate dateValue(const Invocation &inv, const QString &option, const QDate &fallback, bool *bad)
{
    if (!inv.has(option))
        return fallback;
    const QDate d = QDate::fromString(inv.value(option), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

// Aligned columns for a terminal: the title left, numbers right, "—" where there is no value.
QString formatTable(const JobTableFigures &f)
{
    const QStringList header = {Cli::tr("id"),       Cli::tr("title"),    Cli::tr("stage"),   Cli::tr("launched"),
                                Cli::tr("concluded"), Cli::tr("people"),  Cli::tr("left"),    Cli::tr("waiting"),
                                Cli::tr("meetings"), Cli::tr("present %"), Cli::tr("3 m: measured"), Cli::tr("job"),
                                Cli::tr("training"), Cli::tr("%"),        Cli::tr("6 m: measured"), Cli::tr("job"),
                                Cli::tr("training"), Cli::tr("%")};
    auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    auto fields = [&](const JobTableFigureRow &r, bool total) {
        QStringList l = {total ? Cli::tr("total") : QString::number(r.id), total ? QString() : r.title,
                         r.lastDone ? QString::number(int(*r.lastDone)) : dash({}), dash(r.launched.toString(Qt::ISODate)),
                         dash(r.concluded.toString(Qt::ISODate)), QString::number(r.participants), QString::number(r.left),
                         QString::number(r.waiting), QString::number(r.meetings),
                         dash(JobTableReport::percent(r.attendance.ratePercent()))};
        for (const JobTableOutcome *o : {&r.after3, &r.after6})
            l << QString::number(o->measured) << QString::number(o->job) << QString::number(o->training)
              << dash(JobTableReport::percent(o->sharePercent()));
        return l;
    };
    QList<QStringList> lines = {header};
    for (const JobTableFigureRow &r : f.rows)
        lines << fields(r, false);
    lines << fields(f.total, true);
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QStringList text;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (qsizetype i = 0; i < line.size(); ++i)
            cells << (i == 1 ? line.at(i).leftJustified(widths[i]) : line.at(i).rightJustified(widths[i]));
        QString joined = cells.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        text << joined;
    }
    return text.join(QLatin1Char('\n'));
}

// An A4 PDF of `html` at `path`, written atomically.
Status writeJobTablePdf(const QString &html, const QString &title, const QString &path)
{
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Parcours ") + QCoreApplication::applicationVersion());
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 9pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 11pt; margin-top: 10px; } th { background: #eeeeee; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    file.close();
    if (Status s = WholeFile::write(path, bytes, WholeFile::NewFile::Default); !s)
        return Status::failure(Cli::tr("The file %1 could not be written: %2").arg(shownPath(path), s.error()));
    return Status::success();
}

} // namespace

int runPrintJobTable(const Invocation &inv)
{
    bool ok = false;
    const qint64 id = inv.arguments.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(runPrintJobTable, Cli::tr("ID: \"%1\" is not the number of a Job Table.").arg(inv.arguments.value(0)));
    const QString out = inv.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(runPrintJobTable, Cli::tr("--out FILE.pdf is missing."));
    qint64 meetingId = 0;
    if (inv.has(QStringLiteral("--meeting"))) {
        meetingId = inv.value(QStringLiteral("--meeting")).toLongLong(&ok);
        if (!ok || meetingId <= 0)
            return usageError(runPrintJobTable, Cli::tr("--meeting takes the number of a meeting."));
    }
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    JobTables tables(*db);
    const auto table = tables.jobTable(id);
    if (!table) {
        printErr(Cli::tr("There is no Job Table number %1.").arg(id));
        return Failure;
    }
    const QList<Participant> people = tables.participants(id);
    const QList<Meeting> meetings = tables.meetings(id);
    QString html = JobTablePrint::technicalFiche(*table, people, meetings);
    if (meetingId != 0) {
        const auto meeting = std::find_if(meetings.begin(), meetings.end(), [meetingId](const Meeting &m) { return m.id == meetingId; });
        if (meeting == meetings.end()) {
            printErr(Cli::tr("The Job Table %1 has no meeting number %2.").arg(id).arg(meetingId));
            return Failure;
        }
        html = JobTablePrint::attendanceSheet(*table, *meeting, people);
    }
    if (Status s = writeJobTablePdf(html, table->title, out); !s) {
        printErr(s.error());
        return Failure;
    }
    printOut(Cli::tr("Written: %1").arg(shownPath(out)));
    return Success;
}

int runReportJobTable(const Invocation &inv)
{
    const QDate today = QDate::currentDate();
    bool bad = false;
    const QDate to = dateValue(inv, QStringLiteral("--to"), today, &bad);
    const QDate from = dateValue(inv, QStringLiteral("--from"), to.isValid() ? to.addYears(-1).addDays(1) : QDate(), &bad);
    if (bad)
        return usageError(runReportJobTable, Cli::tr("--from and --to take a date YYYY-MM-DD."));
    if (from > to)
        return usageError(runReportJobTable, Cli::tr("--from lies after --to."));
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runReportJobTable, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));

    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const auto figures = JobTableReport::compute(*db, from, to, today);
    if (!figures) {
        printErr(figures.error());
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        const QByteArray bytes = JobTableReport::csv(figures.value()).toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        printOut(formatTable(figures.value()));
    }
    return Success;
}

} // namespace parcours::cli
