// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace parcours {
class Trajectory;
}

namespace parcours::ui {

class CaseloadModel;
class DateEdit;

// The Trajectory page: who is in which cell on a day (today by default), since when and with
// which officer, filtered by cell and by officer, with the number of people per cell.
// Double-clicking a person asks to open their dossier (openDossierRequested).
//
// The day is read when the page is shown or the day changes: the counts per cell and officer,
// then the rows a page at a time as the table scrolls (CaseloadModel::setSource).
class CaseloadView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseloadView(QWidget *parent = nullptr);
    ~CaseloadView() override;

    // nullptr while no database is open. The trajectory must outlive its use here.
    void setTrajectory(Trajectory *trajectory);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    // nullopt = all cells / all officers; "" = placements without an officer.
    void setCellFilter(std::optional<Cell> cell);
    void setOfficerFilter(const std::optional<QString> &officer);
    // Reads the day again (after a change elsewhere, or when the page is shown).
    void refresh();

    CaseloadModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void openDossierRequested(qint64 dossierId);

protected:
    void showEvent(QShowEvent *event) override;
    // QEvent::LanguageChange: retranslates in place.
    void changeEvent(QEvent *event) override;

private:
    void load();
    void applyFilters();
    void rebuildOfficers();
    void updateSummary();
    void setupColumns();

    Trajectory *m_trajectory = nullptr;
    CaseloadModel *m_model = nullptr;
    QDate m_day;
    bool m_stale = true; // the rows shown are not the day's as it is now

    DateEdit *m_dayEdit = nullptr;
    QPushButton *m_todayButton = nullptr;
    QComboBox *m_cellFilter = nullptr;
    QComboBox *m_officerFilter = nullptr;
    void retranslateUi();

    QLabel *m_dayLabel = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLabel *m_officerLabel = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace parcours::ui
