// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/csvreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace parcours;

namespace {

using Strings = std::vector<std::string>;

// Catch prints std types; QStringList would show as {?}.
Strings v(const QStringList &list)
{
    Strings out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<int> v(const QList<int> &list)
{
    return std::vector<int>(list.begin(), list.end());
}

CsvTable parsed(const QByteArray &bytes)
{
    QString error;
    auto table = CsvReader::parse(bytes, &error);
    INFO(error.toStdString());
    REQUIRE(table);
    return *table;
}

std::string failure(const QByteArray &bytes)
{
    QString error;
    auto table = CsvReader::parse(bytes, &error);
    REQUIRE_FALSE(table);
    return error.toStdString();
}

} // namespace

TEST_CASE("A comma-separated file is read", "[csv]")
{
    const CsvTable t = parsed("national_number,last_name,first_name\n"
                              "85.07.30-033.28,Janssens,Jan\n"
                              "93.05.18-223.61, Peeters , An \n");
    CHECK(t.delimiter == QLatin1Char(','));
    CHECK_FALSE(t.decodedAsWindows1252);
    CHECK(t.headerLine == 1);
    CHECK(v(t.header) == Strings{"national_number", "last_name", "first_name"});
    REQUIRE(t.rows.size() == 2);
    CHECK(v(t.rows[0]) == Strings{"85.07.30-033.28", "Janssens", "Jan"});
    CHECK(v(t.rows[1]) == Strings{"93.05.18-223.61", "Peeters", "An"}); // unquoted fields are trimmed
    CHECK(v(t.lineNumbers) == std::vector<int>{2, 3});
}

TEST_CASE("A semicolon-separated file with a byte order mark is read", "[csv]")
{
    // Excel in a Belgian locale: ';' between fields, ',' as decimal separator, a BOM, CRLF.
    const CsvTable t = parsed("\xEF\xBB\xBFRijksregisternummer;Naam;Bedrag\r\n"
                              "85073003328;Janssens, Jan;1264,17\r\n"
                              "93051822361;Peeters;987,5\r\n");
    CHECK(t.delimiter == QLatin1Char(';'));
    CHECK(v(t.header) == Strings{"Rijksregisternummer", "Naam", "Bedrag"});
    CHECK(t.columnIndex(QStringLiteral("rijksregisternummer")) == 0); // no BOM stuck to the name
    REQUIRE(t.rows.size() == 2);
    CHECK(v(t.rows[0]) == Strings{"85073003328", "Janssens, Jan", "1264,17"});
    CHECK(v(t.rows[1]) == Strings{"93051822361", "Peeters", "987,5"});
    CHECK(v(t.lineNumbers) == std::vector<int>{2, 3});
}

TEST_CASE("The delimiter is the one the header line uses most outside quotes", "[csv]")
{
    CHECK(parsed("a\tb\tc\n1\t2\t3\n").delimiter == QLatin1Char('\t'));
    CHECK(v(parsed("a\tb\tc\n1\t 2 \t3\n").rows[0]) == Strings{"1", "2", "3"});
    // The commas inside the quoted names do not count.
    const CsvTable t = parsed("\"Naam, voornaam\";\"Adres, gemeente\"\nJanssens, Jan;Kerkstraat 1, Gent\n");
    CHECK(t.delimiter == QLatin1Char(';'));
    CHECK(v(t.header) == Strings{"Naam, voornaam", "Adres, gemeente"});
    CHECK(v(t.rows[0]) == Strings{"Janssens, Jan", "Kerkstraat 1, Gent"});
    // A single column.
    const CsvTable single = parsed("name\nAn\nBo\n");
    CHECK(single.delimiter == QLatin1Char(','));
    CHECK(single.rows.size() == 2);
}

TEST_CASE("Quoted fields hold delimiters, quotes and line breaks", "[csv]")
{
    const CsvTable t = parsed("id,note,name\n"
                              "1,\"a, b\",x\n"
                              "2,\"say \"\"hi\"\"\",y\n"
                              "3,\"line one\nline two\nline three\",z\n"
                              "4,plain,w\n"
                              "5, \"  kept  \" ,\"\"\n"
                              "6,half\"quote,\n");
    REQUIRE(t.rows.size() == 6);
    CHECK(v(t.rows[0]) == Strings{"1", "a, b", "x"});
    CHECK(v(t.rows[1]) == Strings{"2", "say \"hi\"", "y"});
    CHECK(v(t.rows[2]) == Strings{"3", "line one\nline two\nline three", "z"});
    CHECK(v(t.rows[3]) == Strings{"4", "plain", "w"});
    CHECK(v(t.rows[4]) == Strings{"5", "  kept  ", ""}); // spaces inside quotes are data
    CHECK(v(t.rows[5]) == Strings{"6", "half\"quote", ""}); // a quote inside an unquoted field is literal
    // Row 4 starts on line 7: row 3 took lines 4 to 6.
    CHECK(v(t.lineNumbers) == std::vector<int>{2, 3, 4, 7, 8, 9});
}

TEST_CASE("CRLF, LF and CR line ends are all understood", "[csv]")
{
    const CsvTable crlf = parsed("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
    REQUIRE(crlf.rows.size() == 2);
    CHECK(v(crlf.rows[0]) == Strings{"1", "x\r\ny"}); // kept as in the file
    CHECK(v(crlf.rows[1]) == Strings{"2", "z"});
    CHECK(v(crlf.lineNumbers) == std::vector<int>{2, 4});

    const CsvTable cr = parsed("a,b\r1,2\r\r3,4");
    CHECK(v(cr.lineNumbers) == std::vector<int>{2, 4});
    CHECK(v(cr.rows[1]) == Strings{"3", "4"}); // no line end after the last record
}

TEST_CASE("Empty lines are skipped and line numbers still count them", "[csv]")
{
    const CsvTable t = parsed("\n\r\n  \nname,town\n\n1,Gent\n,,\n   \n\t\n2,Luik\n\n");
    CHECK(t.headerLine == 4);
    CHECK(v(t.header) == Strings{"name", "town"});
    REQUIRE(t.rows.size() == 2);
    CHECK(v(t.rows[0]) == Strings{"1", "Gent"});
    CHECK(v(t.rows[1]) == Strings{"2", "Luik"});
    CHECK(v(t.lineNumbers) == std::vector<int>{6, 10});
    // A trailing delimiter is an empty last field.
    CHECK(v(parsed("a,b,c\n1,2,\n").rows[0]) == Strings{"1", "2", ""});
}

TEST_CASE("Bytes that are not UTF-8 are read as Windows-1252", "[csv]")
{
    // "Bénédicte" with é as 0xE9, "€" as 0x80, "’" as 0x92.
    const CsvTable t = parsed("voornaam;bedrag;opmerking\n"
                              "B\xE9n\xE9"
                              "dicte;\x80 12;d\x92Hondt\n");
    CHECK(t.decodedAsWindows1252);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0] == QStringLiteral("B\u00E9n\u00E9dicte"));
    CHECK(t.rows[0][1] == QStringLiteral("\u20AC 12"));
    CHECK(t.rows[0][2] == QStringLiteral("d\u2019Hondt"));

