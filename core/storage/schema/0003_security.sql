-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who may do what, and who did what: accounts, settings, the audit trail, anonymisation.
--
-- The audit trail is kept by triggers, so that no write path can forget it: every INSERT,
-- UPDATE and DELETE on person, dossier, placement, account and setting adds one audit_log row
-- with the old → new values of the columns that changed (derived *_key and span_key columns
-- are left out; an account's password hash never appears, only "password": "changed").
-- Triggers and json_object are the SQLite-specific corner of the schema; a PostgreSQL back
-- end would write the same rows with plpgsql triggers and jsonb_build_object.
--
-- Who: every write Transaction (core/storage/transaction.cpp) first puts its actor into the
-- one-row table audit_context and empties it again before COMMIT. A write made outside
-- Parcours (the sqlite3 shell) is recorded with actor and kind 'unknown'.
--
-- The trail cannot be changed or deleted through the database: the BEFORE UPDATE/DELETE
-- triggers on audit_log refuse it. One update is allowed, by retention (core/privacy): once a
-- person is listed in anonymisation, the details of the entries about them may be replaced by
-- {"redacted":true}, and nothing else of those entries may change. These triggers protect
-- against mistakes and against changes through Parcours; whoever can write the file with
-- other tools can also drop triggers (docs/security.md).
--
-- Keep the triggers lean: imports and the demo generator write hundreds of thousands of rows,
-- and each trigger is one INSERT … SELECT.

CREATE TABLE audit_context (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    actor      TEXT,
    actor_kind TEXT
);
INSERT INTO audit_context (id) VALUES (1);
CREATE TRIGGER audit_context_keep BEFORE DELETE ON audit_context
BEGIN
    SELECT RAISE(ABORT, 'The audit context cannot be deleted.');
END;

-- at: UTC, ISO 8601 with milliseconds (2024-03-05T14:02:11.123Z).
-- actor_kind: user, cli, system, unknown.
-- action: create, update, delete (triggers); view, login, login_failed, anonymise (core).
-- entity: the table name (person, dossier, placement, account, setting, audit_log).
-- person_id: the person the entry is about, if any. No foreign keys: the trail outlives rows.
-- details: JSON; create: the new values; update: {"column": [old, new], …} of changed
-- columns only; delete: the old values; view: {"what": …}.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    actor_kind TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    person_id  INTEGER,
    details    TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_person ON audit_log (person_id);

-- People whose identity retention erased (core/privacy/retention.*). Their rows stay (the
-- statistics need them), without names, numbers, contacts or free text.
CREATE TABLE anonymisation (
    person_id     INTEGER PRIMARY KEY REFERENCES person (id),
    at            TEXT NOT NULL,
    closed_before TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be deleted.');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (new.details IS '{"redacted":true}' AND new.id IS old.id AND new.at IS old.at AND new.actor IS old.actor
          AND new.actor_kind IS old.actor_kind AND new.action IS old.action AND new.entity IS old.entity
          AND new.entity_id IS old.entity_id AND new.person_id IS old.person_id
          AND EXISTS (SELECT 1 FROM anonymisation a WHERE a.person_id = old.person_id))
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed.');
END;

CREATE TRIGGER anonymisation_keep_delete BEFORE DELETE ON anonymisation
BEGIN
    SELECT RAISE(ABORT, 'An anonymisation cannot be undone.');
END;

CREATE TRIGGER anonymisation_keep_update BEFORE UPDATE ON anonymisation
BEGIN
    SELECT RAISE(ABORT, 'An anonymisation cannot be undone.');
END;

CREATE TRIGGER anonymisation_audit AFTER INSERT ON anonymisation
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'anonymise', 'person', new.person_id, new.person_id, json_object('closed_before', new.closed_before)
    FROM audit_context;
END;

-- Accounts. user names are lower case ASCII (core checks the form). The password is stored
-- only as a libsodium crypto_pwhash_str string (Argon2id). Accounts are deactivated, never
-- deleted, so that a name in the audit trail always means one account.
CREATE TABLE account (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64 AND username = lower(username)),
    display_name         TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    role                 TEXT NOT NULL CHECK (role IN ('administrator', 'manager', 'facilitator', 'officer', 'reception')),
    password_hash        TEXT NOT NULL CHECK (substr(password_hash, 1, 10) = '$argon2id$'),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0, -- since the last successful sign-in; shown to the administrator
    last_failed_at       TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    password_changed_at  TEXT
);

-- The growing delay after failed sign-ins, for every name typed, whether an account has it
-- or not: the same answers for both, so that the delay does not tell which names exist. The
-- key is an Argon2id hash of the lower-case name with the database's login_salt (never the
-- name in clear: people type passwords into the name field). Rows go on success and after a day.
CREATE TABLE login_throttle (
    name_key       TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL
);

