// SPDX-License-Identifier: GPL-3.0-or-later
// What the CSV imports (DossierCsv, PlacementCsv, FiguresCsv) share: the report they return,
// the form of their messages, finding columns by header name, and progress callbacks.
// The translatable texts stay in each import, under its own translation context.
#pragma once

#include "interchange/csvreader.h"

#include <QLatin1String>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace parcours {

class Database;

struct ImportReport
{
    int rows = 0;      // data rows in the file (blank lines not counted)
    int created = 0;   // rows whose key was new
    int updated = 0;   // rows that changed what was stored
    int unchanged = 0; // rows the database already held exactly
    QStringList errors;   // "FILE:LINE: reason", or "FILE: reason" for the file as a whole
    QStringList warnings; // same form; nothing was refused because of them
    bool ok() const { return errors.isEmpty(); }
};

// From this many data rows an import gives its connection a larger page cache while it runs
// (LargeCache, storage/deferredindexes.h): a small file fits the default one.
constexpr int kLargeImportRows = 20000;
constexpr int kLargeImportCacheMb = 256;

// `shown` is the file as the user named it, with the platform's separators.
QString fileMessage(const QString &shown, const QString &reason); // "FILE: reason"
QString lineMessage(const QString &shown, int line, const QString &reason); // "FILE:LINE: reason"

// Checks the ImportData permission, then reads the file; nullopt, with the reason in
// `report.errors`, when either fails.
std::optional<CsvTable> readForImport(Database &db, const QString &path, ImportReport &report);
// The same for the large imports, as records (CsvRecords).
std::optional<CsvRecords> readRecordsForImport(Database &db, const QString &path, ImportReport &report);

// The known columns of a CSV header, found by name (trimmed, any case) in any order.
struct HeaderMatch
{
    std::vector<int> index; // one a known column: its position in the header, or -1
    QStringList unknown;    // names (as written) that are not known; empty names left out
    QStringList repeated;   // known names (lower case) given again after their first place
    QStringList missing;    // required names the header lacks
    bool ok() const { return repeated.isEmpty() && missing.isEmpty(); }
};
// The first `requiredCount` of `names` are required.
HeaderMatch matchHeader(const QStringList &header, std::span<const QLatin1String> names, int requiredCount);

// The column names of an import as text: `names`, from `first` up to (not including) `last`.
QStringList columnNames(std::span<const QLatin1String> names, int first, int last);

// While alive, glibc's allocator keeps no "fast bins" (mallopt M_MXFAST = 0) — the lists of
// freed small blocks it hands out again unmerged. An import parses millions of short strings
// and frees most of them while SQLite asks for page-sized blocks; with fast bins every such
// request first merges the scattered freed blocks (malloc_consolidate) and walks the
// fragments (unlink_chunk): 17 % of a placement import in perf, and 12 % less CPU without
// them. Process-wide, but only a matter of speed; the default (glibc's 64 * sizeof(size_t) / 4)
// comes back when the import ends. Does nothing with another C library.
class ImportHeap
{
public:
    ImportHeap();
    ~ImportHeap();
    ImportHeap(const ImportHeap &) = delete;
    ImportHeap &operator=(const ImportHeap &) = delete;
};

// Calls a progress callback (which may be empty) with (0, total) at once, then about every 1 %.
class ImportProgress
{
public:
    ImportProgress(const std::function<void(int, int)> &callback, int total);
    void advance();

private:
    const std::function<void(int, int)> &m_callback;
    int m_total;
    int m_step;
    int m_done = 0;
};

} // namespace parcours
