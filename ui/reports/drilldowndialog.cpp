// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/drilldowndialog.h"

#include "format.h"
#include "widgetsupport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

DrillDownModel::DrillDownModel(QObject *parent) : QAbstractTableModel(parent) { }

void DrillDownModel::setRows(const QList<Evolution::DrillRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_shown = int(std::min<qsizetype>(m_rows.size(), kBatch));
    endResetModel();
}

qint64 DrillDownModel::dossierId(int row) const
{
    return row >= 0 && row < m_shown ? m_rows.at(row).dossierId : 0;
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.row() < 0 || index.row() >= m_shown)
        return {};
    const Evolution::DrillRow &r = m_rows.at(index.row());
    switch (index.column()) {
    case Reference:
        return r.reference;
    case LastName:
        return r.lastName;
    case FirstName:
        return r.firstName;
    default:
        break;
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Dossier");
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    default:
        break;
    }
    return {};
}

bool DrillDownModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void DrillDownModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(m_rows.size() - m_shown, kBatch));
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

DrillDownDialog::DrillDownDialog(std::function<QString()> what, const QDate &day, const QList<Evolution::DrillRow> &rows,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    m_model = new DrillDownModel(this);
    m_model->setRows(rows);

    auto *summary = new QLabel;
    const qsizetype count = rows.size();
    retranslate(summary, [this, summary, what, day, count] {
        setWindowTitle(tr("%1 on %2").arg(what(), formatDate(day)));
        summary->setText(count == 1 ? tr("<b>%1</b> on %2: 1 dossier. Double-click it to open it.").arg(what().toHtmlEscaped(), formatDate(day))
                                    : tr("<b>%1</b> on %2: %3 dossiers. Double-click one to open it.")
                                          .arg(what().toHtmlEscaped(), formatDate(day), formatCount(count)));
    });
    summary->setObjectName(QStringLiteral("drillDownSummary"));
    summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    prepareTableHeader(m_table->horizontalHeader());
    retranslateModel(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DrillDownModel::Reference, m_table->fontMetrics().horizontalAdvance(QStringLiteral("D-2024-000000")) + 28);
    m_table->setColumnWidth(DrillDownModel::LastName, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Vandermeulen-Lemaire")) + 28);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->dossierId(index.row()))
            Q_EMIT openDossierRequested(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace parcours::ui
