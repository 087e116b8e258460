// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/placement.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace parcours {
class Trajectory;
}

namespace parcours::ui {

class PlacementDialog;
class PlacementModel;
class TimelineBand;

// A dossier's trajectory: where the person stands today, the band of the cells over time,
// the chronological list of placements, and the actions Refer to a cell, Transfer, End
// placement, Edit and Remove. Every change goes through a PlacementDialog (or, for Remove,
// a confirmation) and the core; afterwards the view reads the trajectory again.
class TrajectoryView : public QWidget
{
    Q_OBJECT
public:
    // Answers "Remove this placement?"; tests replace the question box.
    using ConfirmPrompt = std::function<bool(const QString &question)>;

    explicit TrajectoryView(Trajectory &trajectory, QWidget *parent = nullptr);
    ~TrajectoryView() override;

    // The dossier to show: its period, the person's name (for the dialogs) and the dossier's
    // officer (proposed for new placements). Reads its placements.
    void setDossier(const DossierPeriod &dossier, const QString &personName, const QString &dossierOfficer);
    const DossierPeriod &dossier() const { return m_dossier; }
    // Reads the placements again; keeps the selection when it still exists.
    void reload();
    // The day taken as today (the current date by default): for tests and screenshots.
    void setToday(const QDate &today);

    TimelineBand *band() const { return m_band; }
    PlacementModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 selectedPlacementId() const;
    void selectPlacement(qint64 placementId);

    // Open the dialogs (window-modal; they delete themselves when closed). nullptr when the
    // action does not apply (e.g. nothing selected to end or edit).
    PlacementDialog *refer();
    PlacementDialog *transfer();
    PlacementDialog *endPlacement();
    PlacementDialog *editPlacement();
    // Asks, then removes the selected placement; false when refused or not confirmed.
    bool removePlacement();
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }

Q_SIGNALS:
    // After every change saved to the trajectory.
    void changed();

protected:
    // QEvent::LanguageChange: the buttons' texts, the status line and the table's headers.
    void changeEvent(QEvent *event) override;

private:
    PlacementDialog *openDialog(int mode, const Placement &subject);
    const Placement *selected() const;
    const Placement *currentPlacement() const; // the one covering today
    void updateState();
    void setupColumns();

    Trajectory &m_trajectory;
    DossierPeriod m_dossier;
    QString m_personName;
    QString m_dossierOfficer;
    QDate m_today;
    ConfirmPrompt m_confirm;

    QLabel *m_status = nullptr;
    TimelineBand *m_band = nullptr;
    PlacementModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_referButton = nullptr;
    QPushButton *m_transferButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace parcours::ui
