-- SPDX-License-Identifier: GPL-3.0-or-later
-- Several officers at once: a GPMI evaluation is edited in a form too, so it carries a row
-- version like the rows of 0012. The evaluation form keeps the version it loaded and its save
-- writes only WHERE row_version = loaded; a save over a change somebody else saved since is
-- refused with who and when (core/storage/rowversion.h) instead of overwriting it.
--
-- As in 0012, every other writer need not know: the trigger moves the version on for any
-- UPDATE that did not move it itself, and does nothing for an UPDATE that did (so its own
-- UPDATE does not run it again). The audit trigger of gpmi_evaluation lists the columns it
-- records, so a change of row_version alone writes nothing to the trail.

ALTER TABLE gpmi_evaluation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER gpmi_evaluation_row_version AFTER UPDATE ON gpmi_evaluation
WHEN new.row_version = old.row_version
BEGIN
    UPDATE gpmi_evaluation SET row_version = old.row_version + 1 WHERE id = new.id;
END;
