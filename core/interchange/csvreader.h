// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parcours {

// A CSV file read into memory: the header and the data rows, as text. The reader does not
// check that the rows have as many fields as the header; that is for the importer, which
// can name the line (lineNumbers) in its message.
struct CsvTable
{
    QStringList header;      // the first non-empty record, each name trimmed
    QList<QStringList> rows; // the data rows, empty records left out
    QList<int> lineNumbers;  // per row: the 1-based physical line of the file where it starts
    int headerLine = 0;      // the 1-based line of the header (1 unless blank lines come first)
    QChar delimiter;         // ',' ';' or '\t', as detected on the header line
    bool decodedAsWindows1252 = false; // the bytes were not valid UTF-8
    QByteArray sha256;       // readFile(): SHA-256 of the file's bytes, hex; for the audit trail

    // Case-insensitive, surrounding spaces ignored; -1 when absent. The first match wins.
    int columnIndex(const QString &name) const;
};

// A CSV file's records as UTF-8 byte ranges of one buffer (CsvReader::readRecords): the header,
// rows, fields and line numbers that parse() gives, by the same rules, without a QString for
// every field of a million-row file. The large imports take their rows one at a time from it.
struct CsvRecords
{
    struct Field
    {
        quint32 offset; // in `text`
        quint32 size;   // bytes
    };
    QStringList header;      // as CsvTable::header
    int headerLine = 0;
    QChar delimiter;
    bool decodedAsWindows1252 = false;
    QByteArray sha256;       // of the file's bytes, hex
    QByteArray text;         // the text as UTF-8, quoted fields unquoted in place
    std::vector<Field> fields;       // the fields of every data row, one row after the other
    std::vector<size_t> rowStart{0}; // row r's fields are fields[rowStart[r]] up to fields[rowStart[r + 1]]
    std::vector<int> lineNumbers;    // per row: the 1-based physical line where it starts

    qsizetype rowCount() const { return qsizetype(lineNumbers.size()); }
    // Row r as parse() gives it: one QString a field, empty ones null.
    QStringList row(qsizetype r) const;
};

// Reads and writes the CSV that spreadsheets produce (RFC 4180 and the variants Excel and
// LibreOffice write in Belgium).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Parses a whole file's bytes.
    // - Encoding: a UTF-8 byte order mark is dropped; bytes that are not strictly valid UTF-8
    //   are decoded as Windows-1252 (decodedAsWindows1252 is set). A UTF-16 byte order mark
    //   (Excel's "Unicode text") selects UTF-16. NUL bytes otherwise are refused.
    // - The delimiter is whichever of ; , and tab occurs most often outside quotes on the
    //   header line (ties: ; before , before tab; none: ',').
    // - Line ends CRLF, LF or CR. Quoted fields may hold delimiters, "" for a quote and line
    //   breaks (kept as they are in the file). Spaces around a quoted field are ignored;
    //   unquoted fields are trimmed of spaces and tabs.
    // - Records in which every field is empty (blank lines, ";;;") are skipped; line numbers
    //   still count them.
    // Fails, with a translated message naming the line, on an unterminated quote, text
    // after a closing quote, or when there is no header at all.
    static std::optional<CsvTable> parse(const QByteArray &bytes, QString *error);

    // parse() on a file's contents. Messages name the file.
    static std::optional<CsvTable> readFile(const QString &path, QString *error);
    // The same, as records (CsvRecords); also fails on a file of 4 GB or more.
    static std::optional<CsvRecords> readRecords(const QString &path, QString *error);

    // One record as UTF-8, ending with "\n". A field is quoted when it contains the
    // delimiter, a quote, CR or LF, or starts or ends with white space (which parse() would
    // otherwise trim). parse() gives back the same fields, except that a record of only
    // empty fields is skipped.
    static QByteArray formatRow(const QStringList &fields, QChar delimiter = QLatin1Char(','));
};

} // namespace parcours
