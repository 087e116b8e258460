-- SPDX-License-Identifier: GPL-3.0-or-later
-- A bulk import fills the search tokens of its new dossiers at once (issue 3, "Speed").
--
-- The insert trigger of schema 0004 wrote the four search_token rows of every dossier as it
-- was inserted: in a CSV import of 200,000 dossiers that is 200,000 small compound SELECTs,
-- each with its own temporary b-tree for the UNION, and 800,000 inserts at random places of
-- the token b-tree, about a quarter of the import. Like the audit insert triggers (schema
-- 0005), it now skips its row while audit_context.bulk_import is set, and the importer
-- (core/interchange/dossiercsv.cpp, fillSearchTokens) writes the same rows for all the
-- dossiers it created in one INSERT … SELECT sorted by token, in the same transaction, before
-- it commits. Updates and deletes keep their triggers, in bulk imports too.
-- The trigger below is the one of 0004 with the WHEN clause added.

DROP TRIGGER search_token_dossier_insert;
CREATE TRIGGER search_token_dossier_insert AFTER INSERT ON dossier
WHEN (SELECT bulk_import FROM audit_context WHERE id = 1) IS NOT 1
BEGIN
    INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key)
    SELECT p.last_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.first_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT p.national_number, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id
    UNION SELECT new.reference_key, new.id, p.last_key, p.first_key, p.national_number, new.reference_key FROM person p WHERE p.id = new.person_id;
END;
