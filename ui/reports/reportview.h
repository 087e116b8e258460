// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reports/reportsupport.h"

#include <QWidget>

#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace parcours {
class Database;
}

namespace parcours::ui {

class ReportTableModel;

// What the three report views share: the bar with the view's own pickers and Compute, a
// progress bar with Cancel while the report runs, a summary line, the table and Export CSV.
//
// The report runs in a worker thread on its own connection to the same database file (a
// QSqlDatabase belongs to the thread that opened it), as the same actor, so the core checks
// the same permissions; the window stays responsive. The worker's progress lands in atomics
// that a timer reads; Cancel sets a flag the core sees within a few thousand rows. Closing
// the view cancels a running report and waits for it.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    ~ReportView() override;

    bool isRunning() const { return m_thread != nullptr; }
    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summary() const;
    QString status() const;

    // The CSV of the report shown (the same bytes as parcours-cli report … --format csv).
    // Fails when no report is shown or the file cannot be written.
    Status exportCsv(const QString &path) const;

public Q_SLOTS:
    // Starts the report with the values of the pickers; nothing while one runs.
    void compute();
    void cancel();
    // Asks for a file name, then exportCsv().
    void exportWithDialog();

Q_SIGNALS:
    void finished(bool ok); // a report was computed (true), or failed or was cancelled

protected:
    ReportView(Database &db, QWidget *parent);

    // The work of one report, run in the worker thread on the worker's connection.
    using Job = std::function<Status(Database &db, const ReportProgress &progress)>;
    // Checks the pickers (GUI thread) and returns the work, or the message saying what to fix.
    virtual Result<Job> prepare() = 0;
    // After a successful job, in the GUI thread: show the result (model rows, summary).
    virtual void present() = 0;
    virtual QByteArray csv() const = 0;
    virtual QString suggestedFileName() const = 0;
    // After a language switch: the view sets its headers and summary again and refills its
    // rows from the report it holds (their texts are cell names, outcomes…). The pickers keep
    // their values; the rows selected stay selected (changeEvent restores them).
    virtual void retranslateUi() { }
    void changeEvent(QEvent *event) override;

    QHBoxLayout *controls() const { return m_controls; }
    // The row that holds the table: a view may add a second table beside it.
    QHBoxLayout *body() const { return m_body; }
    void setSummary(const QString &text);
    // What `status()` shows, asked again after a language switch.
    void setStatus(std::function<QString()> text);
    void setHasResult(bool has);
    Database &database() const { return m_db; }

private:
    struct Worker;
    void done();
    void setBusy(bool busy);
    void showProgress();

    Database &m_db;
    std::shared_ptr<Worker> m_worker;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    bool m_hasResult = false;

    QHBoxLayout *m_controls = nullptr;
    QHBoxLayout *m_body = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
};

} // namespace parcours::ui
