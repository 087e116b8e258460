-- SPDX-License-Identifier: GPL-3.0-or-later
-- The literacy cell's own work (issue 9, seed 000: "level test, literacy or French-as-a-
-- foreign-language course at the centre or at a partner; places are scarce: waiting list, no
-- double enrolment across partners") and the yearly targets of the cells ("400 article 60
-- posts in 2014, 50 more dossiers in studies, 850 literacy level tests").
-- Dates are ISO text (YYYY-MM-DD), end dates inclusive. The rules that span rows (places,
-- no overlapping enrolments, the order of the waiting list) are enforced by core
-- (core/literacy), so that every back end gives the same messages.
--
-- The level scale (core/literacy/literacy.h): alpha_oral, alpha_1 … alpha_4 (the alpha
-- levels of Brussels literacy: first speaking the language, then reading and writing from
-- not at all to everyday texts), second_language (reads and writes another language: a
-- French or Dutch as a foreign language course, FLE / NT2), sufficient (no course needed).

CREATE TABLE literacy_test (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id),
    test_date  TEXT NOT NULL CHECK (length(test_date) = 10),
    level      TEXT NOT NULL CHECK (level = 'alpha_oral' OR level = 'alpha_1' OR level = 'alpha_2' OR level = 'alpha_3'
                                    OR level = 'alpha_4' OR level = 'second_language' OR level = 'sufficient'),
    language   TEXT CHECK (language IS NULL OR language = 'nl' OR language = 'fr'), -- the language tested
    note       TEXT
);
CREATE INDEX literacy_test_dossier ON literacy_test (dossier_id, test_date);
-- The yearly target "literacy level tests" counts the tests of a year.
CREATE INDEX literacy_test_date ON literacy_test (test_date);

-- A course at the centre (partner_id NULL) or at a literacy partner. ends_on NULL: runs
-- until further notice.
CREATE TABLE literacy_course (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    partner_id INTEGER REFERENCES partner (id),
    language   TEXT NOT NULL CHECK (language = 'nl' OR language = 'fr'),
    level      TEXT NOT NULL CHECK (level = 'alpha_oral' OR level = 'alpha_1' OR level = 'alpha_2' OR level = 'alpha_3'
                                    OR level = 'alpha_4' OR level = 'second_language'),
    places     INTEGER NOT NULL CHECK (places BETWEEN 1 AND 999),
    schedule   TEXT,
    starts_on  TEXT NOT NULL CHECK (length(starts_on) = 10),
    ends_on    TEXT CHECK (ends_on IS NULL OR (length(ends_on) = 10 AND ends_on >= starts_on)),
    note       TEXT
);

-- A person in a course from from_date to to_date (inclusive; NULL: until the course ends).
CREATE TABLE literacy_enrolment (
    id         INTEGER PRIMARY KEY,
    course_id  INTEGER NOT NULL REFERENCES literacy_course (id),
    dossier_id INTEGER NOT NULL REFERENCES dossier (id),
    from_date  TEXT NOT NULL CHECK (length(from_date) = 10),
    to_date    TEXT CHECK (to_date IS NULL OR (length(to_date) = 10 AND to_date >= from_date)),
    note       TEXT
);
CREATE INDEX literacy_enrolment_course ON literacy_enrolment (course_id, from_date);
CREATE INDEX literacy_enrolment_dossier ON literacy_enrolment (dossier_id, from_date);

