// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targets/targets.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class TargetModel;

// The cells' yearly targets of a chosen year with what was realised so far (to today, or to
// 31 December of a past year) and a progress bar; the manager adds and changes them.
class TargetsView : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsView(QWidget *parent = nullptr);
    ~TargetsView() override;

    void setDatabase(Database *db);
    void refresh();

    void setYear(int year);
    // The day realisations are measured to (today unless a test or the screenshots say).
    void setToday(const QDate &today);
    // Open the target editor for a new target, or for the selected one.
    void addTarget();
    void editTarget();
    void removeTarget();
    // The save of the editor, without the dialog: for tests.
    Status save(const YearlyTarget &target);

    TargetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *yearField() const { return m_year; }
    QString message() const;

private:
    void edit(std::optional<YearlyTarget> existing);
    void showPeriod(); // the line above the table, from the rows shown

    Database *m_db = nullptr;
    QDate m_today;
    QSpinBox *m_year = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_message = nullptr;
    TargetModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QList<QPushButton *> m_editButtons;
};

} // namespace parcours::ui
