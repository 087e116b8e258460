-- SPDX-License-Identifier: GPL-3.0-or-later
-- Several officers at once (issue #10): what officers edit in forms carries a row version, so
-- that a save made from a form that was opened before somebody else saved the same record is
-- refused instead of silently overwriting the other change.
--
-- A form keeps the row_version it loaded; its save is UPDATE … SET …, row_version =
-- row_version + 1 WHERE id = ? AND row_version = ?, and zero rows changed means somebody else
-- saved in between (core/storage/rowversion.h says who and when, from the audit trail).
--
-- Every other writer (imports, retention, closing a dossier, the Job Table's steps…) need not
-- know: the *_row_version triggers move the version on for any UPDATE that did not move it
-- itself, so a form opened before an import also learns that the import changed its record.
-- They do nothing for an UPDATE that moved it (WHEN … = …), so the trigger's own UPDATE does
-- not run them again, and the audit triggers stay silent for it (row_version is not audited).

ALTER TABLE person ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dossier ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE placement ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE gpmi ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER person_row_version AFTER UPDATE ON person
WHEN new.row_version = old.row_version
BEGIN
    UPDATE person SET row_version = old.row_version + 1 WHERE id = new.id;
END;

CREATE TRIGGER dossier_row_version AFTER UPDATE ON dossier
WHEN new.row_version = old.row_version
BEGIN
    UPDATE dossier SET row_version = old.row_version + 1 WHERE id = new.id;
END;

CREATE TRIGGER placement_row_version AFTER UPDATE ON placement
WHEN new.row_version = old.row_version
BEGIN
    UPDATE placement SET row_version = old.row_version + 1 WHERE id = new.id;
END;

CREATE TRIGGER gpmi_row_version AFTER UPDATE ON gpmi
WHEN new.row_version = old.row_version
BEGIN
    UPDATE gpmi SET row_version = old.row_version + 1 WHERE id = new.id;
END;
