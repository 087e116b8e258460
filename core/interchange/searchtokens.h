// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <vector>

namespace parcours {

// The keys of one dossier a bulk import created, UTF-8, as stored.
struct DossierKeys
{
    qint64 id = 0;
    QByteArray lastKey, firstKey, nationalNumber, referenceKey;
};

// Writes the search tokens (schema 0004) of the dossiers a bulk import created: the SQLite fast
// path of the dossier import's fillSearchTokens (interchange/dossiercsv.cpp). The same rows,
// made in C++ from the keys the import holds anyway instead of joining dossier and person four
// times, and sorted here by the token b-tree's key — SQLite's BINARY order: bytes, then length, then the dossier id.
// SQLite's own sort of those rows was most of the statement (0.5 s of 0.6 s for 200,000
// tokens); inserted in key order, every row is appended to the b-tree's last page.
Status insertSearchTokens(QSqlDatabase sql, const std::vector<DossierKeys> &dossiers);

} // namespace parcours
