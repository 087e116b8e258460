// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "format.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

DemoDataDialog::DemoDataDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("demoDataDialog"));
    setWindowTitle(tr("Fill with demo data"));

    auto *text = new QLabel(tr("Parcours will invent people with names heard in Brussels and valid national "
                               "numbers, ten years of income dossiers and their trajectories through the cells, as a "
                               "Brussels centre would have them. Use it to try Parcours out, for training sessions and "
                               "demonstrations."));
    text->setWordWrap(true);
    auto *warning = new QLabel(tr("Nobody in this data exists. Keep demo data in a database of its own: real dossiers "
                                  "belong in another one."));
    warning->setWordWrap(true);
    QPalette pal = warning->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    warning->setPalette(pal);

    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("demoDossierCount"));
    m_count->setRange(10, 200000);
    m_count->setSingleStep(500);
    m_count->setGroupSeparatorShown(true);
    m_count->setValue(kDefaultDossiers);
    m_count->setToolTip(tr("About five placements per dossier. 2,000 dossiers take a few seconds."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Number of dossiers:"), m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create demo data"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setFixedWidth(480);
}

int DemoDataDialog::dossiers() const
{
    return m_count->value();
}

void DemoDataDialog::setDossiers(int count)
{
    m_count->setValue(count);
}

std::optional<int> DemoDataDialog::ask(QWidget *parent)
{
    DemoDataDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.dossiers();
}

Status generateDemoData(QWidget *parent, Database &db, int dossiers, DemoGenerator::Summary *summary)
{
    QProgressDialog progress(DemoDataDialog::tr("Creating %1 demo dossiers…")
                                 .arg(formatCount(dossiers)),
                             DemoDataDialog::tr("Cancel"), 0, dossiers, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(DemoDataDialog::tr("Fill with demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    DemoGenerator::Options options;
    options.dossiers = dossiers;
    // The generator runs in this thread (its transaction is on this thread's connection);
    // processing events between its steps keeps the window painted and Cancel clickable.
    const Status status = DemoGenerator::generate(
        db, options,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            return !progress.wasCanceled();
        },
        summary);
    progress.close();
    return status;
}

} // namespace parcours::ui
