// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/placementcsv.h"

#include "interchange/csvreader.h"
#include "interchange/importaudit.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/rowcursor.h"
#include "storage/sqlerror.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "trajectory/isodate.h"
#include "trajectory/placement.h"
#include "trajectory/spankey.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace parcours {

namespace {

enum Column { DossierCol, CellCol, Start, End, Officer, OutcomeCol, Detail, Reason, Note, ColumnCount };
constexpr int kRequiredCount = Detail;

const std::array<QLatin1String, ColumnCount> kColumnNames = {
    QLatin1String("dossier"), QLatin1String("cell"),    QLatin1String("start"),
    QLatin1String("end"),     QLatin1String("officer"), QLatin1String("outcome"),
    QLatin1String("outcome_detail"), QLatin1String("reason"), QLatin1String("note")};

using isodate::kOpenEnd;

// A dossier of the register, as the rules need it.
struct DossierInfo
{
    qint64 id = 0; // its reference: ReferenceIndex::reference() of the same position
    qint64 opened = 0;
    qint64 closed = kOpenEnd;
};

// A text of a row as it will be stored, UTF-8: a range of the file's buffer (CsvRecords::text),
// or of the checker's own buffers when the file's text had to change (Unicode spaces trimmed,
// an officer's spaces simplified, a stored value kept). No QString a field: a million rows of
// nine fields made the check and the binding a third of the import.
struct Text
{
    const char *data = nullptr;
    qsizetype size = 0;

    bool isEmpty() const { return size == 0; }
    QString toString() const { return size == 0 ? QString() : QString::fromUtf8(data, size); }
};

// One row of the file, checked and normalised as it will be stored.
struct Row
{
    int line = 0;
    qint32 dossier = -1; // index into the dossiers
    Cell cell = Cell::Facilitation;
    qint8 outcome = -1; // an Outcome, -1 for none
    qint64 start = 0;
    qint64 end = kOpenEnd;
    Text startText, endText, officer, detail, reason, note;
    qint64 replaces = 0; // the stored placement with the same key, 0 = none
};

// A placement already stored, as far as the overlap check needs it.
struct Stored
{
    qint64 id = 0;
    qint32 dossier = -1;
    Cell cell = Cell::Facilitation;
    qint64 start = 0;
    qint64 end = kOpenEnd;
    bool replaced = false;
};

Placement placementOf(Cell cell, qint64 start, qint64 end)
{
    Placement p;
    p.cell = cell;
    p.start = QDate::fromJulianDay(start);
    if (end != kOpenEnd)
        p.end = QDate::fromJulianDay(end);
    return p;
}

// The dossiers of the register by reference, as the UTF-8 bytes the file holds: one buffer of
// every reference and an open-addressing table of positions, built once the register is read.
// A QHash<QByteArray> cost an allocation a key and a quarter of a second at 200,000 dossiers.
class ReferenceIndex
{
public:
    void add(QByteArrayView reference) // positions are 0, 1, 2 … in the order added
    {
        m_keys.push_back({quint32(m_text.size()), quint32(reference.size())});
        m_text.append(reference);
    }
    // Call after the last add().
    void build()
    {
        size_t capacity = 16;
        while (capacity < 2 * m_keys.size())
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, -1);
        for (size_t i = 0; i < m_keys.size(); ++i) {
            size_t slot = qHash(key(i)) & m_mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = qint32(i);
        }
    }
    // The position of the dossier with this reference, or -1.
    qint32 find(QByteArrayView reference) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t slot = qHash(reference) & m_mask;; slot = (slot + 1) & m_mask) {
            const qint32 at = m_slots[slot];
            if (at < 0 || key(size_t(at)) == reference)
                return at;
        }
    }

    QString reference(qint32 i) const
    {
        const QByteArrayView k = key(size_t(i));
        return QString::fromUtf8(k.data(), k.size());
    }

private:
    QByteArrayView key(size_t i) const { return QByteArrayView(m_text.constData() + m_keys[i].offset, m_keys[i].size); }

    struct Key
    {
        quint32 offset, size;
    };
    QByteArray m_text;
    std::vector<Key> m_keys;
    std::vector<qint32> m_slots;
    size_t m_mask = 0;
};

