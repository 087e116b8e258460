// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatedialog.h"

#include "domain/dossier.h"
#include "jobtable/jobtables.h"
#include "jobtablemodels.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

CandidateDialog::CandidateDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Add participants"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name or dossier reference"));
    m_search->setClearButtonEnabled(true);
    m_workCell = new QCheckBox(tr("In the Work cell"));
    m_workCell->setChecked(true);
    m_language = new QComboBox;
    m_language->addItem(tr("Any language"), QString());
    for (const QString &code : {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("other")})
        m_language->addItem(RegisterRules::languageLabel(code), code);
    m_officer = new QLineEdit;
    m_officer->setPlaceholderText(tr("Officer"));
    m_model = new CandidateModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    prepareTableHeader(m_table->horizontalHeader());
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the group"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &CandidateDialog::refresh);
    connect(m_workCell, &QCheckBox::toggled, this, &CandidateDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CandidateDialog::refresh);
    connect(m_officer, &QLineEdit::editingFinished, this, &CandidateDialog::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_workCell);
    filters->addWidget(m_language);
    filters->addWidget(m_officer, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    refresh();
}

void CandidateDialog::refresh()
{
    JobTables::CandidateFilter filter;
    filter.text = m_search->text();
    filter.inWorkCell = m_workCell->isChecked();
    filter.language = m_language->currentData().toString();
    filter.officer = m_officer->text();
    m_model->setRows(JobTables(m_db).candidates(filter));
    m_table->resizeColumnsToContents();
}

QList<qint64> CandidateDialog::chosen() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const auto *c = m_model->rowAt(index.row()))
            ids << c->dossierId;
    }
    return ids;
}

} // namespace parcours::ui
