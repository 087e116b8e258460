// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace parcours {
class Registry;
class Trajectory;
}

namespace parcours::ui {

class DossierForm;
class DossierListModel;
class DossierWindow;

// The Dossiers page: search, filters, the lazily loaded dossier table, and the way into the
// dossier form. Search-as-you-type waits kSearchDelayMs after the last key so that a fast
// typist costs one query, not one per letter.
class DossierListView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    explicit DossierListView(QWidget *parent = nullptr);
    ~DossierListView() override;

    // nullptr while no database is open. The registry must outlive its use here.
    void setRegistry(Registry *registry);
    // The trajectories of the same database, for the dossier window; nullptr without one.
    void setTrajectory(Trajectory *trajectory) { m_trajectory = trajectory; }
    DossierListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // All dossiers in the register, whatever the filters.
    int totalDossiers() const { return m_total; }

    // Open the form (window-modal, not blocking); it deletes itself when closed.
    DossierForm *newDossier();
    DossierForm *editDossier(qint64 dossierId);
    DossierForm *editCurrent();
    // Open a dossier with its trajectory (what double-clicking does); window-modal, deletes
    // itself when closed. nullptr when the dossier no longer exists.
    DossierWindow *openDossier(qint64 dossierId);
    DossierWindow *openCurrent();

    // A register that may be read but not changed (the database is known to be damaged):
    // no new dossier, no editing; reading and opening dossiers stay possible.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Reads the register again (after a save, or after another program changed it).
    void refresh();
    void clearFilters();
    // Puts the cursor in the search box: officers mostly come to the list to find someone.
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // QEvent::LanguageChange: retranslates in place (the search text and filters stay).
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void totalDossiersChanged(int total);
    // "Fill with demo data" on the empty register: the main window asks and generates.
    void demoDataRequested();
    // A dossier window was opened; whoever shows dossiers elsewhere may follow its changes.
    void dossierWindowOpened(DossierWindow *window);

private:
    QWidget *buildEmptyState();
    void retranslateUi();
    QWidget *buildNoMatch();
    void applyFilters();
    void updateState();
    void setupColumns();
    void select(qint64 dossierId);
    DossierForm *openForm(DossierForm *form);

    Registry *m_registry = nullptr;
    Trajectory *m_trajectory = nullptr;
    DossierListModel *m_model = nullptr;
    int m_total = 0;
    qint64 m_selectAfterReset = 0;

    QTimer *m_searchTimer = nullptr;
    QWidget *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_income = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_tablePage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_noMatchPage = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_readOnly = false;
};

} // namespace parcours::ui
