// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/compliance.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class ComplianceModel;
class DateEdit;

// The GPMI compliance list (core/balance/compliance.h) on a day: what is missing, overdue,
// or due within 30 days, for one officer or all. On the Dossiers area's start, so that an
// officer sees first what an inspector would find. Double-click opens the dossier.
class ComplianceView : public QWidget
{
    Q_OBJECT
public:
    explicit ComplianceView(QWidget *parent = nullptr);
    ~ComplianceView() override;

    // The database to read (null: empty list). Picks the officer whose name matches the
    // signed-in person, if the list has one.
    void setDatabase(Database *db);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    // "" = every officer.
    void setOfficer(const QString &officer);
    ComplianceModel *model() const { return m_model; }
    int findingCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openDossierRequested(qint64 dossierId);
    // The number of findings changed (for a tab title).
    void countChanged(int findings, int overdue);

protected:
    // QEvent::LanguageChange: the findings are read again in the new language.
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();

    Database *m_db = nullptr;
    QDate m_day = QDate::currentDate();
    QList<Compliance::Row> m_all; // the day's rows, every officer
    ComplianceModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    DateEdit *m_dayEdit = nullptr;
    QComboBox *m_officer = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace parcours::ui
