// SPDX-License-Identifier: GPL-3.0-or-later
// The security dialogs: sign-in, first administrator, password change, accounts, audit view,
// idle lock.
#define CATCH_CONFIG_EXTERNAL_INTERFACES // Catch2 2.x: listeners
#include "uitestsupport.h"

#include "security/actor.h"
#include "storage/database.h"

namespace {

// TRANSITIONAL: the ui tests that predate accounts (dossier form, list, main window) open
// databases without signing in. Until tests/ui/uitestsupport.h sets an actor on UiDatabase
// (db->setActor(parcours::Actor::system(QStringLiteral("ui-test")))), every database of this
// test program starts as that System actor. Delete this listener then.
struct ProcessActorListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo &) override
    {
        parcours::Database::setProcessActor(parcours::Actor::system(QStringLiteral("ui-test")));
    }
};

} // namespace

CATCH_REGISTER_LISTENER(ProcessActorListener)
