// SPDX-License-Identifier: GPL-3.0-or-later
#include "targets/targets.h"

#include "reports/reportsupport.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/evolution.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

constexpr std::array<QLatin1String, kAllTargetMeasures.size()> kMeasureCodes = {
    QLatin1String("placements_started"), QLatin1String("net_change"), QLatin1String("literacy_tests")};

QVariant text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(StorageMessages::describe(q.lastError()));
}

YearlyTarget targetFrom(const QSqlQuery &q)
{
    YearlyTarget t;
    t.id = q.value(0).toLongLong();
    t.year = q.value(1).toInt();
    t.cell = cellFromCode(q.value(2).toString()).value_or(Cell::Facilitation);
    t.measure = Targets::measureFromCode(q.value(3).toString()).value_or(TargetMeasure::PlacementsStarted);
    t.target = q.value(4).toInt();
    t.note = q.value(5).toString();
    return t;
}

// realised ÷ target × 100 rounded half away from zero to hundredths, in integers.
std::optional<double> percentOf(int realised, int target)
{
    if (target == 0)
        return std::nullopt;
    qint64 num = qint64(realised) * 10000;
    qint64 den = target;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const qint64 hundredths = num >= 0 ? (2 * num + den) / (2 * den) : -((2 * -num + den) / (2 * den));
    return double(hundredths) / 100.0;
}

} // namespace

Targets::Targets(Database &db) : m_db(db) { }

QString Targets::measureCode(TargetMeasure measure)
{
    return QString(kMeasureCodes[size_t(measure)]);
}

std::optional<TargetMeasure> Targets::measureFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < kMeasureCodes.size(); ++i) {
        if (trimmed.compare(kMeasureCodes[i], Qt::CaseInsensitive) == 0)
            return TargetMeasure(i);
    }
    return std::nullopt;
}

QString Targets::measureLabel(TargetMeasure measure)
{
    switch (measure) {
    case TargetMeasure::PlacementsStarted:
        return tr("Placements started in the year");
    case TargetMeasure::NetChange:
        return tr("More dossiers in the cell (31 Dec − 1 Jan)");
    case TargetMeasure::LiteracyTests:
        return tr("Literacy level tests taken");
    }
    return {};
}

QString Targets::describe(const YearlyTarget &target)
{
    if (target.measure == TargetMeasure::PlacementsStarted && target.cell == Cell::Article60)
        return tr("Article 60: contracts started in the year");
    switch (target.measure) {
    case TargetMeasure::PlacementsStarted:
        return tr("%1: placements started in the year").arg(cellLabel(target.cell));
    case TargetMeasure::NetChange:
        return tr("%1: more dossiers in the cell (31 Dec − 1 Jan)").arg(cellLabel(target.cell));
    case TargetMeasure::LiteracyTests:
        break;
    }
    return measureLabel(target.measure);
}

QString Targets::formatPercent(const std::optional<double> &percent)
{
    return percent ? QString::number(*percent, 'f', 2) : QString();
}

