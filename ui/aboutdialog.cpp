// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "artwork.h"
#include "common/credits.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QLabel *textLabel(const QString &text, const char *name)
{
    auto *label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Parcours"));

    auto *icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(QStringLiteral("Parcours"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto *version = textLabel(tr("Version %1").arg(programVersion()), "aboutVersion");

    auto *purpose = textLabel(tr("Integration trajectories for the socio-professional integration services (SPI) "
                                 "of Belgian OCMW / CPAS: the register of dossiers, the trajectory through the "
                                 "cells, the evolution figures and the Job Table."),
                              "aboutPurpose");

    auto *licence = textLabel(tr("Free software: you may use, study, share and change it under the terms of the "
                                 "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
                                 "License</a>, version 3 or any later version (GPL-3.0-or-later). It comes with "
                                 "no warranty."),
                              "aboutLicence");

    QString rows;
    for (const Credit &credit : credits()) {
        const QString name = QStringLiteral("<a href=\"%1\">%2</a>").arg(credit.url, credit.name.toHtmlEscaped());
        rows += QStringLiteral("<li>")
            + (credit.version.isEmpty() ? name : tr("%1 %2").arg(name, credit.version.toHtmlEscaped()))
            + QStringLiteral(" — ") + credit.licence.toHtmlEscaped() + QStringLiteral("</li>");
    }
    auto *creditsLabel = textLabel(tr("Built with:") + QStringLiteral("<ul style=\"margin-left: -24px\">") + rows
                                       + QStringLiteral("</ul>") + tr("Catch2 runs the tests; it is not part of the "
                                                                      "program."),
                                   "aboutCredits");

    auto *database = textLabel(databasePath.isEmpty() ? tr("No database open.")
                                                      : tr("Database in use: %1")
                                                            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                               "aboutDatabase");
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(4);
    text->addWidget(purpose);
    text->addWidget(licence);
    text->addWidget(creditsLabel);
    text->addWidget(database);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    setMaximumWidth(640);
}

} // namespace parcours::ui
