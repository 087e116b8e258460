-- SPDX-License-Identifier: GPL-3.0-or-later
-- The search tokens of a dossier are found by their primary key (issue 3, "Speed").
--
-- search_token_dossier (0004) held one entry a token — 800,000 at 200,000 dossiers — only so
-- that the triggers could find the rows of one dossier; rebuilding it was a tenth of a large
-- dossier import. The triggers know those rows' keys instead: the tokens of a dossier are its
-- person's last_key, first_key and national_number and its own reference_key (the trigger of
-- 0004, the bulk import and every update keep it so), and (token, dossier_id) is the primary
-- key. Each DELETE below is one look-up of that key per token. A key equal to another key of
-- the same dossier is one row (0004's UNION): deleting it under either name deletes that row,
-- and the INSERT … UNION writes it once again.
--
-- The tokens are rebuilt from the register first, as 0004 made them, so that no row that the
-- keys do not name can stay behind in a file written by an older version.

DELETE FROM search_token;
INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
SELECT p.last_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT p.first_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT p.national_number, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id
UNION SELECT d.reference_key, d.id, p.last_key, p.first_key, p.national_number, d.reference_key
FROM dossier d JOIN person p ON p.id = d.person_id;

DROP INDEX search_token_dossier;

DROP TRIGGER search_token_dossier_update;
CREATE TRIGGER search_token_dossier_update AFTER UPDATE ON dossier
WHEN old.reference_key IS NOT new.reference_key OR old.person_id IS NOT new.person_id OR old.id IS NOT new.id
BEGIN
    DELETE FROM search_token WHERE dossier_id = old.id AND token = old.reference_key;
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT last_key FROM person WHERE id = old.person_id);
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT first_key FROM person WHERE id = old.person_id);
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT national_number FROM person WHERE id = old.person_id);
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT p.last_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.first_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.national_number, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT new.reference_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id;
END;

DROP TRIGGER search_token_dossier_delete;
CREATE TRIGGER search_token_dossier_delete AFTER DELETE ON dossier
BEGIN
    DELETE FROM search_token WHERE dossier_id = old.id AND token = old.reference_key;
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT last_key FROM person WHERE id = old.person_id);
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT first_key FROM person WHERE id = old.person_id);
    DELETE FROM search_token WHERE dossier_id = old.id AND token = (SELECT national_number FROM person WHERE id = old.person_id);
END;

DROP TRIGGER search_token_person_update;
CREATE TRIGGER search_token_person_update AFTER UPDATE ON person
WHEN old.last_key IS NOT new.last_key OR old.first_key IS NOT new.first_key
     OR old.national_number IS NOT new.national_number OR old.id IS NOT new.id
BEGIN
    DELETE FROM search_token WHERE token = old.last_key AND dossier_id IN (SELECT id FROM dossier WHERE person_id = old.id);
    DELETE FROM search_token WHERE token = old.first_key AND dossier_id IN (SELECT id FROM dossier WHERE person_id = old.id);
    DELETE FROM search_token WHERE token = old.national_number AND dossier_id IN (SELECT id FROM dossier WHERE person_id = old.id);
    DELETE FROM search_token WHERE (token, dossier_id) IN (SELECT reference_key, id FROM dossier WHERE person_id = old.id);
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT new.last_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT new.first_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT new.national_number, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id
    UNION SELECT d.reference_key, d.id, new.last_key, new.first_key, new.national_number, d.reference_key FROM dossier d WHERE d.person_id = new.id;
END;
