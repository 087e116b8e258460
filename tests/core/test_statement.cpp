// SPDX-License-Identifier: GPL-3.0-or-later
// BatchInsert, the write path of the CSV imports: every text lands as given (accents,
// characters outside the BMP, empty texts and NULLs apart), across statements.
#include "storage/statement.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

TEST_CASE("BatchInsert stores every text as given, across statements", "[storage][statement]")
{
    TempDatabase t;
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, n INTEGER, a TEXT, b TEXT)")));
    const QStringList texts = {QStringLiteral("Lemaître"), QString(), QStringLiteral("Çağlar Öztürk"),
                               QString::fromUtf8("\xF0\x9F\x98\x80 smile"), QStringLiteral(" "),
                               QStringLiteral("Ŋ\u00e9\u0301"), QStringLiteral("x").repeated(100000)};
    BatchInsert insert(t.db->sql(), QStringLiteral("sample"), {QStringLiteral("n"), QStringLiteral("a"), QStringLiteral("b")}, 3);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        insert.addInteger(i);
        insert.addText(texts.at(i));       // an empty text stays an empty text…
        insert.addText(texts.at(i), true); // …or becomes NULL
        REQUIRE(insert.endRow());
    }
    REQUIRE(insert.flush());
    REQUIRE(insert.ids().size() == size_t(texts.size()));
    for (size_t i = 1; i < insert.ids().size(); ++i)
        CHECK(insert.ids()[i] == insert.ids()[i - 1] + 1);

    REQUIRE(q.exec(QStringLiteral("SELECT id, n, a, b, typeof(a), typeof(b) FROM sample ORDER BY id")));
    qsizetype row = 0;
    while (q.next()) {
        const QString &expected = texts.at(row);
        INFO("row " << row);
        CHECK(q.value(0).toLongLong() == insert.ids()[size_t(row)]);
        CHECK(q.value(1).toInt() == row);
        CHECK(q.value(2).toString() == expected);
        CHECK(q.value(4).toString() == QStringLiteral("text"));
        CHECK(q.value(5).toString() == (expected.isEmpty() ? QStringLiteral("null") : QStringLiteral("text")));
        if (!expected.isEmpty())
            CHECK(q.value(3).toString() == expected);
        ++row;
    }
    CHECK(row == texts.size());
}
