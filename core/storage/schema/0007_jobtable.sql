-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Job Table (jobtafel / table emploi, domain.md) and the free access to the Space for
-- Work: groups, their six stages, participants and waiting list, meetings and attendance,
-- the orientation table, the usage rules and the free-access visit log.
-- Dates are ISO text (YYYY-MM-DD); a meeting's starts_at is YYYY-MM-DDTHH:MM (local time).
-- The rules that span rows (stages in order, capacity, launch only once the group is composed
-- and the rules accepted, orientation through the trajectory rules) are enforced by core
-- (core/jobtable), so that every back end gives the same messages.

CREATE TABLE job_table (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    officers      TEXT,    -- the insertion officers who lead it, comma separated
    place         TEXT,
    capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 99),
    target_public TEXT,
    means         TEXT,    -- the means of the technical fiche (room, computers, phone, …)
    debriefing    TEXT     -- stage 6: the officers' evaluation of the group
);

-- Stage 1 composing, 2 launch, 3 module "Aspects of job search", 4 module "Interviews",
-- 5 conclusion, 6 debriefing.
CREATE TABLE job_table_stage (
    job_table_id INTEGER NOT NULL REFERENCES job_table (id),
    stage        INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),
    planned_date TEXT CHECK (planned_date IS NULL OR length(planned_date) = 10),
    actual_date  TEXT CHECK (actual_date IS NULL OR length(actual_date) = 10),
    note         TEXT,
    PRIMARY KEY (job_table_id, stage)
);
CREATE INDEX job_table_stage_actual ON job_table_stage (stage, actual_date);

-- status: member (in the group), waiting (on the waiting list, in the order of seq), left
-- (was a member, left on left_on). rules_*: the usage rules the person accepted.
-- orientation: where next after the conclusion; orientation_placement_id the trajectory step
-- created (or kept) for it.
CREATE TABLE job_table_participant (
    id                       INTEGER PRIMARY KEY,
    job_table_id             INTEGER NOT NULL REFERENCES job_table (id),
    dossier_id               INTEGER NOT NULL REFERENCES dossier (id),
    status                   TEXT NOT NULL CHECK (status = 'member' OR status = 'waiting' OR status = 'left'),
    seq                      INTEGER NOT NULL,
    added_on                 TEXT NOT NULL CHECK (length(added_on) = 10),
    rules_version            TEXT,
    rules_accepted_on        TEXT CHECK (rules_accepted_on IS NULL OR length(rules_accepted_on) = 10),
    left_on                  TEXT CHECK (left_on IS NULL OR length(left_on) = 10),
    orientation              TEXT CHECK (orientation IS NULL OR orientation = 'job' OR orientation = 'training'
                                         OR orientation = 'work_followup' OR orientation = 'literacy'
                                         OR orientation = 'studies' OR orientation = 'article60' OR orientation = 'other'),
    orientation_detail       TEXT, -- the contract type of a job, the training's name…
    orientation_note         TEXT,
    orientation_placement_id INTEGER REFERENCES placement (id),
    UNIQUE (job_table_id, dossier_id)
);
CREATE INDEX job_table_participant_dossier ON job_table_participant (dossier_id);

-- stage: the module the meeting belongs to (3 or 4).
CREATE TABLE job_table_meeting (
    id           INTEGER PRIMARY KEY,
    job_table_id INTEGER NOT NULL REFERENCES job_table (id),
    stage        INTEGER NOT NULL CHECK (stage = 3 OR stage = 4),
    starts_at    TEXT NOT NULL CHECK (length(starts_at) = 16),
    topic        TEXT
);
CREATE INDEX job_table_meeting_group ON job_table_meeting (job_table_id, starts_at);

CREATE TABLE job_table_attendance (
    meeting_id     INTEGER NOT NULL REFERENCES job_table_meeting (id),
    participant_id INTEGER NOT NULL REFERENCES job_table_participant (id),
    presence       TEXT NOT NULL CHECK (presence = 'present' OR presence = 'excused' OR presence = 'absent'),
    PRIMARY KEY (meeting_id, participant_id)
);

-- The usage rules of the Space for Work; the version in force on a day is the one with the
-- latest in_force_from on or before it.
CREATE TABLE usage_rules (
    version       TEXT PRIMARY KEY CHECK (length(trim(version)) > 0),
    in_force_from TEXT NOT NULL CHECK (length(in_force_from) = 10),
    body          TEXT NOT NULL
);

-- One visit of the free access: a known person (dossier_id) or anonymous (NULL).
CREATE TABLE free_access_visit (
    id         INTEGER PRIMARY KEY,
    visit_date TEXT NOT NULL CHECK (length(visit_date) = 10),
    dossier_id INTEGER REFERENCES dossier (id),
    purpose    TEXT NOT NULL CHECK (purpose = 'job_offers' OR purpose = 'cv_letter' OR purpose = 'phone'
                                    OR purpose = 'computer' OR purpose = 'other'),
    note       TEXT
);
CREATE INDEX free_access_visit_date ON free_access_visit (visit_date);

-- Audit (see 0003_security.sql): the rows that name a person. person_id through the dossier.