-- Settings of the whole database, changed by the administrator (core/security/settings.*).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO setting (key, value) VALUES ('idle_lock_minutes', '10');
INSERT INTO setting (key, value) VALUES ('retention_years', '10');
INSERT INTO setting (key, value) VALUES ('login_salt', lower(hex(randomblob(16))));

-- person ------------------------------------------------------------------------------------

CREATE TRIGGER person_audit_insert AFTER INSERT ON person
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'person', new.id, new.id,
           json_object('national_number', new.national_number, 'last_name', new.last_name, 'first_name', new.first_name,
                       'birth_date', new.birth_date, 'gender', new.gender, 'language', new.language, 'phone', new.phone,
                       'email', new.email, 'address', new.address)
    FROM audit_context;
END;

CREATE TRIGGER person_audit_update AFTER UPDATE ON person
WHEN old.national_number IS NOT new.national_number OR old.last_name IS NOT new.last_name
     OR old.first_name IS NOT new.first_name OR old.birth_date IS NOT new.birth_date OR old.gender IS NOT new.gender
     OR old.language IS NOT new.language OR old.phone IS NOT new.phone OR old.email IS NOT new.email
     OR old.address IS NOT new.address OR old.id IS NOT new.id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'person', new.id, new.id,
           json_patch('{}', json_object(
               'national_number', CASE WHEN old.national_number IS NOT new.national_number THEN json_array(old.national_number, new.national_number) END,
               'last_name', CASE WHEN old.last_name IS NOT new.last_name THEN json_array(old.last_name, new.last_name) END,
               'first_name', CASE WHEN old.first_name IS NOT new.first_name THEN json_array(old.first_name, new.first_name) END,
               'birth_date', CASE WHEN old.birth_date IS NOT new.birth_date THEN json_array(old.birth_date, new.birth_date) END,
               'gender', CASE WHEN old.gender IS NOT new.gender THEN json_array(old.gender, new.gender) END,
               'language', CASE WHEN old.language IS NOT new.language THEN json_array(old.language, new.language) END,
               'phone', CASE WHEN old.phone IS NOT new.phone THEN json_array(old.phone, new.phone) END,
               'email', CASE WHEN old.email IS NOT new.email THEN json_array(old.email, new.email) END,
               'address', CASE WHEN old.address IS NOT new.address THEN json_array(old.address, new.address) END,
               'id', CASE WHEN old.id IS NOT new.id THEN json_array(old.id, new.id) END))
    FROM audit_context;
END;

CREATE TRIGGER person_audit_delete AFTER DELETE ON person
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'person', old.id, old.id,
           json_object('national_number', old.national_number, 'last_name', old.last_name, 'first_name', old.first_name,
                       'birth_date', old.birth_date, 'gender', old.gender, 'language', old.language, 'phone', old.phone,
                       'email', old.email, 'address', old.address)
    FROM audit_context;
END;

-- dossier -----------------------------------------------------------------------------------

CREATE TRIGGER dossier_audit_insert AFTER INSERT ON dossier
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'dossier', new.id, new.person_id,
           json_object('reference', new.reference, 'person_id', new.person_id, 'income_type', new.income_type,
                       'opened', new.opened, 'closed', new.closed, 'officer', new.officer)
    FROM audit_context;
END;

CREATE TRIGGER dossier_audit_update AFTER UPDATE ON dossier
WHEN old.reference IS NOT new.reference OR old.person_id IS NOT new.person_id OR old.income_type IS NOT new.income_type
     OR old.opened IS NOT new.opened OR old.closed IS NOT new.closed OR old.officer IS NOT new.officer
     OR old.id IS NOT new.id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'dossier', new.id, new.person_id,
           json_patch('{}', json_object(
               'reference', CASE WHEN old.reference IS NOT new.reference THEN json_array(old.reference, new.reference) END,
               'person_id', CASE WHEN old.person_id IS NOT new.person_id THEN json_array(old.person_id, new.person_id) END,
               'income_type', CASE WHEN old.income_type IS NOT new.income_type THEN json_array(old.income_type, new.income_type) END,
               'opened', CASE WHEN old.opened IS NOT new.opened THEN json_array(old.opened, new.opened) END,
               'closed', CASE WHEN old.closed IS NOT new.closed THEN json_array(old.closed, new.closed) END,
               'officer', CASE WHEN old.officer IS NOT new.officer THEN json_array(old.officer, new.officer) END,
               'id', CASE WHEN old.id IS NOT new.id THEN json_array(old.id, new.id) END))
    FROM audit_context;
END;

CREATE TRIGGER dossier_audit_delete AFTER DELETE ON dossier
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'dossier', old.id, old.person_id,
           json_object('reference', old.reference, 'person_id', old.person_id, 'income_type', old.income_type,
                       'opened', old.opened, 'closed', old.closed, 'officer', old.officer)
    FROM audit_context;
