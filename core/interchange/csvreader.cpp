// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/csvreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <sodium.h>
#ifdef PARCOURS_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

#include <cstring>
#include <limits>
#include <utility>

namespace parcours {

namespace {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
// truncated sequence. Spreadsheets on Belgian Windows machines still write Windows-1252,
// whose accented letters are never valid UTF-8 sequences, so this tells the two apart.
bool isValidUtf8(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // Most of a CSV file is ASCII: test eight bytes at a time.
        while (i + 8 <= n) {
            quint64 block;
            std::memcpy(&block, p + i, 8);
            if (block & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0; // overlong below U+0800
            else if (c == 0xED)
                high = 0x9F; // surrogates U+D800..U+DFFF
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90; // overlong below U+10000
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return false; // a stray continuation byte, C0/C1 (overlong) or F5..FF
        }
        if (i + extra >= n)
            return false; // truncated at the end
        if (p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

// Windows-1252 is Latin-1 except for 0x80..0x9F. The five bytes it leaves undefined map to
// the C1 controls of the same value, as browsers do.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

QString fromWindows1252(const uchar *p, qsizetype n)
{
    QString out(n, Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        d[i] = (c >= 0x80 && c <= 0x9F) ? QChar(Windows1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString decode(const QByteArray &bytes, bool *windows1252, QString *error)
{
    *windows1252 = false;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    qsizetype n = bytes.size();
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        QStringDecoder decoder(p[0] == 0xFF ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        return decoder.decode(QByteArrayView(p + 2, n - 2));
    }
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        p += 3;
        n -= 3;
    }
    if (std::memchr(p, 0, size_t(n))) {
        *error = CsvReader::tr("The data contains NUL bytes: it is not a CSV text file.");
        return QString();
    }
    if (isValidUtf8(p, n))
        return QString::fromUtf8(reinterpret_cast<const char *>(p), n);
    *windows1252 = true;
    return fromWindows1252(p, n);
}

// libsodium's SHA-256 (already linked for the passwords) takes half the time of Qt's: 0.35 s
// instead of 0.65 s for a 117 MB file. OpenSSL's, where it is built in, uses the processor's
// SHA instructions: 0.08 s.
QByteArray sha256Hex(const QByteArray &bytes)
{
#ifdef PARCOURS_HAVE_OPENSSL
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), md, &length, EVP_sha256(), nullptr) == 1 && length == 32)
        return QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
#endif
    if (sodium_init() < 0)
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()), reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()));
    return digest.toHex();
}

} // namespace

