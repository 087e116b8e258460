// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace parcours {

class Database;

// Told now and then how far a report got: `done` of about `total` rows read (total is an
// estimate from the largest ids, done never exceeds it). Return false to stop: the report
// then fails with ReportSupport::cancelledMessage(). May be called on any thread the report
// runs on; a GUI passes a function that only reads an atomic flag and posts the numbers.
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

class ReportSupport
{
    Q_DECLARE_TR_FUNCTIONS(ReportSupport)
public:
    static QString cancelledMessage(); // "The report was cancelled."
    static QString unreadableMessage(const QString &why);
    static QString damagedMessage();
    // An estimate of the rows the reports read: the largest id of `table` (ids are dense
    // INTEGER PRIMARY KEYs), 0 when empty or unreadable. One index lookup.
    static qint64 largestId(Database &db, const QString &table);
    // One CSV document (UTF-8, comma, CRLF as CsvReader writes it) from a header and rows.
    static QByteArray csv(const QStringList &header, const QList<QStringList> &rows);
    // Aligned columns for a terminal; columns listed in `numeric` are right-aligned.
    static QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric);
};

// Calls a ReportProgress every few thousand rows.
class ReportTicker
{
public:
    ReportTicker(const ReportProgress &progress, qint64 total) : m_progress(progress), m_total(std::max<qint64>(total, 1)) { }
    // One more row; false when the caller asked to stop.
    bool step()
    {
        ++m_done;
        return (m_done & 4095) != 0 || report();
    }
    bool report() { return !m_progress || m_progress(std::min(m_done, m_total), m_total); }
    bool finish()
    {
        m_done = m_total;
        return report();
    }

private:
    const ReportProgress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

// Quartiles by linear interpolation between the closest ranks (the method of spreadsheets'
// QUARTILE.INC and R's default): the value at rank (n − 1) × p of the sorted values. p = 0.5 is
// the usual median: the middle value, or the mean of the two middle values when n is even.
// `sorted` must be sorted and not empty.
double quantileOfSorted(const std::vector<int> &sorted, double p);

} // namespace parcours