Status Targets::validate(const YearlyTarget &t) const
{
    if (t.year < 1990 || t.year > 2100)
        return Status::failure(tr("Year: %1 is not a year between 1990 and 2100.").arg(t.year));
    if (t.measure == TargetMeasure::LiteracyTests && t.cell != Cell::Literacy)
        return Status::failure(tr("Measure: literacy level tests are a target of the literacy cell, not of %1.")
                                   .arg(cellLabel(t.cell)));
    if (t.target < -1000000 || t.target > 1000000)
        return Status::failure(tr("Target: %1 is out of range.").arg(t.target));
    if (t.target < 0 && t.measure != TargetMeasure::NetChange)
        return Status::failure(tr("Target: only a change in the number of dossiers can be negative."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM yearly_target WHERE year = ? AND cell = ? AND measure = ? AND id <> ?"));
    q.addBindValue(t.year);
    q.addBindValue(cellCode(t.cell));
    q.addBindValue(measureCode(t.measure));
    q.addBindValue(t.id);
    if (!q.exec())
        return failed(q);
    if (q.next())
        return Status::failure(tr("%1 already has a target for %2; change that one.").arg(t.year).arg(describe(t)));
    return Status::success();
}

Result<qint64> Targets::add(const YearlyTarget &target)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::SetTargets); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    if (Status valid = validate(target); !valid)
        return R::failure(valid.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO yearly_target (year, cell, measure, target, note) VALUES (?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(target.year);
    q.addBindValue(cellCode(target.cell));
    q.addBindValue(measureCode(target.measure));
    q.addBindValue(target.target);
    q.addBindValue(text(target.note));
    if (!q.exec())
        return R::failure(failed(q).error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Targets::update(const YearlyTarget &target)
{
    if (Status allowed = Permissions::require(m_db, Permission::SetTargets); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    if (Status valid = validate(target); !valid)
        return valid;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE yearly_target SET year = ?, cell = ?, measure = ?, target = ?, note = ? WHERE id = ?"));
    q.addBindValue(target.year);
    q.addBindValue(cellCode(target.cell));
    q.addBindValue(measureCode(target.measure));
    q.addBindValue(target.target);
    q.addBindValue(text(target.note));
    q.addBindValue(target.id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no target number %1.").arg(target.id));
    return tx.commit();
}

Status Targets::remove(qint64 id)
{
    if (Status allowed = Permissions::require(m_db, Permission::SetTargets); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM yearly_target WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    return tx.commit();
}

Result<QList<YearlyTarget>> Targets::list(int year) const
{
    using R = Result<QList<YearlyTarget>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, year, cell, measure, target, note FROM yearly_target WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return R::failure(failed(q).error());
    QList<YearlyTarget> list;
    while (q.next())
        list.append(targetFrom(q));
    std::sort(list.begin(), list.end(), [](const YearlyTarget &a, const YearlyTarget &b) {
        return std::pair(int(a.cell), int(a.measure)) < std::pair(int(b.cell), int(b.measure));
    });
    return list;
}

Result<QList<int>> Targets::years() const
{
    using R = Result<QList<int>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT year FROM yearly_target ORDER BY year DESC")))
        return R::failure(failed(q).error());
    QList<int> list;
    while (q.next())
        list.append(q.value(0).toInt());
    return list;
}

Result<QList<TargetRealisation>> Targets::realisation(int year, const QDate &asOf) const
{
    using R = Result<QList<TargetRealisation>>;
    Result<QList<YearlyTarget>> targets = list(year);
    if (!targets)
        return R::failure(targets.error());
    const QDate from(year, 1, 1);
    const QDate to = asOf < from ? QDate() : std::min(QDate(year, 12, 31), asOf);
    std::array<int, kCellCount> started{};
    std::array<int, kCellCount> change{};
    int tests = 0;
    if (to.isValid() && !targets->isEmpty()) {
        // Each measure is one aggregate query (or one pass of the evolution engine).
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT cell, count(*) FROM placement WHERE start_date >= ? AND start_date <= ? GROUP BY cell"));
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        if (!q.exec())
            return R::failure(failed(q).error());
        while (q.next()) {
            if (const auto cell = cellFromCode(q.value(0).toString()))
                started[size_t(*cell)] = q.value(1).toInt();
        }
        q.prepare(QStringLiteral("SELECT count(*) FROM literacy_test WHERE test_date >= ? AND test_date <= ?"));
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return R::failure(failed(q).error());
        tests = q.value(0).toInt();
        q.finish();
        const bool needsEvolution = std::any_of(targets->cbegin(), targets->cend(), [](const YearlyTarget &t) {
            return t.measure == TargetMeasure::NetChange;
        });
        if (needsEvolution) {
            Result<QList<Figures>> figures = Evolution::compute(m_db, {from, to});
            if (!figures)
                return R::failure(figures.error());
            const Figures &first = figures->first();
            const Figures &last = figures->last();
            for (Cell cell : kAllCells)
                change[size_t(cell)] = last.cell(cell).value_or(0) - first.cell(cell).value_or(0);
        }
    }
    QList<TargetRealisation> rows;
    for (const YearlyTarget &t : std::as_const(targets.value())) {
        TargetRealisation r;
        r.target = t;
        r.from = from;
        r.to = to;
        switch (t.measure) {
        case TargetMeasure::PlacementsStarted:
            r.realised = started[size_t(t.cell)];
            break;
        case TargetMeasure::NetChange:
            r.realised = change[size_t(t.cell)];
            break;
        case TargetMeasure::LiteracyTests:
            r.realised = tests;
            break;
        }
        r.percent = percentOf(r.realised, t.target);
        rows.append(r);
    }
    return rows;
}

QByteArray Targets::toCsv(const QList<TargetRealisation> &rows)
{
    QList<QStringList> lines;
    for (const TargetRealisation &r : rows) {
        lines.append({QString::number(r.target.year), cellCode(r.target.cell), measureCode(r.target.measure),
                      QString::number(r.target.target), QString::number(r.realised), formatPercent(r.percent),
                      r.from.toString(Qt::ISODate), r.to.isValid() ? r.to.toString(Qt::ISODate) : QString(), r.target.note});
    }
    return ReportSupport::csv({QStringLiteral("year"), QStringLiteral("cell"), QStringLiteral("measure"),
                               QStringLiteral("target"), QStringLiteral("realised"), QStringLiteral("percent"),
                               QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("note")},
                              lines);
}

} // namespace parcours