// The codes of every value of an enum, as UTF-8, in the enum's order.
template<size_t N, typename Enum>
std::array<QByteArray, N> codesOf(const std::array<Enum, N> &all, QString (*code)(Enum))
{
    std::array<QByteArray, N> codes;
    for (size_t i = 0; i < N; ++i)
        codes[i] = code(all[i]).toUtf8();
    return codes;
}

// The checking half of an import: header, rows one by one, then overlaps across rows.
class Checker
{
public:
    Checker(const QString &shown, PlacementCsv::ImportReport &report) : m_shown(shown), m_report(report) { }

    bool mapHeader(const QStringList &header)
    {
        m_width = int(header.size());
        const HeaderMatch match = matchHeader(header, kColumnNames, kRequiredCount);
        std::copy(match.index.begin(), match.index.end(), m_index.begin());
        for (const QString &name : match.unknown)
            m_report.warnings << fileMessage(PlacementCsv::tr("the column \"%1\" is not known and was ignored.").arg(name));
        for (const QString &name : match.repeated)
            m_report.errors << fileMessage(PlacementCsv::tr("the column \"%1\" appears twice in the header.").arg(name));
        for (const QString &name : match.missing)
            m_report.errors << fileMessage(PlacementCsv::tr("the required column \"%1\" is missing from the header.").arg(name));
        return m_report.errors.isEmpty();
    }
    bool has(int column) const { return m_index[column] >= 0; }

    void setDossiers(const std::vector<DossierInfo> *dossiers, const ReferenceIndex *byReference)
    {
        m_dossiers = dossiers;
        m_byReference = byReference;
    }

    // Checks row r of the file on its own; false (and an error) when it is refused. Works on
    // the file's UTF-8 bytes; a field becomes a QString only for a message or when its bytes
    // need more than ASCII trimming.
    bool check(const CsvRecords &table, qsizetype r, Row &row)
    {
        const int line = table.lineNumbers[size_t(r)];
        m_problems.clear();
        m_table = &table;
        m_first = qsizetype(table.rowStart[size_t(r)]);
        m_count = qsizetype(table.rowStart[size_t(r) + 1]) - m_first;
        if (m_count < m_width) {
            refuseLine(line, PlacementCsv::tr("the row has %1 fields where the header has %2 (a missing delimiter or an "
                                              "unclosed quote?).").arg(m_count).arg(m_width));
            return false;
        }
        for (qsizetype i = m_width; i < m_count; ++i) {
            if (!field(int(i)).isEmpty()) {
                refuseLine(line, PlacementCsv::tr("the row has %1 fields where the header has %2 (a delimiter inside a "
                                                  "value that is not quoted?).").arg(m_count).arg(m_width));
                return false;
            }
        }
        row.line = line;

        const Text reference = value(DossierCol);
        if (reference.isEmpty()) {
            refuse(DossierCol, PlacementCsv::tr("the dossier reference is required."));
        } else if (const qint32 found = m_byReference->find(QByteArrayView(reference.data, reference.size)); found >= 0) {
            row.dossier = found;
        } else {
            refuse(DossierCol, PlacementCsv::tr("no dossier has this reference."));
        }
        if (const auto cell = code<Cell>(value(CellCol), m_cellCodes, cellFromCode))
            row.cell = *cell;
        else
            refuse(CellCol, PlacementCsv::tr("must be one of %1.").arg(cellCodes()));
        row.startText = value(Start);
        row.endText = value(End);
        const std::optional<qint64> start = date(Start, row.startText, true);
        const std::optional<qint64> end = date(End, row.endText, false);
        row.officer = simplified(value(Officer));
        if (const Text outcome = value(OutcomeCol); !outcome.isEmpty()) {
            if (const auto o = code<Outcome>(outcome, m_outcomeCodes, outcomeFromCode))
                row.outcome = qint8(*o);
            else
                refuse(OutcomeCol, PlacementCsv::tr("must be empty or one of %1.").arg(outcomeCodes()));
        }
        row.detail = value(Detail);
        row.reason = value(Reason);
        row.note = value(Note);

        if (start && end) {
            row.start = *start;
            row.end = row.endText.isEmpty() ? kOpenEnd : *end;
            if (row.end < row.start)
                refuse(End, PlacementCsv::tr("the placement cannot end before it starts (%1).").arg(row.startText.toString()));
            else if (row.end == kOpenEnd && row.outcome >= 0)
                refuse(OutcomeCol, PlacementCsv::tr("an open placement (no end) has no outcome yet."));
            else if (row.dossier >= 0)
                checkInside(row);
        }
        m_table = nullptr;
        if (m_problems.isEmpty())
            return true;
        refuseLine(line, m_problems.join(QLatin1String("; ")));
        return false;
    }

