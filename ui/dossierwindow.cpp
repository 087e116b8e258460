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
#include <QEvent>
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

    auto *edit = translated(new QPushButton, &QPushButton::setText, [] { return tr("Edit &details…"); });
    edit->setObjectName(QStringLiteral("editDetailsButton"));
    translated(edit, &QWidget::setToolTip, [] { return tr("Change the person's and the dossier's details"); });
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
    m_tabs->addTab(m_trajectoryView, QString());
    m_tabs->addTab(m_balancePage, QString());
    m_tabs->addTab(m_gpmiPage, QString());
    retranslate(m_tabs, [this] {
        m_tabs->setTabText(0, tr("&Trajectory"));
        m_tabs->setTabText(1, tr("&Balance"));
        m_tabs->setTabText(2, tr("&GPMI"));
    });

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
    m_person = *person;
    m_dossier = *dossier;
    showHeader();
    const QString name = person->lastName + QStringLiteral(", ") + person->firstName;

    DossierPeriod period{dossier->id, dossier->reference, dossier->opened, dossier->closed};
    m_trajectoryView->setDossier(period, name, dossier->officer);
    m_balancePage->setDossier(*person, *dossier);
    m_gpmiPage->setDossier(*person, *dossier);
    return true;
}

void DossierWindow::showHeader()
{
    if (m_dossierId == 0)
        return;
    const QString name = m_person.lastName + QStringLiteral(", ") + m_person.firstName;
    setWindowTitle(tr("Dossier %1 — %2").arg(m_dossier.reference, name));
    m_name->setText(name);
    QStringList parts;
    parts << tr("Dossier %1").arg(m_dossier.reference);
    if (!m_person.nationalNumber.isEmpty())
        parts << NationalNumber::format(m_person.nationalNumber);
    parts << RegisterRules::incomeTypeLabel(m_dossier.incomeType);
    parts << (m_dossier.closed.isValid()
                  ? tr("open from %1 to %2").arg(formatDate(m_dossier.opened), formatDate(m_dossier.closed))
                  : tr("open since %1").arg(formatDate(m_dossier.opened)));
    if (!m_dossier.officer.isEmpty())
        parts << tr("officer %1").arg(m_dossier.officer);
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
}

void DossierWindow::changeEvent(QEvent *event)
{
    // The header in the new language, from what was read (not read again: a reading is audited).
    // The tabs retranslate themselves and keep what is typed in them.
    if (event->type() == QEvent::LanguageChange)
        showHeader();
    QDialog::changeEvent(event);
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
