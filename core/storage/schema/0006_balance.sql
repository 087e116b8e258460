-- SPDX-License-Identifier: GPL-3.0-or-later
-- The socio-professional balance (versioned) and the GPMI / PIIS contract with its evaluations.
--
-- A balance is saved as a new version each time, never changed afterwards (the trigger
-- balance_version_keep refuses UPDATE): earlier versions stay readable as they were. The
-- structured content is a JSON document per version (core/balance/balance.cpp writes and
-- reads it); nothing queries inside it, and the compliance engine never reads it. The
-- sensitive obstacles (health, mental health, addiction, criminal record) live in a column of
-- their own, read only for roles with ViewSensitive, and the audit trail records that they
-- were saved, never their text (the trail is read by administrators, who may not see them).
--
-- The GPMI is one contract per dossier (amended in place, each change in the audit trail);
-- evaluations are rows of their own so that the compliance engine counts them in SQL.

CREATE TABLE balance_version (
    id          INTEGER PRIMARY KEY,
    dossier_id  INTEGER NOT NULL REFERENCES dossier (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    saved_at    TEXT NOT NULL,            -- UTC, ISO 8601 with milliseconds
    author      TEXT NOT NULL,            -- the actor's name
    author_name TEXT,                     -- their display name when saved
    orientation TEXT,                     -- the cell code of the orientation, NULL = none yet
    document    TEXT NOT NULL,            -- JSON: everything but the sensitive obstacles
    sensitive   TEXT,                     -- JSON: the sensitive obstacles, NULL when none
    UNIQUE (dossier_id, version)
);

CREATE TABLE gpmi (
    id                  INTEGER PRIMARY KEY,
    dossier_id          INTEGER NOT NULL UNIQUE REFERENCES dossier (id),
    start_date          TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date            TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    offered_date        TEXT CHECK (offered_date IS NULL OR length(offered_date) = 10),
    signed_date         TEXT CHECK (signed_date IS NULL OR (offered_date IS NOT NULL AND signed_date >= offered_date)),
    language            TEXT CHECK (language IN ('nl', 'fr')),
    domains             TEXT,             -- JSON array of domain codes
    partners            TEXT,             -- JSON array of names
    goals               TEXT,             -- JSON array: goal, person's commitment, centre's commitment, deadline
    planned_evaluations TEXT,             -- JSON array of ISO dates
    assisted_by         TEXT,             -- who assisted the person, if anybody
    officer             TEXT,
    note                TEXT
);
CREATE INDEX gpmi_signed ON gpmi (signed_date);

CREATE TABLE gpmi_evaluation (
    id            INTEGER PRIMARY KEY,
    gpmi_id       INTEGER NOT NULL REFERENCES gpmi (id),
    eval_date     TEXT NOT NULL CHECK (length(eval_date) = 10),
    face_to_face  INTEGER NOT NULL CHECK (face_to_face IN (0, 1)),
    progress      TEXT,                   -- JSON array: per goal, the progress noted
    next_steps    TEXT,
    officer       TEXT
);
CREATE INDEX gpmi_evaluation_gpmi ON gpmi_evaluation (gpmi_id, eval_date);

-- The compliance list asks, for every open dossier, whether it is in health_equity on a day
-- (the exemption): a partial index holds only those few placements, so the question costs an
-- index probe that mostly finds nothing instead of reading each dossier's placements (0.45 s
-- → 0.16 s of CPU over 200,000 dossiers). Partial indexes: SQLite 3.8+, PostgreSQL.
CREATE INDEX placement_health_equity ON placement (dossier_id, start_date, end_date) WHERE cell = 'health_equity';

CREATE TRIGGER balance_version_keep BEFORE UPDATE ON balance_version
BEGIN
    SELECT RAISE(ABORT, 'A saved version of a balance cannot be changed; save a new version.');
END;

CREATE TRIGGER balance_version_audit_insert AFTER INSERT ON balance_version
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'balance_version', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'version', new.version, 'orientation', new.orientation,
                       'document', json(new.document), 'sensitive', CASE WHEN new.sensitive IS NULL THEN NULL ELSE 'recorded' END)
    FROM audit_context;
END;

CREATE TRIGGER balance_version_audit_delete AFTER DELETE ON balance_version
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'balance_version', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'version', old.version)
    FROM audit_context;
END;

CREATE TRIGGER gpmi_audit_insert AFTER INSERT ON gpmi
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'gpmi', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'start_date', new.start_date, 'end_date', new.end_date,
                       'offered_date', new.offered_date, 'signed_date', new.signed_date, 'language', new.language,
                       'domains', new.domains, 'partners', new.partners, 'goals', new.goals,
                       'planned_evaluations', new.planned_evaluations, 'assisted_by', new.assisted_by,
                       'officer', new.officer, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER gpmi_audit_update AFTER UPDATE ON gpmi
