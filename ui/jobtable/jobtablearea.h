// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class FreeAccessView;
class JobTableFiguresView;
class JobTableListModel;
class JobTablePage;

// The Job Table area of the main window: the groups (a list with where each stands, and the
// page of the chosen one) and the free access to the Space for Work. A role without the
// register (reception) sees only the free access.
class JobTableArea : public QWidget
{
    Q_OBJECT
public:
    explicit JobTableArea(QWidget *parent = nullptr);
    ~JobTableArea() override;

    // nullptr while no database is open; the database must outlive its use here.
    void setDatabase(Database *db);
    void refresh();
    // Shows the group `id` (selects it in the list).
    void openJobTable(qint64 id);
    void createJobTable(const QString &title);

    QTabWidget *tabs() const { return m_tabs; }
    JobTableListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    JobTablePage *page() const { return m_page; }
    FreeAccessView *freeAccess() const { return m_freeAccess; }
    JobTableFiguresView *figures() const { return m_figures; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askNew();
    void currentChanged();
    void fitList();

    Database *m_db = nullptr;
    QTabWidget *m_tabs = nullptr;
    JobTableListModel *m_list = nullptr;
    QTableView *m_listView = nullptr;
    QPushButton *m_newButton = nullptr;
    QStackedWidget *m_groupStack = nullptr;
    QLabel *m_empty = nullptr;
    JobTablePage *m_page = nullptr;
    FreeAccessView *m_freeAccess = nullptr;
    JobTableFiguresView *m_figures = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace parcours::ui
