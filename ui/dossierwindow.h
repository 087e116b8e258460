// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dossier.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace parcours {
class Registry;
class Trajectory;
}

namespace parcours::ui {

class BalancePage;
class DossierForm;
class GpmiPage;
class TrajectoryView;

// One dossier as officers open it from a list (double-click): the person and the dossier on
// top, below it three tabs — its trajectory (TrajectoryView), its socio-professional balance
// (BalancePage) and its GPMI (GpmiPage) — and "Edit details…" for the dossier form.
class DossierWindow : public QDialog
{
    Q_OBJECT
public:
    DossierWindow(Registry &registry, Trajectory &trajectory, QWidget *parent = nullptr);
    ~DossierWindow() override;

    // Shows a stored dossier; false when it no longer exists (or may not be read).
    bool loadDossier(qint64 dossierId);
    qint64 dossierId() const { return m_dossierId; }
    TrajectoryView *trajectoryView() const { return m_trajectoryView; }
    BalancePage *balancePage() const { return m_balancePage; }
    GpmiPage *gpmiPage() const { return m_gpmiPage; }
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the dossier form on top (window-modal); it deletes itself when closed.
    DossierForm *editDetails();

Q_SIGNALS:
    // The dossier's details or its trajectory were saved.
    void changed(qint64 dossierId);

protected:
    // QEvent::LanguageChange: the header in the new language; the tabs do their own.
    void changeEvent(QEvent *event) override;

private:
    void showHeader();
    Person m_person;
    Dossier m_dossier;
    Registry &m_registry;
    qint64 m_dossierId = 0;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    TrajectoryView *m_trajectoryView = nullptr;
    BalancePage *m_balancePage = nullptr;
    GpmiPage *m_gpmiPage = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace parcours::ui
