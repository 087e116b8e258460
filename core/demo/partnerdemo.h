// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace parcours {

class Database;

// The partners of the demo centre: the Brussels employment and training services, literacy
// partners, social-economy enterprises and employers a centre really works with, with an
// agreement each where a centre would have one. The same list for every seed and size.
class PartnerDemo
{
public:
    // Called by DemoGenerator inside its transaction, after the trajectories and before the
    // Job Tables, article 60 posts and literacy courses that refer to partners.
    static Status generate(Database &db, const QDate &until);
};

} // namespace parcours
