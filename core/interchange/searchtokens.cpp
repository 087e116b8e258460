// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/searchtokens.h"

#include "storage/sqlerror.h"
#include "storage/statement.h"

#include <QStringList>

#include <algorithm>
#include <cstring>
#include <memory>

namespace parcours {

Status insertSearchTokens(QSqlDatabase sql, const std::vector<DossierKeys> &dossiers)
{
    struct Token
    {
        // The first eight bytes, big-endian, zero-padded: most comparisons end there, without
        // following the pointer (keys hold no NUL byte, so the padding sorts like the end).
        quint64 prefix;
        qint64 id;
        const QByteArray *text;
        const DossierKeys *dossier;
    };
    const auto token = [](const QByteArray &text, const DossierKeys &d) {
        quint64 prefix = 0;
        for (qsizetype i = 0; i < 8; ++i)
            prefix = (prefix << 8) | (i < text.size() ? quint8(text.at(i)) : 0);
        return Token{prefix, d.id, &text, &d};
    };
    std::vector<Token> tokens;
    tokens.reserve(4 * dossiers.size());
    for (const DossierKeys &d : dossiers) {
        // A key equal to an earlier key of the same dossier is one row (the trigger's UNION).
        tokens.push_back(token(d.lastKey, d));
        if (d.firstKey != d.lastKey)
            tokens.push_back(token(d.firstKey, d));
        if (d.nationalNumber != d.lastKey && d.nationalNumber != d.firstKey)
            tokens.push_back(token(d.nationalNumber, d));
        if (d.referenceKey != d.lastKey && d.referenceKey != d.firstKey && d.referenceKey != d.nationalNumber)
            tokens.push_back(token(d.referenceKey, d));
    }
    std::sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const qsizetype n = std::min(a.text->size(), b.text->size());
        const int c = n > 8 ? std::memcmp(a.text->constData() + 8, b.text->constData() + 8, size_t(n - 8)) : 0;
        if (c != 0)
            return c < 0;
        if (a.text->size() != b.text->size())
            return a.text->size() < b.text->size();
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
        int k = 0;
        for (size_t i = first; i < first + rows; ++i) {
            const Token &t = tokens[i];
            st->bindUtf8(k++, *t.text);
            st->bindInteger(k++, t.id);
            for (const QByteArray *key : {&t.dossier->lastKey, &t.dossier->firstKey, &t.dossier->nationalNumber,
                                          &t.dossier->referenceKey})
                st->bindUtf8(k++, *key);
        }
        if (!st->exec())
            return Status::failure(StorageMessages::describe(st->error()));
    }
    return Status::success();
}

} // namespace parcours