int CsvTable::columnIndex(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

namespace {

// The parser below reads UTF-8. Quotes, delimiters and line ends are ASCII, and no byte of a
// multi-byte UTF-8 sequence is: the bytes can be scanned without decoding them.
constexpr char kNbsp0 = '\xC2'; // U+00A0, the no-break space that spreadsheets put around numbers
constexpr char kNbsp1 = '\xA0';

inline bool isLineEndByte(char c)
{
    return c == '\n' || c == '\r';
}

// The length in bytes of the blank at s[i] (space, tab unless it is the delimiter, no-break
// space), or 0.
inline int blankAt(const char *s, qsizetype i, qsizetype n, char delimiter)
{
    const char c = s[i];
    if ((c == ' ' || c == '\t') && c != delimiter)
        return 1;
    if (c == kNbsp0 && i + 1 < n && s[i + 1] == kNbsp1)
        return 2;
    return 0;
}

// The length of the blank that ends just before s[end] and starts at or after `start`, or 0.
inline int blankBefore(const char *s, qsizetype start, qsizetype end, char delimiter)
{
    const char c = s[end - 1];
    if ((c == ' ' || c == '\t') && c != delimiter)
        return 1;
    if (c == kNbsp1 && end - 2 >= start && s[end - 2] == kNbsp0) // C2 never continues a sequence
        return 2;
    return 0;
}

// Counts ; , and tab outside quotes on the first line that holds anything but blanks.
char detectDelimiterUtf8(const char *s, qsizetype begin, qsizetype n)
{
    qsizetype i = begin;
    while (i < n) {
        qsizetype j = i;
        for (int b; j < n && (b = blankAt(s, j, n, '\0')) > 0;)
            j += b;
        if (j >= n || !isLineEndByte(s[j]))
            break;
        i = j + 1;
    }
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (; i < n; ++i) {
        const char c = s[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineEndByte(c))
            break;
        else if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return ';';
    if (commas >= tabs && commas > 0)
        return ',';
    if (tabs > 0)
        return '\t';
    return ',';
}

// The file's text as UTF-8 in `records.text`, from `*begin` on: the file's own bytes when they
// are UTF-8 (after a byte order mark), else decoded (UTF-16, Windows-1252) and encoded again.
bool takeText(QByteArray bytes, CsvRecords &records, qsizetype *begin, QString *error)
{
    *begin = 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        bool windows1252 = false;
        records.text = decode(bytes, &windows1252, error).toUtf8();
        return true;
    }
    const qsizetype bom = (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ? 3 : 0;
    if (std::memchr(p + bom, 0, size_t(n - bom))) {
        *error = CsvReader::tr("The data contains NUL bytes: it is not a CSV text file.");
        return false;
    }
    if (isValidUtf8(p + bom, n - bom)) {
        records.text = std::move(bytes);
        *begin = bom;
        return true;
    }
    records.decodedAsWindows1252 = true;
    records.text = fromWindows1252(p + bom, n - bom).toUtf8();
    return true;
}

// Splits records.text (from `begin`) into records and fields, with the rules of
// CsvReader::parse(). A quoted field is unquoted in place: its value is never longer than
// the text it came from.
bool splitRecords(CsvRecords &records, qsizetype begin, QString *error)
{
    if (records.text.size() > qsizetype(std::numeric_limits<quint32>::max())) {
        *error = CsvReader::tr("The file is larger than 4 GB, more than an import can take.");
        return false;
    }
    char *s = records.text.data();
    const qsizetype n = records.text.size();
    const char delimiter = detectDelimiterUtf8(s, begin, n);
    records.delimiter = QLatin1Char(delimiter);
    records.rowStart.assign(1, 0);

    qsizetype i = begin;
    int line = 1;
    bool haveHeader = false;
    std::vector<CsvRecords::Field> fields; // of the record being read
    while (i < n) {
        const int recordLine = line;
        fields.clear();
        bool allEmpty = true;
        for (;;) {
            qsizetype start = i;
            for (int b; start < n && (b = blankAt(s, start, n, delimiter)) > 0;)
                start += b;
            if (start < n && s[start] == '"') {
                const int quoteLine = line;
                i = start + 1;
                const qsizetype value = i;
                qsizetype w = i; // where the unquoted value goes on
                for (;;) {
                    if (i >= n) {
                        *error = CsvReader::tr("Line %1: the quoted field that starts on this line has no closing quote.")
                                     .arg(quoteLine);
                        return false;
                    }
                    const char c = s[i];
                    if (c == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            s[w++] = '"'; // keep one quote
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || s[i + 1] != '\n')))
                        ++line;
                    s[w++] = c;
                    ++i;
                }
                for (int b; i < n && (b = blankAt(s, i, n, delimiter)) > 0;)
                    i += b;
                if (i < n && s[i] != delimiter && !isLineEndByte(s[i])) {
                    *error = CsvReader::tr("Line %1: there is text after the closing quote of field %2 "
                                           "(a quote inside a quoted field must be doubled).")
                                 .arg(line)
                                 .arg(fields.size() + 1);
                    return false;
                }
                if (w > value)
                    allEmpty = false;
                fields.push_back({quint32(value), quint32(w - value)});
            } else {
                i = start;
                while (i < n && s[i] != delimiter && !isLineEndByte(s[i]))
                    ++i;
                qsizetype end = i;
                for (int b; end > start && (b = blankBefore(s, start, end, delimiter)) > 0;)
                    end -= b;
                if (end > start)
                    allEmpty = false;
                fields.push_back({quint32(start), quint32(end - start)});
            }
            if (i < n && s[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < n) { // a line end
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                    ++i;
                ++i;
                ++line;
            }
            break;
        }
        if (allEmpty)
            continue;
        if (!haveHeader) {
            for (const CsvRecords::Field &f : fields)
                records.header << QString::fromUtf8(s + f.offset, f.size).trimmed();
            records.headerLine = recordLine;
            haveHeader = true;
        } else {
            records.fields.insert(records.fields.end(), fields.begin(), fields.end());
            records.rowStart.push_back(records.fields.size());
            records.lineNumbers.push_back(recordLine);
        }
    }
    if (!haveHeader) {
        *error = CsvReader::tr("The CSV data is empty: there is not even a header line.");
        return false;
    }
    return true;
}

std::optional<CsvRecords> parseRecords(QByteArray bytes, QString *error)
{
    CsvRecords records;
    qsizetype begin = 0;
    if (!takeText(std::move(bytes), records, &begin, error) || !splitRecords(records, begin, error))
        return std::nullopt;
    return records;
}

// The records as QStrings, a list a row (what CsvTable holds).
CsvTable toTable(const CsvRecords &records)
{
    CsvTable table;
    table.header = records.header;
    table.headerLine = records.headerLine;
    table.delimiter = records.delimiter;
    table.decodedAsWindows1252 = records.decodedAsWindows1252;
    table.sha256 = records.sha256;
    table.rows.reserve(records.rowCount());
    for (qsizetype r = 0; r < records.rowCount(); ++r)
        table.rows.append(records.row(r));
    table.lineNumbers = QList<int>(records.lineNumbers.begin(), records.lineNumbers.end());
    return table;
}

} // namespace

QStringList CsvRecords::row(qsizetype r) const
{
    QStringList values;
    const qsizetype first = qsizetype(rowStart[size_t(r)]), last = qsizetype(rowStart[size_t(r) + 1]);
    values.reserve(last - first);
    for (qsizetype f = first; f < last; ++f) {
        const Field &field = fields[size_t(f)];
        values << (field.size == 0 ? QString() : QString::fromUtf8(text.constData() + field.offset, field.size));
    }
    return values;
}

std::optional<CsvTable> CsvReader::parse(const QByteArray &bytes, QString *error)
{
    QString scratchError;
    std::optional<CsvRecords> records = parseRecords(bytes, error ? error : &scratchError);
    if (!records)
        return std::nullopt;
    return toTable(*records);
}

std::optional<CsvRecords> CsvReader::readRecords(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray sha256 = sha256Hex(bytes); // before the fields are unquoted in place
    QString why;
    std::optional<CsvRecords> records = parseRecords(std::move(bytes), &why);
    if (!records) {
        if (error)
            *error = tr("%1 is not a readable CSV file. %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    }
    records->sha256 = sha256;
    return records;
}

std::optional<CsvTable> CsvReader::readFile(const QString &path, QString *error)
{
    std::optional<CsvRecords> records = readRecords(path, error);
    if (!records)
        return std::nullopt;
    return toTable(*records);
}

QByteArray CsvReader::formatRow(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const QString &field = fields.at(f);
        if (f > 0)
            line.append(delimiter);
        bool quote = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
        for (qsizetype k = 0; !quote && k < field.size(); ++k) {
            const QChar c = field.at(k);
            quote = c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
        }
        if (quote) {
            line.append(QLatin1Char('"'));
            for (const QChar c : field) {
                if (c == QLatin1Char('"'))
                    line.append(QLatin1Char('"'));
                line.append(c);
            }
            line.append(QLatin1Char('"'));
        } else {
            line.append(field);
        }
    }
    line.append(QLatin1Char('\n'));
    return line.toUtf8();
}

} // namespace parcours
