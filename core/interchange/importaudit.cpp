// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importaudit.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace parcours {

namespace {

QJsonObject parse(const QString &details)
{
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace

void ImportAudit::addCreated(const QString &table, qint64 id)
{
    auto it = std::find_if(m_ids.begin(), m_ids.end(), [&table](const auto &entry) { return entry.first == table; });
    if (it == m_ids.end()) {
        m_ids.emplace_back(table, std::vector<qint64>());
        it = m_ids.end() - 1;
    }
    it->second.push_back(id);
}

QString ImportAudit::toJson() const
{
    QJsonObject ids;
    for (const auto &[table, list] : m_ids) {
        std::vector<qint64> sorted = list;
        std::sort(sorted.begin(), sorted.end());
        QJsonArray ranges;
        for (size_t i = 0; i < sorted.size();) {
            size_t j = i;
            while (j + 1 < sorted.size() && sorted[j + 1] <= sorted[j] + 1)
                ++j;
            ranges.append(QJsonArray{sorted[i], sorted[j]});
            i = j + 1;
        }
        ids.insert(table, ranges);
    }
    const QJsonObject details{{QStringLiteral("file"), file},
                              {QStringLiteral("sha256"), sha256},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("created"), created},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("unchanged"), unchanged},
                              {QStringLiteral("ids"), ids}};
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QList<std::pair<qint64, qint64>> ImportAudit::createdRanges(const QString &details, const QString &table)
{
    QList<std::pair<qint64, qint64>> list;
    const QJsonArray ranges = parse(details).value(QStringLiteral("ids")).toObject().value(table).toArray();
    for (const QJsonValue &range : ranges) {
        const QJsonArray pair = range.toArray();
        if (pair.size() == 2)
            list.append({pair.at(0).toInteger(), pair.at(1).toInteger()});
    }
    return list;
}

bool ImportAudit::hasCreated(const QString &details, const QString &table, qint64 id)
{
    const auto ranges = createdRanges(details, table);
    return std::any_of(ranges.begin(), ranges.end(), [id](const auto &r) { return id >= r.first && id <= r.second; });
}

QString ImportAudit::describe(const QString &details)
{
    const QJsonObject o = parse(details);
    if (!o.contains(QStringLiteral("file")) || !o.contains(QStringLiteral("ids")))
        return details;
    const QLocale locale;
    const auto count = [&](const char *key) { return locale.toString(o.value(QLatin1String(key)).toInteger()); };
    QStringList ids;
    const QJsonObject byTable = o.value(QStringLiteral("ids")).toObject();
    for (auto it = byTable.begin(); it != byTable.end(); ++it) {
        QStringList ranges;
        for (const auto &[first, last] : createdRanges(details, it.key()))
            ranges << (first == last ? QString::number(first) : QString::number(first) + QChar(0x2013) + QString::number(last));
        if (!ranges.isEmpty())
            ids << it.key() + QLatin1Char(' ') + ranges.join(QLatin1String(", "));
    }
    return tr("%1: %2 rows; created %3, updated %4, unchanged %5; new ids: %6; SHA-256 %7")
        .arg(QFileInfo(o.value(QStringLiteral("file")).toString()).fileName(), count("rows"), count("created"),
             count("updated"), count("unchanged"), ids.isEmpty() ? tr("none") : ids.join(QLatin1String("; ")),
             o.value(QStringLiteral("sha256")).toString());
}

} // namespace parcours
