// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/comparedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

CompareDialog::CompareDialog(const QString &olderTitle, const QString &newerTitle, const QList<FieldComparison> &rows, QWidget *parent)
    : QDialog(parent), m_rows(rows)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1 with %2").arg(olderTitle, newerTitle));
    setSizeGripEnabled(true);

    m_table = new QTableWidget(int(rows.size()), 3);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), olderTitle, newerTitle});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const QColor removed(0xfb, 0xe3, 0xe3);
    const QColor added(0xe2, 0xf4, 0xe2);
    for (int i = 0; i < rows.size(); ++i) {
        const FieldComparison &r = rows.at(i);
        auto *label = new QTableWidgetItem((r.changed ? QStringLiteral("● ") : QStringLiteral("   ")) + r.label);
        auto *before = new QTableWidgetItem(r.before);
        auto *after = new QTableWidgetItem(r.after);
        if (r.sensitive)
            label->setToolTip(tr("Sensitive data: this reading is recorded in the audit trail."));
        if (r.changed) {
            ++m_changed;
            QFont bold = label->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {label, before, after})
                item->setFont(bold);
            label->setData(Qt::UserRole, true);
            if (!r.before.isEmpty())
                before->setBackground(removed);
            if (!r.after.isEmpty())
                after->setBackground(added);
            if (r.before.isEmpty())
                before->setText(tr("(not filled in)"));
            if (r.after.isEmpty())
                after->setText(tr("(removed)"));
        }
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, before);
        m_table->setItem(i, 2, after);
    }
    m_table->resizeRowsToContents();

    auto *summary = new QLabel(tr("%1 of %2 fields changed.").arg(m_changed).arg(rows.size()));
    summary->setObjectName(QStringLiteral("compareSummary"));
    m_onlyChanges = new QCheckBox(tr("Show &only the changes"));
    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));
    connect(m_onlyChanges, &QCheckBox::toggled, this, &CompareDialog::setOnlyChanges);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_onlyChanges);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

void CompareDialog::setOnlyChanges(bool only)
{
    if (m_onlyChanges->isChecked() != only)
        m_onlyChanges->setChecked(only);
    for (int i = 0; i < m_rows.size(); ++i)
        m_table->setRowHidden(i, only && !m_rows.at(i).changed);
}

} // namespace parcours::ui
