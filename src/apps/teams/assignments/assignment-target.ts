import type { TeamsUser } from '../../../contract';

/**
 * What the edit panel opens on: a user (from the Users table) or a number (from the Phone Numbers
 * table; the panel finds the number's user, or offers to choose one when the number is spare).
 */
export type AssignmentTarget = { kind: 'user'; user: TeamsUser } | { kind: 'number'; number: string };
