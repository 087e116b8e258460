// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/figurescsv.h"

#include "interchange/csvreader.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "trajectory/figures.h"
#include "trajectory/isodate.h"
#include "trajectory/recordedfigures.h"

#include <QDir>
#include <QHash>

#include <array>

namespace parcours {

namespace {

enum Column { DateCol, Dossiers, Integrated, HealthEquity, Facilitation, Literacy, Studies, Work, Article60,
              PostArticle60, Note, ColumnCount };
constexpr int kRequiredCount = Note;

const std::array<QLatin1String, ColumnCount> kColumnNames = {
    QLatin1String("date"),         QLatin1String("dossiers"), QLatin1String("integrated"), QLatin1String("health_equity"),
    QLatin1String("facilitation"), QLatin1String("literacy"), QLatin1String("studies"),    QLatin1String("work"),
    QLatin1String("article60"),    QLatin1String("post_article60"), QLatin1String("note")};

std::optional<int> *slot(Figures &f, int column)
{
    switch (column) {
    case Dossiers:
        return &f.dossiers;
    case Integrated:
        return &f.integrated;
    case HealthEquity:
        return &f.cell(Cell::HealthEquity);
    default:
        break;
    }
    return &f.cell(static_cast<Cell>(column - Facilitation)); // facilitation … post_article60, in enum order
}

bool sameFigures(const Figures &a, const Figures &b)
{
    return a.dossiers == b.dossiers && a.integrated == b.integrated && a.cells == b.cells && a.note == b.note;
}

} // namespace

QStringList FiguresCsv::requiredColumns()
{
    QStringList names;
    for (int c = 0; c < kRequiredCount; ++c)
        names << kColumnNames[c];
    return names;
}

FiguresCsv::ImportReport FiguresCsv::importFile(Database &db, const QString &path, bool dryRun)
{
    ImportReport report;
    const QString shown = QDir::toNativeSeparators(path);
    const std::optional<CsvTable> table = readForImport(db, path, report);
    if (!table)
        return report;
    if (table->decodedAsWindows1252)
        report.warnings << fileMessage(shown, tr("the file is not UTF-8; it was read as Windows-1252."));

    const HeaderMatch match = matchHeader(table->header, kColumnNames, kRequiredCount);
    const std::vector<int> &index = match.index;
    for (const QString &name : match.unknown)
        report.warnings << fileMessage(shown, tr("the column \"%1\" is not known and was ignored.").arg(name));
    for (const QString &name : match.repeated)
        report.errors << fileMessage(shown, tr("the column \"%1\" appears twice in the header.").arg(name));
    for (const QString &name : match.missing)
        report.errors << fileMessage(shown, tr("the required column \"%1\" is missing from the header.").arg(name));
    if (!report.ok())
        return report;

    report.rows = int(table->rows.size());
    const int width = int(table->header.size());
    QList<Figures> accepted;
    QHash<QDate, int> lineOfDate;
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList &fields = table->rows.at(r);
        const int line = r < table->lineNumbers.size() ? table->lineNumbers.at(r) : table->headerLine + int(r) + 1;
        const auto value = [&](int column) {
            const int i = index[column];
            return i < 0 || i >= fields.size() ? QString() : fields.at(i).trimmed();
        };
        QStringList problems;
        const auto refuse = [&](int column, const QString &why) {
            problems << QStringLiteral("%1 \"%2\": %3").arg(QString(kColumnNames[column]), value(column), why);
        };
        bool extra = false;
        for (qsizetype i = width; i < fields.size(); ++i)
            extra = extra || !fields.at(i).trimmed().isEmpty();
        if (fields.size() < width || extra) {
            report.errors << lineMessage(shown, line, tr("the row has %1 fields where the header has %2.").arg(fields.size()).arg(width));
            continue;
        }
        Figures f;
        f.source = Figures::Source::Recorded;
        f.date = isodate::dateFromIso(value(DateCol));
        if (!f.date.isValid())
            refuse(DateCol, tr("is not a date of the form YYYY-MM-DD."));
        else if (const auto seen = lineOfDate.constFind(f.date); seen != lineOfDate.constEnd())
            refuse(DateCol, tr("the same date is already on line %1.").arg(*seen));
        for (int c = Dossiers; c <= PostArticle60; ++c) {
            const QString text = value(c);
            if (text.isEmpty())
                continue; // not determined
            bool digits = text.size() <= 9;
            for (const QChar ch : text)
                digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
            if (!digits)
                refuse(c, tr("must be a whole number written with digits only (no thousands separator), or empty when not "
                             "determined."));
            else
                *slot(f, c) = text.toInt();
        }
        f.note = value(Note);
        if (!problems.isEmpty()) {
            report.errors << lineMessage(shown, line, problems.join(QLatin1String("; ")));
            continue;
        }
        lineOfDate.insert(f.date, line);
        accepted.append(f);
    }
    if (!report.ok())
        return report;

    RecordedFigures recorded(db);
    QList<Figures> changed;
    for (Figures &f : accepted) {
        const auto stored = recorded.at(f.date);
        if (stored && index[Note] < 0)
            f.note = stored->note; // a file without notes keeps the recorded ones
        if (!stored) {
            ++report.created;
        } else if (sameFigures(*stored, f)) {
            ++report.unchanged;
            continue;
        } else {
            ++report.updated;
        }
        changed.append(f);
    }
    if (!dryRun && !changed.isEmpty()) {
        if (Status s = recorded.store(changed); !s) {
            report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(s.error()));
            report.created = report.updated = report.unchanged = 0;
        }
    }
    return report;
}

} // namespace parcours