    // A text kept for good (a stored value replacing an absent column), in the checker's buffers.
    Text keep(const QString &text) { return own(text.toUtf8()); }

    // The overlap check: every accepted row against the other rows of its dossier and the
    // stored placements. Also marks the stored placement each row replaces (same key).
    void checkOverlaps(std::vector<Row> &rows, std::vector<Stored> &stored)
    {
        // One entry per placement: >= 0 a row, < 0 a stored placement (-1 - index).
        struct Entry
        {
            qint32 dossier;
            qint64 start;
            qint32 ref;
        };
        std::vector<Entry> entries;
        entries.reserve(rows.size() + stored.size());
        for (size_t i = 0; i < rows.size(); ++i)
            entries.push_back({rows[i].dossier, rows[i].start, qint32(i)});
        for (size_t i = 0; i < stored.size(); ++i)
            entries.push_back({stored[i].dossier, stored[i].start, -1 - qint32(i)});
        // By dossier, start; a stored placement before the rows of the same day, rows in file order.
        // A file in the register's order (an export, a first import) is often that order already.
        const auto before = [](const Entry &a, const Entry &b) {
            if (a.dossier != b.dossier)
                return a.dossier < b.dossier;
            if (a.start != b.start)
                return a.start < b.start;
            return a.ref < b.ref;
        };
        if (!std::is_sorted(entries.begin(), entries.end(), before))
            std::sort(entries.begin(), entries.end(), before);
        const auto cellOf = [&](const Entry &e) { return e.ref >= 0 ? rows[size_t(e.ref)].cell : stored[size_t(-1 - e.ref)].cell; };
        const auto endOf = [&](const Entry &e) { return e.ref >= 0 ? rows[size_t(e.ref)].end : stored[size_t(-1 - e.ref)].end; };

        // Same dossier and start: the same key replaces, a second row with that key is a duplicate.
        std::vector<char> skip(entries.size(), 0);
        for (size_t i = 1; i < entries.size(); ++i) {
            const Entry &e = entries[i];
            if (e.ref < 0)
                continue;
            for (size_t j = i; j-- > 0 && entries[j].dossier == e.dossier && entries[j].start == e.start;) {
                if (skip[j] || cellOf(entries[j]) != rows[size_t(e.ref)].cell)
                    continue;
                if (entries[j].ref < 0) {
                    Stored &s = stored[size_t(-1 - entries[j].ref)];
                    if (!s.replaced) {
                        s.replaced = true;
                        rows[size_t(e.ref)].replaces = s.id;
                        skip[j] = 1;
                        break;
                    }
                } else {
                    refuseLine(rows[size_t(e.ref)].line, PlacementCsv::tr("the same placement (dossier, cell and start) is already "
                                                                        "on line %1.").arg(rows[size_t(entries[j].ref)].line));
                    skip[i] = 1;
                    break;
                }
            }
        }

        qsizetype holder = -1; // the entry of the dossier reaching furthest so far
        for (size_t i = 0; i < entries.size(); ++i) {
            if (skip[i])
                continue;
            const Entry &e = entries[i];
            if (holder >= 0 && entries[size_t(holder)].dossier != e.dossier)
                holder = -1;
            if (holder >= 0 && e.start <= endOf(entries[size_t(holder)]))
                reportOverlap(rows, stored, e.ref, entries[size_t(holder)].ref);
            if (holder < 0 || endOf(e) > endOf(entries[size_t(holder)]))
                holder = qsizetype(i);
        }
    }