    // The same text in UTF-8 is read as UTF-8.
    const CsvTable utf8 = parsed("voornaam;bedrag\nB\xC3\xA9n\xC3\xA9"
                                 "dicte;\xE2\x82\xAC 12;\xF0\x9F\x98\x80\n");
    CHECK_FALSE(utf8.decodedAsWindows1252);
    CHECK(utf8.rows[0][0] == QStringLiteral("B\u00E9n\u00E9dicte"));
    CHECK(utf8.rows[0][1] == QStringLiteral("\u20AC 12"));
    CHECK(utf8.rows[0][2].size() == 2); // U+1F600 as a surrogate pair

    // Strict: overlong forms, surrogates and truncated sequences are not UTF-8.
    CHECK(parsed("a\n\xC0\xAF\n").decodedAsWindows1252);         // overlong '/'
    CHECK(parsed("a\n\xE0\x80\xAF\n").decodedAsWindows1252);     // overlong, 3 bytes
    CHECK(parsed("a\n\xED\xA0\x80\n").decodedAsWindows1252);     // U+D800
    CHECK(parsed("a\n\xF4\x90\x80\x80\n").decodedAsWindows1252); // above U+10FFFF
    CHECK(parsed("a\nx\xC3").decodedAsWindows1252);              // cut off at the end
    CHECK(parsed("a\n\xA9\n").decodedAsWindows1252);             // a lone continuation byte
    CHECK(parsed("a\n\xC3\xA9").rows[0][0] == QStringLiteral("\u00E9"));
}

