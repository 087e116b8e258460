// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportview.h"

#include "reports/reporttablemodel.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace parcours::ui {

// Shared between the view and its worker thread; outlives whichever ends last.
struct ReportView::Worker
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Status status = Status::success(); // written by the worker, read after it finished
};

ReportView::ReportView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_model = new ReportTableModel(this);

    m_compute = translated(new QPushButton, &QPushButton::setText, [] { return tr("C&ompute"); });
    m_compute->setObjectName(QStringLiteral("reportComputeButton"));
    m_compute->setDefault(true);
    m_cancel = translated(new QPushButton, &QPushButton::setText, [] { return tr("Cancel"); });
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_export = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Export CSV…"); });
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_export->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);

    m_controls = new QHBoxLayout;
    auto *bar = new QHBoxLayout;
    bar->addLayout(m_controls);
    bar->addSpacing(12);
    bar->addWidget(m_compute);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    retranslate(m_status, [this] {
        if (m_statusText)
            m_status->setText(m_statusText());
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    prepareTableHeader(m_table->horizontalHeader());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    m_body = new QHBoxLayout;
    m_body->addWidget(m_table, 1);
    layout->addLayout(m_body, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ReportView::showProgress);
    connect(m_compute, &QPushButton::clicked, this, &ReportView::compute);
    connect(m_cancel, &QPushButton::clicked, this, &ReportView::cancel);
    connect(m_export, &QPushButton::clicked, this, &ReportView::exportWithDialog);
    setBusy(false);
    m_status->hide();
}

ReportView::~ReportView()
{
    disconnectChildren(this);
    if (m_thread) {
        m_worker->cancel = true;
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

QString ReportView::summary() const
{
    return m_summary->text();
}

QString ReportView::status() const
{
    return m_status->text();
}

void ReportView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ReportView::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        QList<int> selected;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            selected << index.row();
        const QModelIndex current = m_table->currentIndex();
        retranslateUi();
        // The rows come back in the same order: select the same ones again.
        if (current.isValid() && current.row() < m_model->rowCount())
            m_table->selectionModel()->setCurrentIndex(m_model->index(current.row(), current.column()),
                                                       QItemSelectionModel::NoUpdate);
        for (const int row : std::as_const(selected)) {
            if (row < m_model->rowCount())
                m_table->selectionModel()->select(m_model->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QWidget::changeEvent(event);
}

void ReportView::setHasResult(bool has)
{
    m_hasResult = has;
    m_export->setEnabled(has && !isRunning());
}

void ReportView::setBusy(bool busy)
{
    m_compute->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_export->setEnabled(!busy && m_hasResult);
    for (int i = 0; i < m_controls->count(); ++i) {
        if (QWidget *w = m_controls->itemAt(i)->widget())
            w->setEnabled(!busy);
    }
}

void ReportView::compute()
{
    if (isRunning())
        return;
    Result<Job> job = prepare();
    if (!job) {
        setStatus([error = job.error()] { return error; });
        m_status->show();
        Q_EMIT finished(false);
        return;
    }
    m_worker = std::make_shared<Worker>();
    const QString path = m_db.path();
    const Actor actor = m_db.actor();
    m_thread = QThread::create([worker = m_worker, path, actor, run = job.take()] {
        auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (!opened) {
            worker->status = Status::failure(opened.error());
            return;
        }
        const std::unique_ptr<Database> db = opened.take();
        db->setActor(actor);
        worker->status = run(*db, [&worker](qint64 done, qint64 total) {
            worker->total = total;
            worker->done = done;
            return !worker->cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, &ReportView::done);
    m_progress->setRange(0, 0); // busy until the first numbers come
    setStatus([] { return tr("Computing…"); });
    m_status->show();
    setBusy(true);
    m_poll->start();
    m_thread->start();
}

void ReportView::cancel()
{
    if (m_worker && isRunning()) {
        m_worker->cancel = true;
        setStatus([] { return tr("Cancelling…"); });
    }
}

void ReportView::showProgress()
{
    if (!m_worker)
        return;
    const qint64 total = m_worker->total.load();
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(m_worker->done.load() * 1000 / total));
}

void ReportView::done()
{
    m_poll->stop();
    m_thread->wait(); // finished() is queued: the thread may still be winding down
    m_thread->deleteLater(); // we are in a slot of its signal
    m_thread = nullptr;
    const bool cancelled = m_worker->cancel.load();
    const Status status = m_worker->status;
    m_worker.reset();
    setBusy(false);
    if (status) {
        m_status->hide();
        setStatus({});
        present();
        setHasResult(true);
    } else {
        // The last result stays in the table: a cancelled run changes nothing.
        const bool kept = m_hasResult;
        if (cancelled)
            setStatus([kept] { return kept ? tr("Cancelled; the table shows the last report computed.") : tr("Cancelled."); });
        else
            setStatus([error = status.error()] { return error; });
        m_status->show();
    }
    Q_EMIT finished(status.ok());
}

Status ReportView::exportCsv(const QString &path) const
{
    if (!m_hasResult)
        return Status::failure(tr("There is no report to export yet: compute one first."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

void ReportView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir::home().filePath(suggestedFileName()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export CSV"), s.error());
}

} // namespace parcours::ui