    // The errors, in line order.
    void flush()
    {
        std::stable_sort(m_lineErrors.begin(), m_lineErrors.end(),
                         [](const LineError &a, const LineError &b) { return a.line < b.line; });
        for (const LineError &e : std::as_const(m_lineErrors))
            m_report.errors << lineMessage(m_shown, e.line, e.message);
        m_lineErrors.clear();
    }
    bool hasErrors() const { return !m_lineErrors.isEmpty(); }

private:
    struct LineError
    {
        int line;
        QString message;
    };

    QString fileMessage(const QString &reason) const { return parcours::fileMessage(m_shown, reason); }
    void refuseLine(int line, const QString &message) { m_lineErrors.append({line, message}); }

    static bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); } // QChar::isSpace below 128
    // The lead byte of every character QChar::isSpace() counts as a space above ASCII
    // (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    static bool mayLeadSpace(char c)
    {
        const auto u = uchar(c);
        return u == 0xC2 || u == 0xE1 || u == 0xE2 || u == 0xE3;
    }
    // The lead byte of the last character of a non-empty UTF-8 text.
    static char lastLead(const char *begin, const char *end)
    {
        const char *p = end - 1;
        while (p > begin && (uchar(*p) & 0xC0) == 0x80)
            --p;
        return *p;
    }

    Text own(QByteArray bytes)
    {
        if (bytes.isEmpty())
            return {};
        const QByteArray &kept = m_owned.emplace_back(std::move(bytes));
        return {kept.constData(), kept.size()};
    }

    // Field `i` of the current row, trimmed like QString::trimmed().
    Text field(int i)
    {
        if (i < 0 || i >= m_count)
            return {};
        const CsvRecords::Field &f = m_table->fields[size_t(m_first + i)];
        const char *begin = m_table->text.constData() + f.offset, *end = begin + f.size;
        while (begin < end && isAsciiSpace(*begin))
            ++begin;
        while (end > begin && isAsciiSpace(end[-1]))
            --end;
        if (begin < end && (mayLeadSpace(*begin) || mayLeadSpace(lastLead(begin, end))))
            return own(QString::fromUtf8(begin, end - begin).trimmed().toUtf8()); // perhaps a Unicode space
        return {begin, end - begin};
    }
    Text value(int column) { return field(m_index[column]); }

    // QString::simplified() of a trimmed text: inner runs of spaces become one space.
    Text simplified(Text text)
    {
        bool previousSpace = false;
        for (qsizetype i = 0; i < text.size; ++i) {
            const char c = text.data[i];
            const bool space = isAsciiSpace(c);
            if ((space && (c != ' ' || previousSpace)) || mayLeadSpace(c))
                return own(text.toString().simplified().toUtf8());
            previousSpace = space;
        }
        return text;
    }

    // A code of `codes` (as cellFromCode/outcomeFromCode: case and spaces ignored).
    template<typename Enum, size_t N>
    static std::optional<Enum> code(Text text, const std::array<QByteArray, N> &codes,
                                    std::optional<Enum> (*fromCode)(QStringView))
    {
        const QByteArrayView bytes(text.data, text.size);
        for (size_t i = 0; i < N; ++i) {
            if (bytes == codes[i])
                return static_cast<Enum>(i);
        }
        return fromCode(text.toString()); // another case, or not a code
    }

    // field "value": why
    void refuse(int column, const QString &why)
    {
        m_problems << QStringLiteral("%1 \"%2\": %3").arg(QString(kColumnNames[column]), value(column).toString(), why);
    }

    // Dates are strictly YYYY-MM-DD: 03/04/2021 means different days to different people.
    std::optional<qint64> date(int column, Text text, bool required)
    {
        if (text.isEmpty()) {
            if (required)
                refuse(column, PlacementCsv::tr("the start date is required."));
            return required ? std::nullopt : std::optional<qint64>(kOpenEnd);
        }
        const auto day = isodate::julianDayFromIso(QByteArrayView(text.data, text.size));
        if (!day)
            refuse(column, PlacementCsv::tr("is not a date of the form YYYY-MM-DD."));
        return day;
    }

    void checkInside(const Row &row)
    {
        const DossierInfo &d = (*m_dossiers)[size_t(row.dossier)];
        const bool inside = row.start >= d.opened && row.start <= d.closed && row.end <= d.closed;
        if (inside)
            return;
        DossierPeriod period{d.id, m_byReference->reference(row.dossier), QDate::fromJulianDay(d.opened),
                             d.closed == kOpenEnd ? QDate() : QDate::fromJulianDay(d.closed)};
        const QString why = PlacementRules::checkInside(placementOf(row.cell, row.start, row.end), period);
        refuse(row.start < d.opened || row.start > d.closed ? Start : End, why);
    }

    void reportOverlap(const std::vector<Row> &rows, const std::vector<Stored> &stored, qint32 a, qint32 b)
    {
        if (a < 0 && b < 0)
            return; // stored before this import: not this file's fault
        if (a < 0)
            std::swap(a, b); // a is a row of the file
        const auto describe = [](const auto &p) { return PlacementRules::describe(placementOf(p.cell, p.start, p.end)); };
        if (b >= 0) {
            // Two rows of the file: the later line is the one refused, naming the earlier.
            const Row &later = rows[size_t(rows[size_t(a)].line > rows[size_t(b)].line ? a : b)];
            const Row &earlier = rows[size_t(rows[size_t(a)].line > rows[size_t(b)].line ? b : a)];
            if (m_overlapReported.contains(later.line)) // one overlap message a line is enough
                return;
            m_overlapReported.insert(later.line);
            refuseLine(later.line, PlacementCsv::tr("the placement %1 overlaps the placement %2 on line %3: a dossier is in "
                                                        "one cell at a time.")
                                           .arg(describe(later), describe(earlier))
                                           .arg(earlier.line));
            return;
        }
        const Row &row = rows[size_t(a)];
        if (m_overlapReported.contains(row.line))
            return;
        m_overlapReported.insert(row.line);
        const QString self = describe(row);
        const Stored &s = stored[size_t(-1 - b)];
        refuseLine(row.line, PlacementCsv::tr("the placement %1 overlaps the placement %2 already recorded for dossier %3: a "
                                              "dossier is in one cell at a time.")
                                 .arg(self, describe(s),
                                      m_byReference->reference(row.dossier)));
    }

    static QString cellCodes()
    {
        QStringList codes;
        for (const Cell c : kAllCells)
            codes << cellCode(c);
        return codes.join(QLatin1String(", "));
    }
    static QString outcomeCodes()
    {
        QStringList codes;
        for (const Outcome o : kAllOutcomes)
            codes << outcomeCode(o);
        return codes.join(QLatin1String(", "));
    }

    QString m_shown;
    PlacementCsv::ImportReport &m_report;
    std::array<int, ColumnCount> m_index{};
    int m_width = 0;
    const CsvRecords *m_table = nullptr; // the file, while a row is checked
    qsizetype m_first = 0, m_count = 0;  // that row's fields
    std::deque<QByteArray> m_owned;       // texts that are not the file's bytes (Text points into them)
    const std::array<QByteArray, kCellCount> m_cellCodes = codesOf<kCellCount>(kAllCells, cellCode);
    const std::array<QByteArray, kOutcomeCount> m_outcomeCodes = codesOf<kOutcomeCount>(kAllOutcomes, outcomeCode);
    QStringList m_problems;
    QList<LineError> m_lineErrors;
    QSet<int> m_overlapReported; // lines that already have an overlap message
    const std::vector<DossierInfo> *m_dossiers = nullptr;
    const ReferenceIndex *m_byReference = nullptr;
};

