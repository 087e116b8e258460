// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/balance.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace parcours::ui {

// Two versions of a balance side by side: one row a field, the older value on the left, the
// newer on the right; changed rows are marked (colour, bold and a sign in the first column,
// so that the mark does not rest on colour alone). "Only changes" hides the rest.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QString &olderTitle, const QString &newerTitle, const QList<FieldComparison> &rows,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int changedCount() const { return m_changed; }
    void setOnlyChanges(bool only);

private:
    QTableWidget *m_table = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QList<FieldComparison> m_rows;
    int m_changed = 0;
};

} // namespace parcours::ui