-- The waiting list: per course language and level (a place in any course of that language
-- and level will do, at the centre or at a partner), in the order of requested_on, then id.
-- A row leaves the list (left_on set) when the person is enrolled (enrolment_id) or
-- withdrawn; it stays for the history.
CREATE TABLE literacy_waiting (
    id           INTEGER PRIMARY KEY,
    dossier_id   INTEGER NOT NULL REFERENCES dossier (id),
    language     TEXT NOT NULL CHECK (language = 'nl' OR language = 'fr'),
    level        TEXT NOT NULL CHECK (level = 'alpha_oral' OR level = 'alpha_1' OR level = 'alpha_2' OR level = 'alpha_3'
                                      OR level = 'alpha_4' OR level = 'second_language'),
    requested_on TEXT NOT NULL CHECK (length(requested_on) = 10),
    note         TEXT,
    left_on      TEXT CHECK (left_on IS NULL OR length(left_on) = 10),
    outcome      TEXT CHECK (outcome IS NULL OR outcome = 'enrolled' OR outcome = 'withdrawn'),
    enrolment_id INTEGER REFERENCES literacy_enrolment (id),
    CHECK ((left_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX literacy_waiting_order ON literacy_waiting (language, level, left_on, requested_on, id);
CREATE INDEX literacy_waiting_dossier ON literacy_waiting (dossier_id);

-- A yearly target of one cell: measure placements_started (placements of the cell started in
-- the year; for article60, the article 60 contracts), net_change (dossiers in the cell on
-- 31 December minus on 1 January) or literacy_tests (level tests taken in the year; cell
-- literacy). Realisations are computed, never stored.
CREATE TABLE yearly_target (
    id      INTEGER PRIMARY KEY,
    year    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    cell    TEXT NOT NULL CHECK (cell = 'facilitation' OR cell = 'literacy' OR cell = 'studies' OR cell = 'work'
                                 OR cell = 'article60' OR cell = 'post_article60' OR cell = 'health_equity'),
    measure TEXT NOT NULL CHECK (measure = 'placements_started' OR measure = 'net_change' OR measure = 'literacy_tests'),
    target  INTEGER NOT NULL CHECK (target BETWEEN -1000000 AND 1000000),
    note    TEXT,
    UNIQUE (year, cell, measure)
);

-- Audit (see 0003_security.sql): the rows that name a person, person_id through the dossier.
-- Courses and targets name nobody; they are audited too, as the partner directory is, so
-- that a changed number of places or a changed target can be traced.

CREATE TRIGGER literacy_test_audit_insert AFTER INSERT ON literacy_test
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'literacy_test', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'test_date', new.test_date, 'level', new.level,
                       'language', new.language, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_test_audit_update AFTER UPDATE ON literacy_test
WHEN old.dossier_id IS NOT new.dossier_id OR old.test_date IS NOT new.test_date OR old.level IS NOT new.level
     OR old.language IS NOT new.language OR old.note IS NOT new.note
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'literacy_test', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'test_date', CASE WHEN old.test_date IS NOT new.test_date THEN json_array(old.test_date, new.test_date) END,
               'level', CASE WHEN old.level IS NOT new.level THEN json_array(old.level, new.level) END,
               'language', CASE WHEN old.language IS NOT new.language THEN json_array(old.language, new.language) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END))
    FROM audit_context;
END;

CREATE TRIGGER literacy_test_audit_delete AFTER DELETE ON literacy_test
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'literacy_test', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'test_date', old.test_date, 'level', old.level, 'note', old.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_enrolment_audit_insert AFTER INSERT ON literacy_enrolment
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'literacy_enrolment', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('course_id', new.course_id, 'dossier_id', new.dossier_id, 'from_date', new.from_date,
                       'to_date', new.to_date, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_enrolment_audit_update AFTER UPDATE ON literacy_enrolment
WHEN old.course_id IS NOT new.course_id OR old.dossier_id IS NOT new.dossier_id OR old.from_date IS NOT new.from_date
     OR old.to_date IS NOT new.to_date OR old.note IS NOT new.note
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'literacy_enrolment', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'course_id', CASE WHEN old.course_id IS NOT new.course_id THEN json_array(old.course_id, new.course_id) END,
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'from_date', CASE WHEN old.from_date IS NOT new.from_date THEN json_array(old.from_date, new.from_date) END,
               'to_date', CASE WHEN old.to_date IS NOT new.to_date THEN json_array(old.to_date, new.to_date) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END))
    FROM audit_context;
END;