CREATE TRIGGER job_table_participant_audit_insert AFTER INSERT ON job_table_participant
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'job_table_participant', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('job_table_id', new.job_table_id, 'dossier_id', new.dossier_id, 'status', new.status,
                       'added_on', new.added_on)
    FROM audit_context;
END;

CREATE TRIGGER job_table_participant_audit_update AFTER UPDATE ON job_table_participant
WHEN old.status IS NOT new.status OR old.rules_version IS NOT new.rules_version
     OR old.rules_accepted_on IS NOT new.rules_accepted_on OR old.left_on IS NOT new.left_on
     OR old.orientation IS NOT new.orientation OR old.orientation_detail IS NOT new.orientation_detail
     OR old.orientation_note IS NOT new.orientation_note OR old.orientation_placement_id IS NOT new.orientation_placement_id
     OR old.dossier_id IS NOT new.dossier_id OR old.job_table_id IS NOT new.job_table_id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'job_table_participant', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'status', CASE WHEN old.status IS NOT new.status THEN json_array(old.status, new.status) END,
               'rules_version', CASE WHEN old.rules_version IS NOT new.rules_version THEN json_array(old.rules_version, new.rules_version) END,
               'rules_accepted_on', CASE WHEN old.rules_accepted_on IS NOT new.rules_accepted_on THEN json_array(old.rules_accepted_on, new.rules_accepted_on) END,
               'left_on', CASE WHEN old.left_on IS NOT new.left_on THEN json_array(old.left_on, new.left_on) END,
               'orientation', CASE WHEN old.orientation IS NOT new.orientation THEN json_array(old.orientation, new.orientation) END,
               'orientation_detail', CASE WHEN old.orientation_detail IS NOT new.orientation_detail THEN json_array(old.orientation_detail, new.orientation_detail) END,
               'orientation_note', CASE WHEN old.orientation_note IS NOT new.orientation_note THEN json_array(old.orientation_note, new.orientation_note) END,
               'orientation_placement_id', CASE WHEN old.orientation_placement_id IS NOT new.orientation_placement_id THEN json_array(old.orientation_placement_id, new.orientation_placement_id) END,
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'job_table_id', CASE WHEN old.job_table_id IS NOT new.job_table_id THEN json_array(old.job_table_id, new.job_table_id) END))
    FROM audit_context;
END;

CREATE TRIGGER job_table_participant_audit_delete AFTER DELETE ON job_table_participant
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'job_table_participant', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('job_table_id', old.job_table_id, 'dossier_id', old.dossier_id, 'status', old.status,
                       'orientation', old.orientation, 'orientation_note', old.orientation_note)
    FROM audit_context;
END;

CREATE TRIGGER job_table_attendance_audit_insert AFTER INSERT ON job_table_attendance
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'job_table_attendance', new.meeting_id,
           (SELECT d.person_id FROM job_table_participant p JOIN dossier d ON d.id = p.dossier_id WHERE p.id = new.participant_id),
           json_object('meeting_id', new.meeting_id, 'participant_id', new.participant_id, 'presence', new.presence)
    FROM audit_context;
END;

CREATE TRIGGER job_table_attendance_audit_update AFTER UPDATE ON job_table_attendance
WHEN old.presence IS NOT new.presence OR old.meeting_id IS NOT new.meeting_id OR old.participant_id IS NOT new.participant_id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'job_table_attendance', new.meeting_id,
           (SELECT d.person_id FROM job_table_participant p JOIN dossier d ON d.id = p.dossier_id WHERE p.id = new.participant_id),
           json_object('meeting_id', new.meeting_id, 'participant_id', new.participant_id,
                       'presence', json_array(old.presence, new.presence))
    FROM audit_context;
END;

CREATE TRIGGER job_table_attendance_audit_delete AFTER DELETE ON job_table_attendance
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'job_table_attendance', old.meeting_id,
           (SELECT d.person_id FROM job_table_participant p JOIN dossier d ON d.id = p.dossier_id WHERE p.id = old.participant_id),
           json_object('meeting_id', old.meeting_id, 'participant_id', old.participant_id, 'presence', old.presence)
    FROM audit_context;
END;

-- Anonymous visits name nobody: only the visits of a known person are recorded in the trail.
CREATE TRIGGER free_access_visit_audit_insert AFTER INSERT ON free_access_visit
WHEN new.dossier_id IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'free_access_visit', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('visit_date', new.visit_date, 'dossier_id', new.dossier_id, 'purpose', new.purpose, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER free_access_visit_audit_update AFTER UPDATE ON free_access_visit
WHEN old.dossier_id IS NOT NULL OR new.dossier_id IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'free_access_visit', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = coalesce(new.dossier_id, old.dossier_id)),
           json_object('visit_date', json_array(old.visit_date, new.visit_date), 'dossier_id', json_array(old.dossier_id, new.dossier_id),
                       'purpose', json_array(old.purpose, new.purpose), 'note', json_array(old.note, new.note))
    FROM audit_context;
END;

CREATE TRIGGER free_access_visit_audit_delete AFTER DELETE ON free_access_visit
WHEN old.dossier_id IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'free_access_visit', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('visit_date', old.visit_date, 'dossier_id', old.dossier_id, 'purpose', old.purpose, 'note', old.note)
    FROM audit_context;
END;
