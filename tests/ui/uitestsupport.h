// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registry.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
// Failed comparisons of QStrings print the text, not a list of {?}.
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace parcours::test {

// A fresh database (every migration applied) in a temporary folder, with its registry.
struct UiDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    UiDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("parcours.sqlite")), {Database::Mode::CreateIfMissing, 2000});
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        db = opened.take();
        registry = std::make_unique<Registry>(*db);
    }
};

// The child called `name`, required to exist: a renamed widget fails the test clearly.
template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w != nullptr);
    return w;
}

// QTRY_* return from the function on failure, which a Catch test would take for success:
// wait with QTest::qWaitFor and let REQUIRE judge the outcome instead.
template<typename Predicate>
bool eventually(Predicate predicate, int timeoutMs = 1000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

// Shows a top-level widget and makes it the active window, so that focus (and therefore
// "leaving a field") works on the offscreen platform.
inline void showActive(QWidget *w)
{
    w->show();
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w));
}

} // namespace parcours::test