WHEN old.dossier_id IS NOT new.dossier_id OR old.start_date IS NOT new.start_date OR old.end_date IS NOT new.end_date
     OR old.offered_date IS NOT new.offered_date OR old.signed_date IS NOT new.signed_date
     OR old.language IS NOT new.language OR old.domains IS NOT new.domains OR old.partners IS NOT new.partners
     OR old.goals IS NOT new.goals OR old.planned_evaluations IS NOT new.planned_evaluations
     OR old.assisted_by IS NOT new.assisted_by OR old.officer IS NOT new.officer OR old.note IS NOT new.note
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'gpmi', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'start_date', CASE WHEN old.start_date IS NOT new.start_date THEN json_array(old.start_date, new.start_date) END,
               'end_date', CASE WHEN old.end_date IS NOT new.end_date THEN json_array(old.end_date, new.end_date) END,
               'offered_date', CASE WHEN old.offered_date IS NOT new.offered_date THEN json_array(old.offered_date, new.offered_date) END,
               'signed_date', CASE WHEN old.signed_date IS NOT new.signed_date THEN json_array(old.signed_date, new.signed_date) END,
               'language', CASE WHEN old.language IS NOT new.language THEN json_array(old.language, new.language) END,
               'domains', CASE WHEN old.domains IS NOT new.domains THEN json_array(old.domains, new.domains) END,
               'partners', CASE WHEN old.partners IS NOT new.partners THEN json_array(old.partners, new.partners) END,
               'goals', CASE WHEN old.goals IS NOT new.goals THEN json_array(old.goals, new.goals) END,
               'planned_evaluations', CASE WHEN old.planned_evaluations IS NOT new.planned_evaluations THEN json_array(old.planned_evaluations, new.planned_evaluations) END,
               'assisted_by', CASE WHEN old.assisted_by IS NOT new.assisted_by THEN json_array(old.assisted_by, new.assisted_by) END,
               'officer', CASE WHEN old.officer IS NOT new.officer THEN json_array(old.officer, new.officer) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END))
    FROM audit_context;
END;

CREATE TRIGGER gpmi_audit_delete AFTER DELETE ON gpmi
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'gpmi', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'start_date', old.start_date, 'signed_date', old.signed_date)
    FROM audit_context;
END;

CREATE TRIGGER gpmi_evaluation_audit_insert AFTER INSERT ON gpmi_evaluation
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'gpmi_evaluation', new.id,
           (SELECT d.person_id FROM gpmi g JOIN dossier d ON d.id = g.dossier_id WHERE g.id = new.gpmi_id),
           json_object('gpmi_id', new.gpmi_id, 'eval_date', new.eval_date, 'face_to_face', new.face_to_face,
                       'progress', new.progress, 'next_steps', new.next_steps, 'officer', new.officer)
    FROM audit_context;
END;

CREATE TRIGGER gpmi_evaluation_audit_update AFTER UPDATE ON gpmi_evaluation
WHEN old.gpmi_id IS NOT new.gpmi_id OR old.eval_date IS NOT new.eval_date OR old.face_to_face IS NOT new.face_to_face
     OR old.progress IS NOT new.progress OR old.next_steps IS NOT new.next_steps OR old.officer IS NOT new.officer
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'gpmi_evaluation', new.id,
           (SELECT d.person_id FROM gpmi g JOIN dossier d ON d.id = g.dossier_id WHERE g.id = new.gpmi_id),
           json_patch('{}', json_object(
               'eval_date', CASE WHEN old.eval_date IS NOT new.eval_date THEN json_array(old.eval_date, new.eval_date) END,
               'face_to_face', CASE WHEN old.face_to_face IS NOT new.face_to_face THEN json_array(old.face_to_face, new.face_to_face) END,
               'progress', CASE WHEN old.progress IS NOT new.progress THEN json_array(old.progress, new.progress) END,
               'next_steps', CASE WHEN old.next_steps IS NOT new.next_steps THEN json_array(old.next_steps, new.next_steps) END,
               'officer', CASE WHEN old.officer IS NOT new.officer THEN json_array(old.officer, new.officer) END))
    FROM audit_context;
END;

CREATE TRIGGER gpmi_evaluation_audit_delete AFTER DELETE ON gpmi_evaluation
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'gpmi_evaluation', old.id,
           (SELECT d.person_id FROM gpmi g JOIN dossier d ON d.id = g.dossier_id WHERE g.id = old.gpmi_id),
           json_object('gpmi_id', old.gpmi_id, 'eval_date', old.eval_date, 'face_to_face', old.face_to_face)
    FROM audit_context;
END;