TEST_CASE("Excel's UTF-16 text files are read", "[csv]")
{
    const char16_t text[] = u"naam\tbedrag\r\nB\u00E9n\u00E9dicte\t\u20AC 12\r\n";
    QByteArray bytes("\xFF\xFE", 2);
    for (char16_t c : text) {
        if (c == 0)
            break;
        bytes.append(char(c & 0xFF)).append(char(c >> 8));
    }
    const CsvTable t = parsed(bytes);
    CHECK(t.delimiter == QLatin1Char('\t'));
    CHECK_FALSE(t.decodedAsWindows1252);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0] == QStringLiteral("B\u00E9n\u00E9dicte"));
    CHECK(t.rows[0][1] == QStringLiteral("\u20AC 12"));
}

TEST_CASE("Malformed CSV is refused with the line named", "[csv]")
{
    CHECK(failure("a,b\n1,2\n3,\"open\n4,5\n")
          == "Line 3: the quoted field that starts on this line has no closing quote.");
    CHECK(failure("a,b\n1,\"x\"y\n")
          == "Line 2: there is text after the closing quote of field 2 (a quote inside a quoted field must be doubled).");
    // The line is where the problem is, after a multi-line field.
    CHECK(failure("a,b\n\"multi\nline\" oops,2\n").rfind("Line 3:", 0) == 0);
    CHECK_FALSE(failure("").empty());
    CHECK_FALSE(failure("\n\n;;\n").empty());
    CHECK(failure(QByteArray("a,b\n1,\0\n", 8)).find("NUL") != std::string::npos);
    // A null error pointer is allowed.
    CHECK_FALSE(CsvReader::parse("\"", nullptr));
}

TEST_CASE("Columns are found by name regardless of case and spaces", "[csv]")
{
    const CsvTable t = parsed(" National_Number ;Last Name;FIRST_NAME\n");
    CHECK(v(t.header) == Strings{"National_Number", "Last Name", "FIRST_NAME"});
    CHECK(t.columnIndex(QStringLiteral("national_number")) == 0);
    CHECK(t.columnIndex(QStringLiteral("  last name ")) == 1);
    CHECK(t.columnIndex(QStringLiteral("first_name")) == 2);
    CHECK(t.columnIndex(QStringLiteral("birth_date")) == -1);
    CHECK(t.rows.isEmpty());
}

