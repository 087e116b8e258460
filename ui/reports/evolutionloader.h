// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/evolutiontable.h"

#include <QFutureWatcher>
#include <QObject>

namespace parcours {
class Database;
}

namespace parcours::ui {

// Computes the evolution table away from the window's thread, so that a large database never
// freezes it. The work runs on a connection of its own to the same file (SQLite connections
// belong to one thread), acting as the same person as `db`. cancel() drops the pending answer
// at once: the window is free again, and what the worker still finishes is thrown away.
class EvolutionLoader : public QObject
{
    Q_OBJECT
public:
    explicit EvolutionLoader(QObject *parent = nullptr);
    ~EvolutionLoader() override;

    void start(Database &db, const EvolutionTable::Request &request);
    void cancel();
    bool busy() const { return m_busy; }
    // Waits for work still running (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void finished(const QList<parcours::Figures> &rows);
    void failed(const QString &message);
    void cancelled();

private:
    using Outcome = Result<QList<Figures>>;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace parcours::ui
