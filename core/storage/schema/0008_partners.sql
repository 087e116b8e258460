-- SPDX-License-Identifier: GPL-3.0-or-later
-- The partners of the cells (issue 9, seed 000): the organisations the centre works with —
-- Actiris, VDAB, Bruxelles Formation, Mission Locale, Maison de l'Emploi / Werkwinkel,
-- literacy partners, social-economy enterprises, employers — with their contacts and their
-- agreements (conventions / overeenkomsten). Placements, article 60 posts, literacy courses
-- and Job Table orientations refer to them.
-- A partner is never deleted once something refers to it (the foreign keys say so); it is
-- made inactive instead, and drops out of the choice lists.

CREATE TABLE partner (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('employment_service', 'training', 'literacy', 'social_economy',
                                               'employer', 'other')),
    address      TEXT,
    contact_name TEXT,
    phone        TEXT,
    email        TEXT,
    note         TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
-- Two partners of the same name would be picked by mistake in every list.
CREATE UNIQUE INDEX partner_name ON partner (lower(name));

CREATE TABLE partner_agreement (
    id         INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner (id),
    subject    TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    starts_on  TEXT NOT NULL CHECK (length(starts_on) = 10),
    ends_on    TEXT CHECK (ends_on IS NULL OR (length(ends_on) = 10 AND ends_on >= starts_on)),
    note       TEXT
);
CREATE INDEX partner_agreement_partner ON partner_agreement (partner_id, starts_on);

-- Where a trajectory step takes place (the training centre, the literacy partner, the
-- employer of an article 60 post); and the partner a Job Table participant is oriented to.
ALTER TABLE placement ADD COLUMN partner_id INTEGER REFERENCES partner (id);
ALTER TABLE job_table_participant ADD COLUMN orientation_partner_id INTEGER REFERENCES partner (id);

-- Changes to the directory are in the audit trail like any other change (the contacts are
-- people too).
CREATE TRIGGER partner_audit_insert AFTER INSERT ON partner
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'partner', new.id, NULL,
           json_object('name', new.name, 'kind', new.kind, 'address', new.address, 'contact_name', new.contact_name,
                       'phone', new.phone, 'email', new.email, 'note', new.note, 'active', new.active)
    FROM audit_context;
END;

CREATE TRIGGER partner_audit_update AFTER UPDATE ON partner
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'partner', new.id, NULL,
           json_object('before', json_object('name', old.name, 'kind', old.kind, 'address', old.address,
                                             'contact_name', old.contact_name, 'phone', old.phone, 'email', old.email,
                                             'note', old.note, 'active', old.active),
                       'after', json_object('name', new.name, 'kind', new.kind, 'address', new.address,
                                            'contact_name', new.contact_name, 'phone', new.phone, 'email', new.email,
                                            'note', new.note, 'active', new.active))
    FROM audit_context;
END;

CREATE TRIGGER partner_agreement_audit_insert AFTER INSERT ON partner_agreement
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'partner_agreement', new.id, NULL,
           json_object('partner_id', new.partner_id, 'subject', new.subject, 'starts_on', new.starts_on,
                       'ends_on', new.ends_on, 'note', new.note)
    FROM audit_context;
END;

-- The placement's insert trigger of 0005 and update trigger of 0003, with the partner added.
DROP TRIGGER placement_audit_insert;
CREATE TRIGGER placement_audit_insert AFTER INSERT ON placement
WHEN (SELECT bulk_import FROM audit_context WHERE id = 1) IS NOT 1
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'placement', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'cell', new.cell, 'start_date', new.start_date,
                       'end_date', new.end_date, 'officer', new.officer, 'reason', new.reason, 'outcome', new.outcome,
                       'outcome_detail', new.outcome_detail, 'note', new.note,
                       'partner_id', new.partner_id)
    FROM audit_context;
END;

DROP TRIGGER placement_audit_update;
CREATE TRIGGER placement_audit_update AFTER UPDATE ON placement
WHEN old.dossier_id IS NOT new.dossier_id OR old.cell IS NOT new.cell OR old.start_date IS NOT new.start_date
     OR old.end_date IS NOT new.end_date OR old.officer IS NOT new.officer OR old.reason IS NOT new.reason
     OR old.outcome IS NOT new.outcome OR old.outcome_detail IS NOT new.outcome_detail OR old.note IS NOT new.note
     OR old.id IS NOT new.id OR old.partner_id IS NOT new.partner_id
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
               'id', CASE WHEN old.id IS NOT new.id THEN json_array(old.id, new.id) END,
               'partner_id', CASE WHEN old.partner_id IS NOT new.partner_id THEN json_array(old.partner_id, new.partner_id) END))
    FROM audit_context;
END;
