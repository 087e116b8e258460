// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

// Catch prints QString values in failed checks as text, not "{?}".
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};
} // namespace Catch

namespace parcours::test {

// A file of tests/data (PARCOURS_TEST_DATA when ctest runs the tests).
inline QString testDataFile(const QString &relative)
{
    QString data = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (data.isEmpty())
        data = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(data).filePath(relative);
}

// A fresh database that went through every migration, in a temporary folder removed at the end.
// It works as Actor::system("test"), which has every permission; tests of roles and accounts
// set other actors (Database::setActor).
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(path(), {Database::Mode::CreateIfMissing, 2000});
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        db = opened.take();
        db->setActor(Actor::system(QStringLiteral("test")));
    }
    QString path() const { return dir.filePath(QStringLiteral("parcours.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }
};

} // namespace parcours::test