// Writes new placements, in file order, through multi-row INSERTs (storage/statement.h).
class Inserter
{
public:
    Inserter(QSqlDatabase sql, const std::vector<DossierInfo> &dossiers)
        : m_insert(sql, QStringLiteral("placement"),
                   {QStringLiteral("dossier_id"), QStringLiteral("cell"), QStringLiteral("start_date"),
                    QStringLiteral("end_date"), QStringLiteral("officer"), QStringLiteral("outcome"),
                    QStringLiteral("outcome_detail"), QStringLiteral("reason"), QStringLiteral("note")}),
          m_dossiers(dossiers)
    {
    }

    // Inserts rows[i] for every i of `which`, adding their ids to `audit`; false with *error
    // set on the first failure.
    bool insert(const std::vector<Row> &rows, const std::vector<size_t> &which, ImportProgress &tick, ImportAudit &audit,
                QString *error)
    {
        const auto failed = [&] {
            const Row &r = rows[which[size_t(m_insert.failedRow())]];
            *error = PlacementCsv::tr("line %1: %2").arg(r.line).arg(StorageMessages::describe(m_insert.error()));
            return false;
        };
        for (const size_t i : which) {
            const Row &r = rows[i];
            m_insert.addInteger(m_dossiers[size_t(r.dossier)].id);
            m_insert.addUtf8(m_cells[size_t(r.cell)]);
            m_insert.addUtf8(r.startText.data, r.startText.size);
            m_insert.addUtf8(r.endText.data, r.endText.size, true);
            m_insert.addUtf8(r.officer.data, r.officer.size, true);
            if (r.outcome >= 0)
                m_insert.addUtf8(m_outcomes[size_t(r.outcome)]);
            else
                m_insert.addNull();
            for (const Text *field : {&r.detail, &r.reason, &r.note})
                m_insert.addUtf8(field->data, field->size, true);
            if (!m_insert.endRow())
                return failed();
            tick.advance();
        }
        if (!m_insert.flush())
            return failed();
        const QString table = QStringLiteral("placement");
        for (const qint64 id : m_insert.ids())
            audit.addCreated(table, id);
        return true;
    }

private:
    BatchInsert m_insert;
    const std::vector<DossierInfo> &m_dossiers;
    const std::array<QByteArray, kCellCount> m_cells = codesOf<kCellCount>(kAllCells, cellCode);
    const std::array<QByteArray, kOutcomeCount> m_outcomes = codesOf<kOutcomeCount>(kAllOutcomes, outcomeCode);
};

} // namespace

