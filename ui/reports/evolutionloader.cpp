// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/evolutionloader.h"

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parcours::ui {

EvolutionLoader::EvolutionLoader(QObject *parent) : QObject(parent) { }

EvolutionLoader::~EvolutionLoader()
{
    waitForIdle(); // the worker holds nothing of ours, but must not outlive the program's end
}

void EvolutionLoader::start(Database &db, const EvolutionTable::Request &request)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_busy = true;
    const QString path = db.path();
    const Actor actor = db.actor();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        if (generation != m_generation)
            return; // cancelled or replaced by a newer request
        m_busy = false;
        Outcome outcome = watcher->result();
        if (outcome)
            Q_EMIT finished(outcome.value());
        else
            Q_EMIT failed(outcome.error());
    });
    m_watcher = watcher;
    watcher->setFuture(QtConcurrent::run([path, actor, request]() -> Outcome {
        auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (!opened)
            return Outcome::failure(opened.error());
        std::unique_ptr<Database> own = opened.take();
        own->setActor(actor);
        return EvolutionTable::load(*own, request);
    }));
}

void EvolutionLoader::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // whatever is still running answers into the void
    m_busy = false;
    Q_EMIT cancelled();
}

void EvolutionLoader::waitForIdle()
{
    for (QFutureWatcher<Outcome> *w : findChildren<QFutureWatcher<Outcome> *>())
        w->waitForFinished();
}

} // namespace parcours::ui
