// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);

    auto *text = new QLabel(description);
    text->setWordWrap(true);
    text->setMaximumWidth(560);

    auto *status = new QLabel(tr("Not available yet in this version of Parcours."));
    status->setObjectName(QStringLiteral("placeholderStatus"));
    QPalette pal = status->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    status->setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(status);
    layout->addStretch();
}

} // namespace parcours::ui
