// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/searchtokens.h"

#include "storage/sqlerror.h"
#include "storage/statement.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace parcours {

Status insertSearchTokens(QSqlDatabase sql, const std::vector<DossierKeys> &dossiers)
{
    // The four keys of each dossier side by side in one block: the rows are written in token
    // order, which visits the dossiers at random, and one block a dossier is one cache miss
    // instead of five (the keys were separate allocations): 0.1–0.15 s of a 200,000-dossier import.
    struct Packed
    {
        qint64 id;
        qsizetype offset;                // in `keys`: last, first, national number, reference
        std::array<quint32, 4> length{};
    };
    struct Token
    {
        // The first eight bytes, big-endian, zero-padded: most comparisons end there, without
        // following the pointer (keys hold no NUL byte, so the padding sorts like the end).
        quint64 prefix;
        qint64 id;
        const char *text;
        qsizetype size;
        quint32 dossier; // in `packed`
    };
    QByteArray keys;
    std::vector<Packed> packed;
    packed.reserve(dossiers.size());
    qsizetype total = 0;
    for (const DossierKeys &d : dossiers)
        total += d.lastKey.size() + d.firstKey.size() + d.nationalNumber.size() + d.referenceKey.size();
    keys.reserve(total);
    for (const DossierKeys &d : dossiers) {
        Packed &p = packed.emplace_back(Packed{d.id, keys.size(), {}});
        int k = 0;
        for (const QByteArray *key : {&d.lastKey, &d.firstKey, &d.nationalNumber, &d.referenceKey}) {
            p.length[size_t(k++)] = quint32(key->size());
            keys.append(*key);
        }
    }
    const auto token = [&keys](const Packed &p, int which, quint32 dossier) {
        qsizetype offset = p.offset;
        for (int k = 0; k < which; ++k)
            offset += p.length[size_t(k)];
        const char *text = keys.constData() + offset;
        const qsizetype size = p.length[size_t(which)];
        quint64 prefix = 0;
        for (qsizetype i = 0; i < 8; ++i)
            prefix = (prefix << 8) | (i < size ? quint8(text[i]) : 0);
        return Token{prefix, p.id, text, size, dossier};
    };
    std::vector<Token> tokens;
    tokens.reserve(4 * dossiers.size());
    for (size_t i = 0; i < dossiers.size(); ++i) {
        const DossierKeys &d = dossiers[i];
        const Packed &p = packed[i];
        const auto n = quint32(i);
        // A key equal to an earlier key of the same dossier is one row (the trigger's UNION).
        tokens.push_back(token(p, 0, n));
        if (d.firstKey != d.lastKey)
            tokens.push_back(token(p, 1, n));
        if (d.nationalNumber != d.lastKey && d.nationalNumber != d.firstKey)
            tokens.push_back(token(p, 2, n));
        if (d.referenceKey != d.lastKey && d.referenceKey != d.firstKey && d.referenceKey != d.nationalNumber)
            tokens.push_back(token(p, 3, n));
    }
    std::sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const qsizetype n = std::min(a.size, b.size);
        const int c = n > 8 ? std::memcmp(a.text + 8, b.text + 8, size_t(n - 8)) : 0;
        if (c != 0)
            return c < 0;
        if (a.size != b.size)
            return a.size < b.size;
        return a.id < b.id;
    });

    // Multi-row INSERTs (see BatchInsert): the texts are bound in place, the keys live on.
    constexpr size_t kPerStatement = 64;
    const QString head = QStringLiteral("INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, "
                                        "reference_key) VALUES ");
    const auto sqlFor = [&head](size_t rows) -> QString {
        return head + QStringList(qsizetype(rows), QStringLiteral("(?,?,?,?,?,?)")).join(QLatin1Char(','));
    };
    std::unique_ptr<Statement> full;
    for (size_t first = 0; first < tokens.size(); first += kPerStatement) {
        const size_t rows = std::min(kPerStatement, tokens.size() - first);
        std::unique_ptr<Statement> once;
        Statement *st = nullptr;
        if (rows == kPerStatement) {
            if (!full)
                full = std::make_unique<Statement>(sql, sqlFor(rows));
            st = full.get();
        } else {
            once = std::make_unique<Statement>(sql, sqlFor(rows));
            st = once.get();
        }
        if (!st->ok())
            return Status::failure(StorageMessages::describe(st->error()));
        // The statement's dossiers, asked for at once: their misses overlap.
#if defined(__GNUC__)
        for (size_t i = first; i < first + rows; ++i)
            __builtin_prefetch(keys.constData() + packed[tokens[i].dossier].offset);
#endif
        int k = 0;
        for (size_t i = first; i < first + rows; ++i) {
            const Token &t = tokens[i];
            const Packed &p = packed[t.dossier];
            st->bindUtf8(k++, t.text, t.size);
            st->bindInteger(k++, t.id);
            qsizetype offset = p.offset;
            for (const quint32 length : p.length) {
                st->bindUtf8(k++, keys.constData() + offset, length);
                offset += length;
            }
        }
        if (!st->exec())
            return Status::failure(StorageMessages::describe(st->error()));
    }
    return Status::success();
}

} // namespace parcours
