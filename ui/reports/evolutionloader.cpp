// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/evolutionloader.h"

#include "storage/database.h"

#include <QThread>

namespace parcours::ui {

// The worker's side: only ever touched in the loader's thread.
struct EvolutionLoader::Worker : QObject
{
    std::unique_ptr<Database> db;

    Outcome compute(const QString &path, const Actor &actor, const EvolutionTable::Request &request)
    {
        if (!db || db->path() != path) {
            db.reset();
            auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
            if (!opened)
                return Outcome::failure(opened.error());
            db = opened.take();
        }
        db->setActor(actor); // the permissions of whoever works in the window now
        return EvolutionTable::load(*db, request);
    }
};

EvolutionLoader::EvolutionLoader(QObject *parent) : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("evolution"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

EvolutionLoader::~EvolutionLoader()
{
    m_wanted->store(0); // skip whatever is still queued
    // Waits for a computation under way, then closes the connection in its own thread.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void EvolutionLoader::start(Database &db, const EvolutionTable::Request &request)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_wanted->store(generation);
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, wanted = m_wanted, generation, path = db.path(),
                                         actor = db.actor(), request] {
        if (wanted->load() != generation)
            return; // cancelled or replaced before it started
        const Outcome outcome = worker->compute(path, actor, request);
        // Back to the window's thread; the loader outlives this call (its destructor waits).
        QMetaObject::invokeMethod(this, [this, generation, outcome] { deliver(generation, outcome); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void EvolutionLoader::deliver(quint64 generation, const Outcome &outcome)
{
    if (generation != m_generation || !m_busy)
        return; // cancelled or replaced by a newer request
    m_busy = false;
    if (outcome)
        Q_EMIT finished(outcome.value());
    else
        Q_EMIT failed(outcome.error());
}

void EvolutionLoader::cancel()
{
    if (!m_busy)
        return;
    m_wanted->store(++m_generation); // a queued request is skipped, a running one ignored
    m_busy = false;
    Q_EMIT cancelled();
}

void EvolutionLoader::release()
{
    m_wanted->store(++m_generation);
    m_busy = false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->db.reset(); }, Qt::QueuedConnection);
}

void EvolutionLoader::waitForIdle()
{
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace parcours::ui
