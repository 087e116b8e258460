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

// Spaces around fields are not part of them. The delimiter itself never counts (tab).
inline bool isBlank(char16_t c, char16_t delimiter)
{
    return (c == u' ' || c == u'\t' || c == 0x00A0) && c != delimiter;
}

inline bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// Counts ; , and tab outside quotes on the first line that holds anything but blanks.
char16_t detectDelimiter(const char16_t *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && (s[j] == u' ' || s[j] == u'\t' || s[j] == 0x00A0))
            ++j;
        if (j >= n || !isLineEnd(s[j]))
            break;
        i = j + 1;
    }
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineEnd(c))
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return u';';
    if (commas >= tabs && commas > 0)
        return u',';
    if (tabs > 0)
        return u'\t';
    return u',';
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

std::optional<CsvTable> CsvReader::parse(const QByteArray &bytes, QString *error)
{
    QString scratchError;
    if (!error)
        error = &scratchError;
    CsvTable table;
    QString decodeError;
    const QString text = decode(bytes, &table.decodedAsWindows1252, &decodeError);
    if (!decodeError.isEmpty()) {
        *error = decodeError;
        return std::nullopt;
    }

    const char16_t *s = QStringView(text).utf16();
    const qsizetype n = text.size();
    const char16_t delimiter = detectDelimiter(s, n);
    table.delimiter = QChar(delimiter);

    qsizetype i = 0;
    int line = 1;
    bool haveHeader = false;
    while (i < n) {
        const int recordLine = line;
        QStringList fields;
        fields.reserve(table.header.size());
        bool allEmpty = true;
        for (;;) {
            qsizetype start = i;
            while (start < n && isBlank(s[start], delimiter))
                ++start;
            if (start < n && s[start] == u'"') {
                const int quoteLine = line;
                QString value;
                i = start + 1;
                qsizetype chunk = i;
                for (;;) {
                    if (i >= n) {
                        *error = tr("Line %1: the quoted field that starts on this line has no closing quote.").arg(quoteLine);
                        return std::nullopt;
                    }
                    const char16_t c = s[i];
                    if (c == u'"') {
                        if (i + 1 < n && s[i + 1] == u'"') {
                            value.append(QStringView(s + chunk, i + 1 - chunk)); // keep one quote
                            i += 2;
                            chunk = i;
                            continue;
                        }
                        value.append(QStringView(s + chunk, i - chunk));
                        ++i;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= n || s[i + 1] != u'\n')))
                        ++line;
                    ++i;
                }
                while (i < n && isBlank(s[i], delimiter))
                    ++i;
                if (i < n && s[i] != delimiter && !isLineEnd(s[i])) {
                    *error = tr("Line %1: there is text after the closing quote of field %2 "
                                "(a quote inside a quoted field must be doubled).")
                                 .arg(line)
                                 .arg(fields.size() + 1);
                    return std::nullopt;
                }
                if (!value.isEmpty())
                    allEmpty = false;
                fields.append(value);
            } else {
                i = start;
                while (i < n && s[i] != delimiter && !isLineEnd(s[i]))
                    ++i;
                qsizetype end = i;
                while (end > start && isBlank(s[end - 1], delimiter))
                    --end;
                if (end > start) {
                    allEmpty = false;
                    fields.append(QStringView(s + start, end - start).toString());
                } else {
                    fields.append(QString());
                }
            }
            if (i < n && s[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < n) { // a line end
                if (s[i] == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
            }
            break;
        }
        if (allEmpty)
            continue;
        if (!haveHeader) {
            for (QString &name : fields)
                name = name.trimmed();
            table.header = std::move(fields);
            table.headerLine = recordLine;
            haveHeader = true;
        } else {
            table.rows.append(std::move(fields));
            table.lineNumbers.append(recordLine);
        }
    }
    if (!haveHeader) {
        *error = tr("The CSV data is empty: there is not even a header line.");
        return std::nullopt;
    }
    return table;
}

std::optional<CsvTable> CsvReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString why;
    auto table = parse(bytes, &why);
    if (table)
        table->sha256 = sha256Hex(bytes);
    if (!table && error)
        *error = tr("%1 is not a readable CSV file. %2").arg(QDir::toNativeSeparators(path), why);
    return table;
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
