// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/evolutiontable.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace parcours {
class Database;
}

namespace parcours::ui {

// Computes the evolution table away from the window's thread, so that a large database never
// freezes it. The work runs in a thread of its own on a connection of its own to the same file
// (SQLite connections belong to one thread), acting as the same person as `db`. The
// connection stays open between computations: its page cache makes a second period or step
// cheaper than the first.
//
// cancel() gives the window back at once: a request not yet started is skipped, and the
// answer of one already running is thrown away when it comes.
class EvolutionLoader : public QObject
{
    Q_OBJECT
public:
    explicit EvolutionLoader(QObject *parent = nullptr);
    ~EvolutionLoader() override;

    void start(Database &db, const EvolutionTable::Request &request);
    void cancel();
    bool busy() const { return m_busy; }
    // Closes the worker's connection (the database is going away); the next start() opens one.
    void release();
    // Waits until the worker has finished what it was given (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void finished(const QList<parcours::Figures> &rows);
    void failed(const QString &message);
    void cancelled();

private:
    using Outcome = Result<QList<Figures>>;
    struct Worker;
    void deliver(quint64 generation, const Outcome &outcome);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives in m_thread
    // The generation the worker should compute; any other is stale. Shared with the worker.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace parcours::ui