TEST_CASE("formatRow quotes what needs quoting and parse reads it back", "[csv]")
{
    CHECK(CsvReader::formatRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")})
          == QByteArray("a,\"b,c\",\"say \"\"hi\"\"\"\n"));
    CHECK(CsvReader::formatRow({QStringLiteral("b,c"), QStringLiteral("d;e")}, QLatin1Char(';'))
          == QByteArray("b,c;\"d;e\"\n"));
    CHECK(CsvReader::formatRow({QStringLiteral(" lead"), QStringLiteral("trail "), QString(), QStringLiteral("x")})
          == QByteArray("\" lead\",\"trail \",,x\n"));
    CHECK(CsvReader::formatRow({QStringLiteral("\u00E9\u20AC")}) == QByteArray("\xC3\xA9\xE2\x82\xAC\n"));

    const QStringList header{QStringLiteral("id"), QStringLiteral("note"), QStringLiteral("name")};
    const QList<QStringList> rows{
        {QStringLiteral("1"), QStringLiteral("two\nlines"), QStringLiteral("B\u00E9n\u00E9dicte")},
        {QStringLiteral("2"), QStringLiteral("cr\r\nlf"), QStringLiteral("\"quoted\"")},
        {QStringLiteral("3"), QStringLiteral("  spaces  "), QString()},
        {QString(), QString(), QStringLiteral("a;b,c\td")},
    };
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        INFO("delimiter " << int(delimiter.unicode()));
        QByteArray bytes = CsvReader::formatRow(header, delimiter);
        for (const QStringList &row : rows)
            bytes += CsvReader::formatRow(row, delimiter);
        const CsvTable t = parsed(bytes);
        CHECK(t.delimiter == delimiter);
        CHECK(v(t.header) == v(header));
        REQUIRE(t.rows.size() == rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            CHECK(v(t.rows[i]) == v(rows[i]));
        CHECK(v(t.lineNumbers) == std::vector<int>{2, 4, 6, 7});
    }
}

TEST_CASE("readFile reads a file and names it when it cannot", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("naam;gemeente\nB\xE9n\xE9"
                   "dicte;Li\xE8ge\n");
    }
    QString error;
    const auto t = CsvReader::readFile(path, &error);
    REQUIRE(t);
    CHECK(t->decodedAsWindows1252);
    CHECK(t->rows.value(0).value(1) == QStringLiteral("Li\u00E8ge"));

    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    CHECK_FALSE(CsvReader::readFile(missing, &error));
    CHECK(error.contains(QLatin1String("missing.csv")));

    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("a,b\n\"x,y\n");
    }
    CHECK_FALSE(CsvReader::readFile(broken, &error));
    CHECK(error.contains(QLatin1String("broken.csv")));
    CHECK(error.contains(QLatin1String("Line 2")));
}

TEST_CASE("No-break spaces around a field are trimmed, a letter ending in the same byte is not", "[csv]")
{
    // U+00A0 is C2 A0 in UTF-8; "à" is C3 A0: only the first is a blank.
    const CsvTable t = parsed("a;b;c\n\xC2\xA0 x\xC2\xA0;voil\xC3\xA0;\xC2\xA0\xC3\xA0\xC2\xA0\n");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0] == QStringLiteral("x"));
    CHECK(t.rows[0][1] == QStringLiteral("voil\u00E0"));
    CHECK(t.rows[0][2] == QStringLiteral("\u00E0"));
    // Windows-1252's no-break space (A0) is trimmed the same way.
    const CsvTable w = parsed("a;b\n\xA0x\xA0;\xE9t\xE9\n");
    CHECK(w.decodedAsWindows1252);
    CHECK(w.rows[0][0] == QStringLiteral("x"));
    CHECK(w.rows[0][1] == QStringLiteral("\u00E9t\u00E9"));
}

TEST_CASE("readRecords gives the rows of readFile as UTF-8 ranges, and the file's SHA-256", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    const QByteArray bytes = "\xEF\xBB\xBFnaam;opmerking\r\n\"Van \"\"Dam\"\"\";\"twee\nregels\"\r\n\r\nB\xC3\xA9n\xC3\xA9;\r\n";
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString error;
    const auto records = CsvReader::readRecords(path, &error);
    INFO(error.toStdString());
    REQUIRE(records);
    const auto table = CsvReader::readFile(path, &error);
    REQUIRE(table);
    CHECK(records->header == table->header);
    REQUIRE(records->rowCount() == 2);
    CHECK(records->row(0) == QStringList{QStringLiteral("Van \"Dam\""), QStringLiteral("twee\nregels")});
    CHECK(records->row(1) == table->rows.at(1));
    CHECK(records->row(1).at(1).isEmpty());
    CHECK(records->lineNumbers == std::vector<int>{2, 5});
    CHECK(records->sha256 == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    CHECK(table->sha256 == records->sha256);
}
