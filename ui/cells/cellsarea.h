// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QTabWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

// The Cells area of the main window: what the cells manage besides the placements (seed 000)
// — the partners, the article 60 posts and contracts, the literacy tests, courses and waiting
// list, the yearly targets. One tab each; a tab is any widget with setDatabase(Database *).
class CellsArea : public QWidget
{
    Q_OBJECT
public:
    explicit CellsArea(QWidget *parent = nullptr);

    // nullptr while no database is open; the database must outlive its use here.
    void setDatabase(Database *db);
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Adds `view` as a tab titled by `title` (called again on a language change).
    template<typename View>
    View *addView(View *view, std::function<QString()> title)
    {
        addTab(view, std::move(title), [view](Database *db) { view->setDatabase(db); });
        return view;
    }
    void addTab(QWidget *view, std::function<QString()> title, std::function<void(Database *)> attach);

    QTabWidget *m_tabs = nullptr;
    QList<std::function<QString()>> m_titles;
    QList<std::function<void(Database *)>> m_attach;
};

} // namespace parcours::ui
