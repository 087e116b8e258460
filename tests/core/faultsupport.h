// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the fault-injection tests ([faults]): what a database file holds, as counts and a
// checksum a table, so that "exactly before" or "exactly after" can be asserted; and data to
// feed the operations that are interrupted.
#pragma once

#include "domain/nationalnumber.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <catch2/catch.hpp>

#include <string>

namespace parcours::test {

// What a closed database file holds: every table's row count and an order-independent
// checksum of its rows (audit_log without its time stamps, which differ between two runs of
// the same work), the schema version, and the two checks.
struct FileState
{
    int schemaVersion = -1;
    QMap<QString, qint64> rows;
    QMap<QString, quint64> checksum;
    QString integrity;            // "ok" when PRAGMA integrity_check is clean
    int foreignKeyProblems = -1;  // rows PRAGMA foreign_key_check reports

    bool sameData(const FileState &o) const { return rows == o.rows && checksum == o.checksum; }
    std::string describe() const
    {
        QString s = QStringLiteral("schema %1, integrity %2, fk problems %3;").arg(schemaVersion).arg(integrity).arg(foreignKeyProblems);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            s += QStringLiteral(" %1=%2").arg(it.key()).arg(it.value());
        return s.toStdString();
    }
};

// Opened with a plain SQLite connection, not with Database: the file is looked at as it is
// after the fault, before Parcours could repair or migrate anything. (SQLite itself replays
// or discards a write-ahead log left by a killed process: that is what any reader sees.)
inline FileState fileState(const QString &path)
{
    FileState state;
    const QString name = QStringLiteral("faults-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        state.schemaVersion = q.value(0).toInt();
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        state.integrity = lines.join(QLatin1Char('\n'));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        state.foreignKeyProblems = 0;
        while (q.next())
            ++state.foreignKeyProblems;
        QStringList tables;
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            const QSqlRecord record = rows.record();
            const int skip = table == QLatin1String("audit_log") ? record.indexOf(QStringLiteral("at")) : -1;
            qint64 count = 0;
            quint64 sum = 0;
            while (rows.next()) {
                QCryptographicHash hash(QCryptographicHash::Sha1);
                for (int c = 0; c < record.count(); ++c) {
                    if (c == skip)
                        continue;
                    const QVariant v = rows.value(c);
                    hash.addData(v.isNull() ? QByteArray("\x01null") : v.toString().toUtf8());
                    hash.addData(QByteArray("\x00", 1));
                }
                const QByteArray digest = hash.result();
                quint64 h = 0;
                for (int i = 0; i < 8; ++i)
                    h = (h << 8) | static_cast<quint8>(digest.at(i));
                sum += h; // order-independent: WITHOUT ROWID tables and rowids may differ
                ++count;
            }
            state.rows.insert(table, count);
            state.checksum.insert(table, sum);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

inline void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

// A valid dossiers CSV of `count` rows (references D-F-000001…, new people each), as
// `parcours-cli import dossiers` and DossierCsv::importFile read it.
inline QByteArray dossierCsv(int count, int first = 0)
{
    QByteArray csv("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed,officer\n");
    const QDate base(1960, 1, 1);
    for (int i = first; i < first + count; ++i) {
        const QDate birth = base.addDays(i % 12000);
        const int serial = 1 + 2 * (i / 12000); // odd: a man
        csv += QStringLiteral("D-F-%1,%2,Claes%3,Jan,%4,M,%5,leefloon,2021-03-01,,Sofie Claes\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(NationalNumber::make(birth, serial))
                   .arg(i)
                   .arg(birth.toString(Qt::ISODate))
                   .arg(i % 2 ? QStringLiteral("fr") : QStringLiteral("nl"))
                   .toUtf8();
    }
    return csv;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace parcours::test
