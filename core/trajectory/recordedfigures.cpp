// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/recordedfigures.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/isodate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

// The stored columns after snapshot_date, in this order.
const QString kCountColumns = QStringLiteral(
    "dossiers, integrated, health_equity, facilitation, literacy, studies, work, article60, post_article60");
constexpr int kCountColumnCount = 9;

std::optional<int> *countSlot(Figures &f, int column)
{
    switch (column) {
    case 0:
        return &f.dossiers;
    case 1:
        return &f.integrated;
    case 2:
        return &f.cell(Cell::HealthEquity);
    default:
        break;
    }
    return &f.cell(static_cast<Cell>(column - 3)); // facilitation … post_article60, in enum order
}

QVariant countValue(const std::optional<int> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::Int));
}

Figures figuresFrom(const QSqlQuery &q)
{
    Figures f;
    f.source = Figures::Source::Recorded;
    f.date = isodate::dateFromIso(q.value(0).toString());
    for (int c = 0; c < kCountColumnCount; ++c) {
        const QVariant v = q.value(c + 1);
        if (!v.isNull())
            *countSlot(f, c) = v.toInt();
    }
    f.note = q.value(kCountColumnCount + 1).toString();
    f.spi = RecordedFigures::deriveSpi(f);
    return f;
}

const QString kSelect = QStringLiteral("SELECT snapshot_date, ") + kCountColumns + QStringLiteral(", source_note FROM recorded_figures ");

// The figures are reports (ViewReports); whoever may replace them (ImportData) may read them.
Status mayRead(const Database &db)
{
    if (Permissions::require(db, Permission::ImportData))
        return Status::success();
    return Permissions::require(db, Permission::ViewReports);
}

} // namespace

RecordedFigures::RecordedFigures(Database &db) : m_db(db) { }

std::optional<int> RecordedFigures::deriveSpi(const Figures &f)
{
    int sum = 0;
    for (const Cell c : kAllCells) {
        if (!isSpi(c))
            continue;
        if (f.cell(c))
            sum += *f.cell(c);
        else if (c != Cell::PostArticle60)
            return std::nullopt;
    }
    return sum;
}

QString RecordedFigures::check(const Figures &figures)
{
    if (!figures.date.isValid())
        return tr("Recorded figures need a valid date.");
    Figures copy = figures;
    for (int c = 0; c < kCountColumnCount; ++c) {
        if (const auto *v = countSlot(copy, c); *v && **v < 0)
            return tr("The figures of %1 hold a negative count (%2).").arg(figures.date.toString(Qt::ISODate)).arg(**v);
    }
    return {};
}

Result<QList<Figures>> RecordedFigures::load(const QDate &from, const QDate &to) const
{
    if (Status allowed = mayRead(m_db); !allowed)
        return Result<QList<Figures>>::failure(allowed.error());
    QString sql = kSelect;
    QStringList where;
    if (from.isValid())
        where << QStringLiteral("snapshot_date >= ?");
    if (to.isValid())
        where << QStringLiteral("snapshot_date <= ?");
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY snapshot_date");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (from.isValid())
        q.addBindValue(from.toString(Qt::ISODate));
    if (to.isValid())
        q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Result<QList<Figures>>::failure(StorageMessages::describe(q.lastError()));
    QList<Figures> rows;
    while (q.next())
        rows.append(figuresFrom(q));
    return rows;
}

std::optional<Figures> RecordedFigures::at(const QDate &day) const
{
    if (!mayRead(m_db))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE snapshot_date = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return figuresFrom(q);
    return std::nullopt;
}

Status RecordedFigures::store(const Figures &figures)
{
    return store(QList<Figures>{figures});
}

Status RecordedFigures::store(const QList<Figures> &list)
{
    if (Status allowed = Permissions::require(m_db, Permission::ImportData); !allowed)
        return allowed;
    for (const Figures &f : list) {
        if (const QString why = check(f); !why.isEmpty())
            return Status::failure(why);
    }
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery del(m_db.sql()), ins(m_db.sql());
    if (!del.prepare(QStringLiteral("DELETE FROM recorded_figures WHERE snapshot_date = ?"))
        || !ins.prepare(QStringLiteral("INSERT INTO recorded_figures (snapshot_date, ") + kCountColumns
                        + QStringLiteral(", source_note) VALUES (?,?,?,?,?,?,?,?,?,?,?)")))
        return Status::failure(StorageMessages::describe(m_db.sql().lastError()));
    for (const Figures &f : list) {
        const QString date = f.date.toString(Qt::ISODate);
        del.addBindValue(date);
        if (!del.exec())
            return Status::failure(StorageMessages::describe(del.lastError()));
        Figures copy = f;
        ins.addBindValue(date);
        for (int c = 0; c < kCountColumnCount; ++c)
            ins.addBindValue(countValue(*countSlot(copy, c)));
        ins.addBindValue(f.note.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.note.trimmed()));
        if (!ins.exec())
            return Status::failure(StorageMessages::describe(ins.lastError()));
    }
    return tx.commit();
}

Status RecordedFigures::remove(const QDate &day)
{
    if (Status allowed = Permissions::require(m_db, Permission::ImportData); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM recorded_figures WHERE snapshot_date = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

} // namespace parcours
