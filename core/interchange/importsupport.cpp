// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importsupport.h"

#include "security/permissions.h"
#include "storage/database.h"

#include <QDir>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace parcours {

ImportHeap::ImportHeap()
{
#ifdef __GLIBC__
    mallopt(M_MXFAST, 0);
#endif
}

ImportHeap::~ImportHeap()
{
#ifdef __GLIBC__
    mallopt(M_MXFAST, int(64 * sizeof(size_t) / 4));
#endif
}

QString fileMessage(const QString &shown, const QString &reason)
{
    return shown + QLatin1String(": ") + reason;
}

QString lineMessage(const QString &shown, int line, const QString &reason)
{
    return shown + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + reason;
}

std::optional<CsvTable> readForImport(Database &db, const QString &path, ImportReport &report)
{
    if (Status allowed = Permissions::require(db, Permission::ImportData); !allowed) {
        report.errors << fileMessage(QDir::toNativeSeparators(path), allowed.error());
        return std::nullopt;
    }
    QString readError;
    std::optional<CsvTable> table = CsvReader::readFile(path, &readError);
    if (!table)
        report.errors << readError; // names the file, and the line where it can
    return table;
}

std::optional<CsvRecords> readRecordsForImport(Database &db, const QString &path, ImportReport &report)
{
    if (Status allowed = Permissions::require(db, Permission::ImportData); !allowed) {
        report.errors << fileMessage(QDir::toNativeSeparators(path), allowed.error());
        return std::nullopt;
    }
    QString readError;
    std::optional<CsvRecords> records = CsvReader::readRecords(path, &readError);
    if (!records)
        report.errors << readError; // names the file, and the line where it can
    return records;
}

HeaderMatch matchHeader(const QStringList &header, std::span<const QLatin1String> names, int requiredCount)
{
    HeaderMatch match;
    match.index.assign(names.size(), -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        const auto known = std::find(names.begin(), names.end(), name);
        if (known == names.end()) {
            if (!name.isEmpty())
                match.unknown << header.at(i);
            continue;
        }
        const auto column = size_t(std::distance(names.begin(), known));
        if (match.index[column] >= 0) {
            match.repeated << name;
            continue;
        }
        match.index[column] = i;
    }
    for (int c = 0; c < requiredCount; ++c) {
        if (match.index[size_t(c)] < 0)
            match.missing << names[size_t(c)];
    }
    return match;
}

ImportProgress::ImportProgress(const std::function<void(int, int)> &callback, int total)
    : m_callback(callback), m_total(total), m_step(std::max(1, total / 100))
{
    if (m_callback)
        m_callback(0, m_total);
}

void ImportProgress::advance()
{
    ++m_done;
    if (m_callback && (m_done % m_step == 0 || m_done == m_total))
        m_callback(m_done, m_total);
}

QStringList columnNames(std::span<const QLatin1String> names, int first, int last)
{
    QStringList list;
    for (int c = first; c < last; ++c)
        list << names[c];
    return list;
}

} // namespace parcours
