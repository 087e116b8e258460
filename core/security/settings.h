// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace parcours {

class Database;

// The settings of one database (table setting), the same for everyone who opens it. Anyone
// may read them (they hold no person data, and the lock must work before anyone signs in);
// changing them needs ManageSettings, and each change is in the audit trail.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 240;
    // A placeholder: the centre's data-protection officer sets the real period.
    static constexpr int kDefaultRetentionYears = 10;
    static constexpr int kMinRetentionYears = 1;
    static constexpr int kMaxRetentionYears = 100;

    explicit Settings(Database &db);

    // Minutes without keyboard or mouse before the window locks.
    int idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes);

    // Years after a person's last dossier closed before retention anonymises them.
    int retentionYears() const;
    Status setRetentionYears(int years);

private:
    int number(const char *key, int fallback, int min, int max) const;
    Status setNumber(const char *key, int value);

    Database &m_db;
};

} // namespace parcours
