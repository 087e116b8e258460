// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the views and dialogs share.
#pragma once

class QHeaderView;
class QObject;

namespace parcours::ui {

// For a widget's destructor: ~QWidget deletes the children after the derived part of the
// object is gone; a field that loses the focus then emits editingFinished (a combo, a
// selection model: their own signals), which must not reach the slots of a half-destroyed
// object. Disconnects every child of `receiver` from it.
void disconnectChildren(QObject *receiver);

// The look of a table's column header across the program: left-aligned titles, columns the
// user can resize, no highlighted section for the current cell.
void prepareTableHeader(QHeaderView *header);

} // namespace parcours::ui