END;

-- placement (schema 0002) -------------------------------------------------------------------
-- person_id is looked up through the dossier (a primary-key lookup).

CREATE TRIGGER placement_audit_insert AFTER INSERT ON placement
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'placement', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'cell', new.cell, 'start_date', new.start_date,
                       'end_date', new.end_date, 'officer', new.officer, 'reason', new.reason, 'outcome', new.outcome,
                       'outcome_detail', new.outcome_detail, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER placement_audit_update AFTER UPDATE ON placement
WHEN old.dossier_id IS NOT new.dossier_id OR old.cell IS NOT new.cell OR old.start_date IS NOT new.start_date
     OR old.end_date IS NOT new.end_date OR old.officer IS NOT new.officer OR old.reason IS NOT new.reason
     OR old.outcome IS NOT new.outcome OR old.outcome_detail IS NOT new.outcome_detail OR old.note IS NOT new.note
     OR old.id IS NOT new.id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'placement', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'cell', CASE WHEN old.cell IS NOT new.cell THEN json_array(old.cell, new.cell) END,
               'start_date', CASE WHEN old.start_date IS NOT new.start_date THEN json_array(old.start_date, new.start_date) END,
               'end_date', CASE WHEN old.end_date IS NOT new.end_date THEN json_array(old.end_date, new.end_date) END,
               'officer', CASE WHEN old.officer IS NOT new.officer THEN json_array(old.officer, new.officer) END,
               'reason', CASE WHEN old.reason IS NOT new.reason THEN json_array(old.reason, new.reason) END,
               'outcome', CASE WHEN old.outcome IS NOT new.outcome THEN json_array(old.outcome, new.outcome) END,
               'outcome_detail', CASE WHEN old.outcome_detail IS NOT new.outcome_detail THEN json_array(old.outcome_detail, new.outcome_detail) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END,
               'id', CASE WHEN old.id IS NOT new.id THEN json_array(old.id, new.id) END))
    FROM audit_context;
END;

CREATE TRIGGER placement_audit_delete AFTER DELETE ON placement
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'placement', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'cell', old.cell, 'start_date', old.start_date,
                       'end_date', old.end_date, 'officer', old.officer, 'reason', old.reason, 'outcome', old.outcome,
                       'outcome_detail', old.outcome_detail, 'note', old.note)
    FROM audit_context;
END;

-- account: never the password hash ----------------------------------------------------------

CREATE TRIGGER account_audit_insert AFTER INSERT ON account
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'account', new.id, NULL,
           json_object('username', new.username, 'display_name', new.display_name, 'role', new.role,
                       'active', new.active, 'must_change_password', new.must_change_password)
    FROM audit_context;
END;

-- Sign-in bookkeeping (failed_attempts, last_failed_at, last_login_at) is not an account
-- change; core records sign-ins as login / login_failed entries of its own.
CREATE TRIGGER account_audit_update AFTER UPDATE ON account
WHEN old.username IS NOT new.username OR old.display_name IS NOT new.display_name OR old.role IS NOT new.role
     OR old.active IS NOT new.active OR old.must_change_password IS NOT new.must_change_password
     OR old.password_hash IS NOT new.password_hash
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'account', new.id, NULL,
           json_patch('{}', json_object(
               'username', CASE WHEN old.username IS NOT new.username THEN json_array(old.username, new.username) END,
               'display_name', CASE WHEN old.display_name IS NOT new.display_name THEN json_array(old.display_name, new.display_name) END,
               'role', CASE WHEN old.role IS NOT new.role THEN json_array(old.role, new.role) END,
               'active', CASE WHEN old.active IS NOT new.active THEN json_array(old.active, new.active) END,
               'must_change_password', CASE WHEN old.must_change_password IS NOT new.must_change_password THEN json_array(old.must_change_password, new.must_change_password) END,
               'password', CASE WHEN old.password_hash IS NOT new.password_hash THEN 'changed' END))
    FROM audit_context;
END;

CREATE TRIGGER account_keep BEFORE DELETE ON account
BEGIN
    SELECT RAISE(ABORT, 'Accounts are deactivated, never deleted.');
END;

-- setting: the login salt is not a setting anybody changes, and not worth a trail entry ------

CREATE TRIGGER setting_audit_insert AFTER INSERT ON setting
WHEN new.key <> 'login_salt'
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'setting', NULL, NULL, json_object('key', new.key, 'value', new.value)
    FROM audit_context;
END;

CREATE TRIGGER setting_audit_update AFTER UPDATE ON setting
WHEN old.value IS NOT new.value AND new.key <> 'login_salt'
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'setting', NULL, NULL, json_object('key', new.key, 'value', json_array(old.value, new.value))
    FROM audit_context;
END;
