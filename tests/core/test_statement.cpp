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
    // On a server, id becomes an identity column (PgSchema), as in the schema's tables.
    parcours::test::execSchemaStatement(*t.db, QStringLiteral("CREATE TABLE sample (id INTEGER PRIMARY KEY, n INTEGER, a TEXT, b TEXT)"));
    QSqlQuery q(t.db->sql());
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

    // length() counts characters of a text (a blob's would be bytes) on both back ends; NULL
    // has none.
    REQUIRE(q.exec(QStringLiteral("SELECT id, n, a, b, length(a), length(b), CASE WHEN a IS NULL THEN 1 ELSE 0 END, "
                                  "CASE WHEN b IS NULL THEN 1 ELSE 0 END FROM sample ORDER BY id")));
    qsizetype row = 0;
    while (q.next()) {
        const QString &expected = texts.at(row);
        const qsizetype characters = expected.toUcs4().size();
        INFO("row " << row);
        CHECK(q.value(0).toLongLong() == insert.ids()[size_t(row)]);
        CHECK(q.value(1).toInt() == row);
        CHECK(q.value(2).toString() == expected);
        CHECK(q.value(4).toLongLong() == characters);
        CHECK(q.value(6).toInt() == 0);
        CHECK(q.value(7).toInt() == (expected.isEmpty() ? 1 : 0));
        if (!expected.isEmpty()) {
            CHECK(q.value(3).toString() == expected);
            CHECK(q.value(5).toLongLong() == characters);
        }
        ++row;
    }
    CHECK(row == texts.size());
}
