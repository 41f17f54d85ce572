/**
 * Assignments of numbers to Teams users, for the screens that need them (Users, Phone Numbers).
 */

/** The side panel that edits a user's (or a number's user's) phone and failover numbers. */
export { AssignmentEditPanel, type AssignmentEditPanelProps } from './assignment-edit-panel';
/** What the panel opens on: `{ kind: 'user', user }` or `{ kind: 'number', number }`. */
export type { AssignmentTarget } from './assignment-target';
/** Download CSV and Upload (preview, apply, per-row results) of the assignments file. */
export { AssignmentsCsvActions, type AssignmentsCsvActionsProps } from './assignments-csv-actions';
