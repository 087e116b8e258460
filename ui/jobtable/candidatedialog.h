// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class CandidateModel;

// Chooses participants among the dossiers open today: search by name or reference, only
// those in the Work cell, by language, by officer. Several may be chosen at once.
class CandidateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CandidateDialog(Database &db, QWidget *parent = nullptr);
    QList<qint64> chosen() const; // dossier ids
    CandidateModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *workCellOnly() const { return m_workCell; }
    void refresh();

private:
    Database &m_db;
    CandidateModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_workCell = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_officer = nullptr;
};

} // namespace parcours::ui