CREATE TRIGGER literacy_enrolment_audit_delete AFTER DELETE ON literacy_enrolment
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'literacy_enrolment', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('course_id', old.course_id, 'dossier_id', old.dossier_id, 'from_date', old.from_date,
                       'to_date', old.to_date, 'note', old.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_waiting_audit_insert AFTER INSERT ON literacy_waiting
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'literacy_waiting', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_object('dossier_id', new.dossier_id, 'language', new.language, 'level', new.level,
                       'requested_on', new.requested_on, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_waiting_audit_update AFTER UPDATE ON literacy_waiting
WHEN old.dossier_id IS NOT new.dossier_id OR old.language IS NOT new.language OR old.level IS NOT new.level
     OR old.requested_on IS NOT new.requested_on OR old.note IS NOT new.note OR old.left_on IS NOT new.left_on
     OR old.outcome IS NOT new.outcome OR old.enrolment_id IS NOT new.enrolment_id
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'literacy_waiting', new.id, (SELECT d.person_id FROM dossier d WHERE d.id = new.dossier_id),
           json_patch('{}', json_object(
               'dossier_id', CASE WHEN old.dossier_id IS NOT new.dossier_id THEN json_array(old.dossier_id, new.dossier_id) END,
               'language', CASE WHEN old.language IS NOT new.language THEN json_array(old.language, new.language) END,
               'level', CASE WHEN old.level IS NOT new.level THEN json_array(old.level, new.level) END,
               'requested_on', CASE WHEN old.requested_on IS NOT new.requested_on THEN json_array(old.requested_on, new.requested_on) END,
               'note', CASE WHEN old.note IS NOT new.note THEN json_array(old.note, new.note) END,
               'left_on', CASE WHEN old.left_on IS NOT new.left_on THEN json_array(old.left_on, new.left_on) END,
               'outcome', CASE WHEN old.outcome IS NOT new.outcome THEN json_array(old.outcome, new.outcome) END,
               'enrolment_id', CASE WHEN old.enrolment_id IS NOT new.enrolment_id THEN json_array(old.enrolment_id, new.enrolment_id) END))
    FROM audit_context;
END;

CREATE TRIGGER literacy_waiting_audit_delete AFTER DELETE ON literacy_waiting
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'literacy_waiting', old.id, (SELECT d.person_id FROM dossier d WHERE d.id = old.dossier_id),
           json_object('dossier_id', old.dossier_id, 'language', old.language, 'level', old.level,
                       'requested_on', old.requested_on, 'note', old.note)
    FROM audit_context;
END;

CREATE TRIGGER literacy_course_audit_insert AFTER INSERT ON literacy_course
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'literacy_course', new.id, NULL,
           json_object('name', new.name, 'partner_id', new.partner_id, 'language', new.language, 'level', new.level,
                       'places', new.places, 'schedule', new.schedule, 'starts_on', new.starts_on, 'ends_on', new.ends_on)
    FROM audit_context;
END;

CREATE TRIGGER literacy_course_audit_update AFTER UPDATE ON literacy_course
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'literacy_course', new.id, NULL,
           json_object('before', json_object('name', old.name, 'partner_id', old.partner_id, 'language', old.language,
                                             'level', old.level, 'places', old.places, 'schedule', old.schedule,
                                             'starts_on', old.starts_on, 'ends_on', old.ends_on),
                       'after', json_object('name', new.name, 'partner_id', new.partner_id, 'language', new.language,
                                            'level', new.level, 'places', new.places, 'schedule', new.schedule,
                                            'starts_on', new.starts_on, 'ends_on', new.ends_on))
    FROM audit_context;
END;

CREATE TRIGGER yearly_target_audit_insert AFTER INSERT ON yearly_target
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'create', 'yearly_target', new.id, NULL,
           json_object('year', new.year, 'cell', new.cell, 'measure', new.measure, 'target', new.target, 'note', new.note)
    FROM audit_context;
END;

CREATE TRIGGER yearly_target_audit_update AFTER UPDATE ON yearly_target
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'update', 'yearly_target', new.id, NULL,
           json_object('year', json_array(old.year, new.year), 'cell', json_array(old.cell, new.cell),
                       'measure', json_array(old.measure, new.measure), 'target', json_array(old.target, new.target),
                       'note', json_array(old.note, new.note))
    FROM audit_context;
END;

CREATE TRIGGER yearly_target_audit_delete AFTER DELETE ON yearly_target
BEGIN
    INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'),
           'delete', 'yearly_target', old.id, NULL,
           json_object('year', old.year, 'cell', old.cell, 'measure', old.measure, 'target', old.target)
    FROM audit_context;
END;