QStringList PlacementCsv::requiredColumns()
{
    return columnNames(kColumnNames, 0, kRequiredCount);
}

QStringList PlacementCsv::optionalColumns()
{
    return columnNames(kColumnNames, kRequiredCount, ColumnCount);
}

PlacementCsv::ImportReport PlacementCsv::importFile(Database &db, const QString &path, bool dryRun,
                                                    std::function<void(int, int)> progress)
{
    const ImportHeap heap; // first, so that it goes last, after every string of the file
    ImportReport report;
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&](const QString &why) {
        report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(why));
        report.created = report.updated = report.unchanged = 0;
        return report; // a transaction guard, if any, rolls back
    };

    // The file as UTF-8 records; each row becomes text only while it is checked.
    std::optional<CsvRecords> read = readRecordsForImport(db, path, report);
    if (!read)
        return report;
    CsvRecords table = std::move(*read);
    read.reset();
    const QByteArray sha256 = table.sha256;
    if (table.decodedAsWindows1252)
        report.warnings << fileMessage(shown, tr("the file is not UTF-8; it was read as Windows-1252. Check that accented letters "
                                                 "(é, ë, ç) came out right."));
    Checker checker(shown, report);
    if (!checker.mapHeader(table.header))
        return report;
    report.rows = int(table.rowCount());
    ImportProgress tick(progress, dryRun ? report.rows : 2 * report.rows);

    // From here on the database is read, and must not change under us until the writes are done.
    QSqlDatabase sql = db.sql();
    // Before the transaction, and gone after it (storage/deferredindexes.h).
    const BulkWrite bulk(sql, !dryRun && report.rows >= kLargeImportRows);
    std::optional<Transaction> tx;
    if (!dryRun) {
        // One audit entry for the whole file instead of one a created row (docs/security.md).
        tx.emplace(sql, Transaction::Audit::BulkImport);
        if (!tx->active())
            return failed(tx->error());
    }
    // A large file writes far more pages than the default cache holds (LargeCache).
    const LargeCache cache(sql, report.rows >= kLargeImportRows ? kLargeImportCacheMb : 0);

    std::vector<DossierInfo> dossiers;
    ReferenceIndex byReference;
    QHash<qint64, qint32> byId;
    {
        // The whole register: through RowCursor, without a QVariant a value.
        RowCursor q(sql, QStringLiteral("SELECT id, reference, opened, closed FROM dossier"));
        const auto day = [&q](int column) {
            return q.isNull(column) ? kOpenEnd : isodate::julianDayFromIso(q.text(column)).value_or(kOpenEnd);
        };
        while (q.next()) {
            byReference.add(q.text(1)); // before the next text(): on a server the view is a buffer of the cursor
            DossierInfo d{q.integer(0), day(2), day(3)};
            byId.insert(d.id, qint32(dossiers.size()));
            dossiers.push_back(std::move(d));
        }
        if (!q.ok())
            return failed(q.error());
    }
    byReference.build();
    checker.setDossiers(&dossiers, &byReference);

    std::vector<Row> rows;
    rows.reserve(size_t(report.rows));
    std::vector<char> involved(dossiers.size(), 0); // dossiers named by an accepted row
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        Row row;
        if (checker.check(table, i, row)) {
            involved[size_t(row.dossier)] = 1;
            rows.push_back(std::move(row));
        }
        tick.advance();
    }
    // `table` lives on: the rows' texts are its bytes, bound as they are when written.

    // The stored placements of the dossiers in the file, for the overlaps and the keys.
    std::vector<Stored> stored;
    {
        RowCursor q(sql, QStringLiteral("SELECT id, dossier_id, span_key FROM placement"));
        while (q.next()) {
            const auto d = byId.constFind(q.integer(1));
            if (d == byId.constEnd() || !involved[size_t(*d)])
                continue;
            if (const auto span = decodeSpanKey(q.integer(2)))
                stored.push_back({q.integer(0), *d, span->cell, span->start, span->end, false});
        }
        if (!q.ok())
            return failed(q.error());
    }
    checker.checkOverlaps(rows, stored);
    if (checker.hasErrors()) {
        checker.flush();
        return report;
    }

    // Rows with a stored key: compare with what is stored, so that an unchanged row is
    // neither written nor counted as an update. Absent optional columns keep the stored text.
    QHash<qint64, size_t> replacing;
    qint64 lowId = std::numeric_limits<qint64>::max(), highId = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].replaces != 0) {
            replacing.insert(rows[i].replaces, i);
            lowId = std::min(lowId, rows[i].replaces);
            highId = std::max(highId, rows[i].replaces);
        }
    }
    std::vector<char> same(rows.size(), 0);
    if (!replacing.isEmpty()) {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, end_date, officer, outcome, outcome_detail, reason, note FROM placement "
                                 "WHERE id >= ? AND id <= ?"));
        q.addBindValue(lowId);
        q.addBindValue(highId);
        if (!q.exec())
            return failed(StorageMessages::describe(q.lastError()));
        while (q.next()) {
            const auto found = replacing.constFind(q.value(0).toLongLong());
            if (found == replacing.constEnd())
                continue;
            Row &row = rows[*found];
            const auto keep = [&](int column, Text &field, int index) {
                if (!checker.has(column))
                    field = checker.keep(q.value(index).toString());
            };
            keep(Detail, row.detail, 4);
            keep(Reason, row.reason, 5);
            keep(Note, row.note, 6);
            const QString outcome = row.outcome >= 0 ? outcomeCode(Outcome(row.outcome)) : QString();
            same[*found] = row.endText.toString() == q.value(1).toString() && row.officer.toString() == q.value(2).toString()
                && outcome == q.value(3).toString() && row.detail.toString() == q.value(4).toString()
                && row.reason.toString() == q.value(5).toString() && row.note.toString() == q.value(6).toString();
        }
    }

    std::optional<Statement> update;
    if (!dryRun) {
        update.emplace(sql, QStringLiteral("UPDATE placement SET end_date = ?, officer = ?, outcome = ?, "
                                           "outcome_detail = ?, reason = ?, note = ? WHERE id = ?"));
        if (!update->ok())
            return failed(StorageMessages::describe(update->error()));
    }
    ImportAudit audit;
    std::vector<size_t> inserts;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.replaces == 0) {
            inserts.push_back(i);
            ++report.created;
            continue;
        }
        if (same[i]) {
            ++report.unchanged;
        } else {
            if (!dryRun) {
                update->bindText(0, row.endText.toString(), true);
                update->bindText(1, row.officer.toString(), true);
                update->bindText(2, row.outcome >= 0 ? outcomeCode(Outcome(row.outcome)) : QString(), true);
                int k = 3;
                for (const Text *text : {&row.detail, &row.reason, &row.note})
                    update->bindText(k++, text->toString(), true);
                update->bindInteger(6, row.replaces);
                if (!update->exec())
                    return failed(tr("line %1: %2").arg(row.line).arg(StorageMessages::describe(update->error())));
            }
            ++report.updated;
        }
        tick.advance();
    }
    if (dryRun) {
        for (size_t i = 0; i < inserts.size(); ++i)
            tick.advance();
    } else if (!inserts.empty()) {
        // The caseload index is built once at the end when the file brings at least as many
        // placements as are stored (storage/deferredindexes.h); the unique (dossier, start)
        // index stays, a rule checked row by row. The health/equity index stays too: it holds
        // a few rows, written as they come, while building it reads the whole table.
        DeferredIndexes deferred(sql, QStringLiteral("placement"), {QStringLiteral("placement_day")},
                                 qint64(inserts.size()));
        if (!deferred.error().isEmpty())
            return failed(deferred.error());
        // The audit insert trigger skips these rows anyway (storage/deferredindexes.h).
        DeferredTriggers triggers(sql, {QStringLiteral("placement_audit_insert")});
        if (!triggers.error().isEmpty())
            return failed(triggers.error());
        Inserter inserter(sql, dossiers);
        QString why;
        if (!inserter.insert(rows, inserts, tick, audit, &why))
            return failed(why);
        if (Status s = triggers.restore(); !s)
            return failed(s.error());
        if (Status s = deferred.restore(); !s)
            return failed(s.error());
    }
    if (tx) {
        if (report.created == 0 && report.updated == 0)
            return report; // nothing to write, and nothing to record: the guard rolls back
        audit.file = shown;
        audit.sha256 = QString::fromLatin1(sha256);
        audit.rows = report.rows;
        audit.created = report.created;
        audit.updated = report.updated;
        audit.unchanged = report.unchanged;
        Status s = tx->recordImport(QStringLiteral("placement"), audit.toJson());
        if (s)
            s = tx->commit();
        if (!s)
            return failed(s.error());
    }
    return report;
}

