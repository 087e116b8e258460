// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/freeaccess.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;
class MonthCountModel;
class VisitModel;

// The free access to the Space for Work, made for a reception desk: the day is today, the
// visitor anonymous unless a dossier reference is typed, and one click on a purpose records
// the visit. Below: the visits of the day, the monthly counts of a year and the usage rules
// in force.
class FreeAccessView : public QWidget
{
    Q_OBJECT
public:
    explicit FreeAccessView(QWidget *parent = nullptr);
    ~FreeAccessView() override;

    void setDatabase(Database *db);
    void refresh();

    // For tests and the screenshots.
    QPushButton *purposeButton(VisitPurpose purpose) const;
    QLineEdit *referenceField() const { return m_reference; }
    DateEdit *dayField() const { return m_day; }
    VisitModel *visitModel() const { return m_visits; }
    MonthCountModel *monthModel() const { return m_months; }
    QString message() const;
    void record(VisitPurpose purpose);

private:
    void saveRules();

    Database *m_db = nullptr;
    DateEdit *m_day = nullptr;
    QLineEdit *m_reference = nullptr;
    QList<QPushButton *> m_purposeButtons;
    QLabel *m_message = nullptr;
    VisitModel *m_visits = nullptr;
    QTableView *m_visitTable = nullptr;
    QSpinBox *m_year = nullptr;
    MonthCountModel *m_months = nullptr;
    QTableView *m_monthTable = nullptr;
    QLabel *m_rules = nullptr;
    // The rules read by refresh(), shown again in the new language after a switch.
    std::optional<UsageRules> m_inForce;
    bool m_rulesRead = false;
    void showRules();
    QLineEdit *m_rulesVersion = nullptr;
    DateEdit *m_rulesFrom = nullptr;
    QPlainTextEdit *m_rulesBody = nullptr;
    QWidget *m_rulesEditor = nullptr;
    QPushButton *m_newRules = nullptr;
};

} // namespace parcours::ui
