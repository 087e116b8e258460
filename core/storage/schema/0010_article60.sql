-- SPDX-License-Identifier: GPL-3.0-or-later
-- Article 60 (issue 9, seed 000): the posts the Cel Artikel 60 / Cellule Article 60 manages —
-- at the centre or at a partner, in the social economy or not, full or half time — and the
-- contracts of the people employed on them under article 60 §7 of the organic law of
-- 8 July 1976. A contract lasts until the person has worked the days they need to open their
-- unemployment rights (entered by the officer); its planned end is computed from them
-- (core/article60/article60.h says how). The article60 placement of the dossier covers the
-- contract's period: the contract keeps a link to it.

CREATE TABLE article60_post (
    id             INTEGER PRIMARY KEY,
    place          TEXT NOT NULL CHECK (length(trim(place)) > 0), -- the service or site where the work is done
    partner_id     INTEGER REFERENCES partner (id),              -- NULL: a post at the centre itself
    social_economy INTEGER NOT NULL DEFAULT 0 CHECK (social_economy IN (0, 1)),
    function       TEXT NOT NULL CHECK (length(trim(function)) > 0),
    schedule       TEXT NOT NULL CHECK (schedule IN ('full', 'half')),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    note           TEXT
);
CREATE INDEX article60_post_partner ON article60_post (partner_id);

CREATE TABLE article60_contract (
    id           INTEGER PRIMARY KEY,
    dossier_id   INTEGER NOT NULL REFERENCES dossier (id),
    post_id      INTEGER NOT NULL REFERENCES article60_post (id),
    -- The article60 placement over the contract's period; NULL once that placement is removed.
    placement_id INTEGER REFERENCES placement (id) ON DELETE SET NULL,
    starts_on    TEXT NOT NULL CHECK (length(starts_on) = 10),
    days_needed  INTEGER NOT NULL CHECK (days_needed > 0),
    planned_end  TEXT NOT NULL CHECK (length(planned_end) = 10 AND planned_end >= starts_on),
    actual_end   TEXT CHECK (actual_end IS NULL OR (length(actual_end) = 10 AND actual_end >= starts_on)),
    end_reason   TEXT CHECK (end_reason IN ('completed', 'job', 'dropped_out', 'dismissed', 'other')),
    note         TEXT,
    CHECK ((actual_end IS NULL) = (end_reason IS NULL))
);
CREATE INDEX article60_contract_post ON article60_contract (post_id, starts_on);
CREATE INDEX article60_contract_dossier ON article60_contract (dossier_id, starts_on);
CREATE INDEX article60_contract_end ON article60_contract (coalesce(actual_end, planned_end));

-- Posts and contracts are in the audit trail; a contract is about a person (person_id set),
-- so it shows in the person's trail and is redacted with it on anonymisation.
CREATE TRIGGER article60_post_audit_insert AFTER INSERT ON article60_post
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'article60_post', new.id, NULL,
           json_object('place', new.place, 'partner_id', new.partner_id, 'social_economy', new.social_economy,
                       'function', new.function, 'schedule', new.schedule, 'active', new.active, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER article60_post_audit_update AFTER UPDATE ON article60_post
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'article60_post', new.id, NULL,
           json_object('before', json_object('place', old.place, 'partner_id', old.partner_id,
                                             'social_economy', old.social_economy, 'function', old.function,
                                             'schedule', old.schedule, 'active', old.active, 'note', old.note),
                       'after', json_object('place', new.place, 'partner_id', new.partner_id,
                                            'social_economy', new.social_economy, 'function', new.function,
                                            'schedule', new.schedule, 'active', new.active, 'note', new.note))
    FROM audit_context;
END;

CREATE TRIGGER article60_contract_audit_insert AFTER INSERT ON article60_contract
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'article60_contract', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'post_id', new.post_id, 'placement_id', new.placement_id,
                       'starts_on', new.starts_on, 'days_needed', new.days_needed, 'planned_end', new.planned_end,
                       'actual_end', new.actual_end, 'end_reason', new.end_reason, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER article60_contract_audit_update AFTER UPDATE ON article60_contract
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'article60_contract', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'post_id', CASE WHEN old.post_id IS NOT new.post_id THEN json_array(old.post_id, new.post_id) END,
               'placement_id', CASE WHEN old.placement_id IS NOT new.placement_id THEN json_array(old.placement_id, new.placement_id) END,
               'starts_on', CASE WHEN old.starts_on IS NOT new.starts_on THEN json_array(old.starts_on, new.starts_on) END,
               'days_needed', CASE WHEN old.days_needed IS NOT new.days_needed THEN json_array(old.days_needed, new.days_needed) END,
               'planned_end', CASE WHEN old.planned_end IS NOT new.planned_end THEN json_array(old.planned_end, new.planned_end) END,
               'actual_end', CASE WHEN old.actual_end IS NOT new.actual_end THEN json_array(old.actual_end, new.actual_end) END,
               'end_reason', CASE WHEN old.end_reason IS NOT new.end_reason THEN json_array(old.end_reason, new.end_reason) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END))
    FROM audit_context;
END;

CREATE TRIGGER article60_contract_audit_delete AFTER DELETE ON article60_contract
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'article60_contract', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'post_id', old.post_id, 'starts_on', old.starts_on,
                       'planned_end', old.planned_end, 'actual_end', old.actual_end)
    FROM audit_context;
END;

-- The partner a Job Table participant is oriented to (schema 0008) is in the trail too; the
-- participant's update trigger of 0007 does not watch that column.
CREATE TRIGGER job_table_participant_audit_partner AFTER UPDATE OF orientation_partner_id ON job_table_participant
WHEN old.orientation_partner_id IS NOT new.orientation_partner_id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'job_table_participant', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('orientation_partner_id', json_array(old.orientation_partner_id, new.orientation_partner_id))
    FROM audit_context;
END;