Status PlacementCsv::exportFile(Database &db, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failure = [&shown](const QString &why) {
        return Status::failure(tr("The file %1 could not be written: %2 Nothing was written; an earlier file of that "
                                  "name is untouched.").arg(shown, why));
    };
    if (Status allowed = Permissions::require(db, Permission::ExportData); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString() + QLatin1Char('.'));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.reference, p.cell, p.start_date, p.end_date, p.officer, p.outcome, p.outcome_detail, "
                               "p.reason, p.note FROM placement p JOIN dossier d ON d.id = p.dossier_id "
                               "ORDER BY d.reference, p.start_date"))) {
        file.cancelWriting();
        return failure(StorageMessages::describe(q.lastError()));
    }
    const QChar comma(QLatin1Char(','));
    QStringList fields;
    for (const QLatin1String name : kColumnNames)
        fields << name;
    QByteArray buffer = CsvReader::formatRow(fields, comma);
    while (q.next()) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields << q.value(c).toString();
        buffer += CsvReader::formatRow(fields, comma);
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size()) {
                file.cancelWriting();
                return failure(file.errorString() + QLatin1Char('.'));
            }
            buffer.clear();
        }
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        return failure(StorageMessages::describe(q.lastError()));
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return failure(file.errorString() + QLatin1Char('.'));
    return Status::success();
}

} // namespace parcours
