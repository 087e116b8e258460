// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QHeaderView>
#include <QObject>

namespace parcours::ui {

void disconnectChildren(QObject *receiver)
{
    for (QObject *child : receiver->findChildren<QObject *>())
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

void prepareTableHeader(QHeaderView *header)
{
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace parcours::ui
