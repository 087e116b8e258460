-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bulk imports are audited as one event, not one entry a row (issue 3, "Speed").
--
-- A CSV import of 200,000 dossiers and a million placements wrote one audit_log row a created
-- row through the insert triggers of schema 0003: 1.4 million JSON rows, a third of the time
-- of the import and two thirds of the file. In a bulk import the Transaction
-- (core/storage/transaction.cpp) sets audit_context.bulk_import = 1, the insert triggers of
-- person, dossier and placement skip their row, and the import writes ONE audit_log entry
-- itself: action 'import', the actor, the file name, its SHA-256, the row counts and the ids
-- it created, as ranges (core/interchange/importaudit.*). Updates and deletes stay audited row
-- by row, in bulk imports too. The Transaction resets bulk_import before COMMIT, like the
-- actor, and refuses to commit a bulk import that did not record its entry.
-- The insert triggers below are those of 0003 with the WHEN clause added.

ALTER TABLE audit_context ADD COLUMN bulk_import INTEGER NOT NULL DEFAULT 0 CHECK (bulk_import IN (0, 1));

DROP TRIGGER person_audit_insert;
CREATE TRIGGER person_audit_insert AFTER INSERT ON person
WHEN (SELECT bulk_import FROM audit_context WHERE id = 1) IS NOT 1
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'person', new.id, new.id,
           json_object('national_number', new.national_number, 'last_name', new.last_name, 'first_name', new.first_name,
                       'birth_date', new.birth_date, 'gender', new.gender, 'language', new.language, 'phone', new.phone,
                       'email', new.email, 'address', new.address)
    FROM audit_context;
END;

DROP TRIGGER dossier_audit_insert;
CREATE TRIGGER dossier_audit_insert AFTER INSERT ON dossier
WHEN (SELECT bulk_import FROM audit_context WHERE id = 1) IS NOT 1
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'dossier', new.id, new.person_id,
           json_object('reference', new.reference, 'person_id', new.person_id, 'income_type', new.income_type,
                       'opened', new.opened, 'closed', new.closed, 'officer', new.officer)
    FROM audit_context;
END;

DROP TRIGGER placement_audit_insert;
CREATE TRIGGER placement_audit_insert AFTER INSERT ON placement
WHEN (SELECT bulk_import FROM audit_context WHERE id = 1) IS NOT 1
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'placement', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'cell', new.cell, 'start_date', new.start_date,
                       'end_date', new.end_date, 'officer', new.officer, 'reason', new.reason, 'outcome', new.outcome,
                       'outcome_detail', new.outcome_detail, 'note', new.note)
    FROM audit_context;
END;
-- The import entries, for the subject-access export (core/privacy/subjectaccess.cpp), which
-- looks up whether an import created the person's rows. Partial: a few rows, whatever the
-- size of the trail.
CREATE INDEX audit_log_import ON audit_log (id) WHERE action = 'import';
