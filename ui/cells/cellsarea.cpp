// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellsarea.h"

#include "article60view.h"
#include "partnersview.h"
#include "literacyview.h"
#include "targetsview.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parcours::ui {

CellsArea::CellsArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cellsArea"));
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // One line a tab, in the order of the seed's cells.
    addView(new PartnersView, [] { return tr("Partners"); });
    addView(new Article60View, [] { return tr("Article 60"); });
    addView(new LiteracyView, [] { return tr("Literacy"); });
    addView(new TargetsView, [] { return tr("Targets"); });
}

void CellsArea::addTab(QWidget *view, std::function<QString()> title, std::function<void(Database *)> attach)
{
    m_tabs->addTab(view, title());
    m_titles.append(std::move(title));
    m_attach.append(std::move(attach));
}

void CellsArea::setDatabase(Database *db)
{
    for (const auto &attach : m_attach)
        attach(db);
}

void CellsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_titles.size(); ++i)
            m_tabs->setTabText(i, m_titles.at(i)());
    }
    QWidget::changeEvent(event);
}

} // namespace parcours::ui
