// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierwindow.h"

#include "balance/balancepage.h"
#include "balance/gpmipage.h"
#include "dossierform.h"
#include "format.h"
#include "registry/registry.h"
#include "trajectory/trajectory.h"
#include "trajectoryview.h"
#include "widgetsupport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parcours::ui {

DossierWindow::DossierWindow(Registry &registry, Trajectory &trajectory, QWidget *parent)
    : QDialog(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("dossierWindow"));
    setSizeGripEnabled(true);

    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("dossierName"));
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_name->setFont(f);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("dossierDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *edit = new QPushButton(tr("Edit &details…"));
    edit->setObjectName(QStringLiteral("editDetailsButton"));
    edit->setToolTip(tr("Change the person's and the dossier's details"));
    edit->setAutoDefault(false);
    connect(edit, &QPushButton::clicked, this, &DossierWindow::editDetails);

    auto *header = new QHBoxLayout;
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_details);
    header->addLayout(text, 1);
    header->addWidget(edit, 0, Qt::AlignTop);

    m_trajectoryView = new TrajectoryView(trajectory);
    connect(m_trajectoryView, &TrajectoryView::changed, this, [this] { Q_EMIT changed(m_dossierId); });
    m_balancePage = new BalancePage(trajectory.database());
    m_gpmiPage = new GpmiPage(trajectory.database());
    // A referral to the orientation is a new step of the trajectory: show it there.
    connect(m_balancePage, &BalancePage::trajectoryChanged, this, [this] {
        loadDossier(m_dossierId);
        Q_EMIT changed(m_dossierId);
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_trajectoryView, tr("&Trajectory"));
    m_tabs->addTab(m_balancePage, tr("&Balance"));
    m_tabs->addTab(m_gpmiPage, tr("&GPMI"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(separator);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1040, 680);
}

DossierWindow::~DossierWindow()
{
    disconnectChildren(this); // see widgetsupport.h: no signal reaches a half-destroyed object
}

bool DossierWindow::loadDossier(qint64 dossierId)
{
    const std::optional<Dossier> dossier = m_registry.dossier(dossierId);
    if (!dossier)
        return false;
    const std::optional<Person> person = m_registry.person(dossier->personId);
    if (!person)
        return false;
    m_registry.recordView(dossierId, QStringLiteral("dossier window")); // the audit trail says who looked at whose data
    m_dossierId = dossierId;
    const QString name = person->lastName + QStringLiteral(", ") + person->firstName;
    setWindowTitle(tr("Dossier %1 — %2").arg(dossier->reference, name));
    m_name->setText(name);
    QStringList parts;
    parts << tr("Dossier %1").arg(dossier->reference);
    if (!person->nationalNumber.isEmpty())
        parts << NationalNumber::format(person->nationalNumber);
    parts << RegisterRules::incomeTypeLabel(dossier->incomeType);
    parts << (dossier->closed.isValid()
                  ? tr("open from %1 to %2").arg(formatDate(dossier->opened), formatDate(dossier->closed))
                  : tr("open since %1").arg(formatDate(dossier->opened)));
    if (!dossier->officer.isEmpty())
        parts << tr("officer %1").arg(dossier->officer);
    m_details->setText(parts.join(QStringLiteral("  ·  ")));

    DossierPeriod period{dossier->id, dossier->reference, dossier->opened, dossier->closed};
    m_trajectoryView->setDossier(period, name, dossier->officer);
    m_balancePage->setDossier(*person, *dossier);
    m_gpmiPage->setDossier(*person, *dossier);
    return true;
}

DossierForm *DossierWindow::editDetails()
{
    if (m_dossierId == 0)
        return nullptr;
    auto *form = new DossierForm(m_registry, this);
    if (!form->loadDossier(m_dossierId)) {
        delete form;
        return nullptr;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &DossierForm::saved, this, [this](qint64 id) {
        loadDossier(id);
        Q_EMIT changed(id);
    });
    form->open();
    return form;
}

} // namespace parcours::ui
