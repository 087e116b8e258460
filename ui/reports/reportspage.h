// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/evolutionchart.h"
#include "common/result.h"
#include "reports/evolutionmodel.h"
#include "reports/evolutionreport.h"
#include "trajectory/evolutiontable.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <map>
#include <utility>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;
class DrillDownDialog;
class EvolutionLoader;

// The Reports page: the evolution table (computed and recorded rows side by side) and its
// chart over a period chosen by the user, with exports (PNG, SVG, PDF, print, CSV) and the
// list of dossiers behind any computed count. Other reports join as tabs (addReport).
//
// The table is computed in the background when the page is first shown and whenever the
// period changes; the window stays responsive and the computation can be cancelled.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    // nullptr while no database is open. The database must outlive its use here.
    void setDatabase(Database *db);
    // Adds a report of its own as a tab after the evolution's (the page takes `view`).
    void addReport(const QString &title, QWidget *view);
    // The same, with a title that follows the language (`title` calls tr()).
    void addReport(std::function<QString()> title, QWidget *view);

    void setPeriod(const QDate &from, const QDate &to, Evolution::Step step);
    void setSource(EvolutionTable::Source source);
    void setChartKind(EvolutionChart::Kind kind);
    // What the controls ask for now (the same options as `parcours-cli evolution`).
    EvolutionTable::Request request() const;
    // Computes again with the controls' period (in the background).
    void refresh();
    // The data changed: computes again now if shown, else when next shown.
    void invalidate();
    void cancel();
    bool busy() const;
    // Tabs: 0 the table, 1 the chart, then the added reports.
    void showTab(int index);

    EvolutionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EvolutionChartView *chartView() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    // The current rows and chart as a report (title, period, kind).
    EvolutionReport report() const;

    // Writes the current table or chart to `path` (format from the suffix); no dialog.
    Status exportTo(const QString &path, const QSize &size = EvolutionReport::kDefaultSize);
    // The list behind the count at (row, column) of the table; nullptr (and a message) when
    // it is not a computed count or the list cannot be read. The dialog deletes itself.
    DrillDownDialog *drillDown(int row, int column);

Q_SIGNALS:
    void openDossierRequested(qint64 dossierId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void compute();
    void fitColumns();
    void measureColumns();
    void showRows(const QList<Figures> &rows);
    // Shows `text()` in place of the table; called again after a language switch.
    void showMessage(std::function<QString()> text);
    void setBusy(bool busy);
    void exportWithDialog(EvolutionReport::Format format);
    void print();

    Database *m_db = nullptr;
    EvolutionLoader *m_loader = nullptr;
    EvolutionModel *m_model = nullptr;
    bool m_stale = true;
    EvolutionTable::Request m_shown; // the request whose rows are shown

    DateEdit *m_fromEdit = nullptr;
    DateEdit *m_toEdit = nullptr;
    QComboBox *m_stepCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QPushButton *m_updateButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    std::function<QString()> m_messageText;
    std::map<QWidget *, std::function<QString()>> m_tabTitles; // the added reports
    QComboBox *m_kindCombo = nullptr;
    std::array<int, EvolutionModel::ColumnCount> m_naturalWidths{}; // longest word or figure
    QPointer<DrillDownDialog> m_drillDown; // the list shown last, and the count it lists
    std::pair<QDate, int> m_drillDownKey;
    EvolutionChartView *m_chart = nullptr;
};

} // namespace parcours::ui
