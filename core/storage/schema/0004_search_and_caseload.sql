-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes for the two long lists: the search of the dossier list (core/registry/registry.cpp)
-- and the caseload of a day (core/trajectory/caseload.cpp, at the end).
--
-- A word typed in the search box is a prefix of a dossier's last_key, first_key,
-- national_number or reference_key. search_token holds each of those four keys of each dossier
-- as one row (token), together with all four keys: one index range on token finds the
-- dossiers of the most selective word, and the other words are checked on the same rows,
-- read in order from one b-tree. Before, each candidate of the driving word cost a lookup
-- of its dossier and of its person: "el a" read 18,000 of them twice a keystroke (147 ms at
-- 200,000 dossiers).
--
-- The table is derived data, like an index: the triggers below keep it in step with person
-- and dossier, so no writer (register, imports, demo generator, retention) can forget it,
-- and a key that anonymisation erases leaves search_token in the same transaction. It gets
-- no audit triggers: every change of its source columns is already in the audit trail.
-- WITHOUT ROWID and the triggers are the SQLite-specific corner; a PostgreSQL back end would
-- use an ordinary table with the same primary key and plpgsql triggers.

CREATE TABLE search_token (
    token           TEXT NOT NULL,
    dossier_id      INTEGER NOT NULL,
    last_key        TEXT NOT NULL,
    first_key       TEXT NOT NULL,
    national_number TEXT NOT NULL,
    reference_key   TEXT NOT NULL,
    PRIMARY KEY (token, dossier_id)
) WITHOUT ROWID;
-- For the triggers: the rows of one dossier.
CREATE INDEX search_token_dossier ON search_token (dossier_id);

-- Existing files: the tokens of every dossier. UNION drops the duplicate rows of a dossier
-- whose keys are equal (first name = last name).
INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
SELECT p.last_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT p.first_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT p.national_number, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT d.reference_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id;

CREATE TRIGGER search_token_dossier_insert AFTER INSERT ON dossier
BEGIN
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT p.last_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.first_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.national_number, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT new.reference_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id;
END;

CREATE TRIGGER search_token_dossier_update AFTER UPDATE ON dossier
WHEN old.reference_key IS NOT new.reference_key OR old.person_id IS NOT new.person_id OR old.id IS NOT new.id
BEGIN
    DELETE FROM search_token WHERE dossier_id = old.id;
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT p.last_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.first_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.national_number, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT new.reference_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id;
END;

CREATE TRIGGER search_token_dossier_delete AFTER DELETE ON dossier
BEGIN
    DELETE FROM search_token WHERE dossier_id = old.id;
END;

CREATE TRIGGER search_token_person_update AFTER UPDATE ON person
WHEN old.last_key IS NOT new.last_key OR old.first_key IS NOT new.first_key
     OR old.national_number IS NOT new.national_number OR old.id IS NOT new.id
BEGIN
    DELETE FROM search_token WHERE dossier_id IN (SELECT id FROM dossier WHERE person_id = old.id
                                                  UNION ALL SELECT id FROM dossier WHERE person_id = new.id);
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT new.last_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT new.first_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT new.national_number, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT d.reference_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id;
END;

-- The caseload of a day (core/trajectory/caseload.cpp): per cell, the placements that end on
-- or after the day (open ones last), with what the page filters on, so that neither counting
-- nor filtering reads a placement row. For today and recent days that range is about the
-- day's placements themselves. end_date itself comes last: SQLite reads a column only from
-- an index that holds it, not from an expression over it.
CREATE INDEX placement_day ON placement (cell, COALESCE(end_date, '9999-12-31'), start_date, officer, dossier_id, end_date);
