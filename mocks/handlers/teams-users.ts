import Papa from 'papaparse';
import type { AssignmentChange, AssignmentProblem, AssignmentRowResult, TeamsUser } from '../../src/contract';
import { assignmentCsvHeaders } from '../../src/contract';
import { toCsv } from '../csv';
import { ratecenterOf } from '../data/ratecenters';
import { normalizeNanp } from '../phone';
import type { TeamsAccountData, TeamsUserRecord } from '../state';
import { fail, matchesSearch, ok, paginate, type RouteImpls } from './define';

function toTeamsUser(user: TeamsUserRecord): TeamsUser {
  return { ...user };
}

/**
 * Gives a user a phone number and a failover number. With `clearOldFailover`, users whose failover
 * was this user's previous number lose it, since it would now ring someone else (or no one).
 */
function assign(data: TeamsAccountData, user: TeamsUserRecord, phoneNumber: string | null, failoverNumber: string | null, clearOldFailover: boolean): void {
  const previous = user.phoneNumber;
  user.phoneNumber = phoneNumber;
  user.failoverNumber = failoverNumber;
  if (clearOldFailover && previous !== null && previous !== phoneNumber) {
    for (const other of data.users) if (other.id !== user.id && other.failoverNumber === previous) other.failoverNumber = null;
  }
}

interface PlannedRow {
  rowNumber: number;
  user: TeamsUserRecord;
  phoneNumber: string | null;
  failoverNumber: string | null;
}

interface AssignmentPlan {
  rowCount: number;
  problems: AssignmentProblem[];
  changes: AssignmentChange[];
  /** Rows that can be applied, by row number. */
  valid: PlannedRow[];
}

const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A failover number may be abroad (the edit panel accepts any valid number): NANP, or E.164 as written. */
function normalizeFailover(text: string): string | null {
  const compact = text.replace(/[\s().-]/g, '');
  return normalizeNanp(text) ?? (/^\+[2-9]\d{6,14}$/.test(compact) ? compact : null);
}

/** Reads an assignments CSV and works out what it would change, without changing anything. */
function planAssignments(data: TeamsAccountData, csv: string): AssignmentPlan {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const columnIndex = new Map(header.map((name, index) => [headerKey(name), index]));
  const [upnHeader, , phoneHeader, failoverHeader] = assignmentCsvHeaders;
  const missing = [upnHeader, phoneHeader, failoverHeader].filter((name) => !columnIndex.has(headerKey(name)));
  if (missing.length > 0) {
    return {
      rowCount: rows.length,
      changes: [],
      valid: [],
      problems: missing.map((name) => ({
        rowNumber: 0,
        code: 'missing-columns',
        column: name,
        value: null,
        message: `The header line has no "${name}" column`,
      })),
    };
  }
  const cell = (row: string[], name: string): string => row[columnIndex.get(headerKey(name)) ?? -1]?.trim() ?? '';
  const owned = new Set(data.numbers.map((item) => item.number));
  const problems: AssignmentProblem[] = [];
  const planned: PlannedRow[] = [];
  const problemRows = new Set<number>();
  const problem = (rowNumber: number, code: AssignmentProblem['code'], column: string | null, value: string | null, message: string): void => {
    problems.push({ rowNumber, code, column, value, message });
    problemRows.add(rowNumber);
  };

  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const upn = cell(row, upnHeader);
    const phoneText = cell(row, phoneHeader);
    const failoverText = cell(row, failoverHeader);
    const phoneNumber = phoneText === '' ? null : normalizeNanp(phoneText);
    const failoverNumber = failoverText === '' ? null : normalizeFailover(failoverText);
    if (phoneText !== '' && phoneNumber === null) problem(rowNumber, 'invalid-number', phoneHeader, phoneText, 'Not a valid NANP phone number');
    if (failoverText !== '' && failoverNumber === null) problem(rowNumber, 'invalid-number', failoverHeader, failoverText, 'Not a valid phone number');
    if (phoneNumber !== null && !owned.has(phoneNumber)) problem(rowNumber, 'number-not-owned', phoneHeader, phoneText, 'The tenant does not own this number');
    if (upn === '') return; // A spare-number row: nothing to assign.
    const user = data.users.find((item) => item.userPrincipalName.toLowerCase() === upn.toLowerCase());
    if (!user) {
      problem(rowNumber, 'unknown-user', upnHeader, upn, 'No user has this user principal name');
      return;
    }
    planned.push({ rowNumber, user, phoneNumber, failoverNumber });
  });

  // A number may be the phone number of one user only: in the file, and against users the file keeps.
  const plannedByUser = new Map(planned.map((row) => [row.user.id, row]));
  const rowsByNumber = new Map<string, PlannedRow[]>();
  for (const row of planned) {
    if (row.phoneNumber === null) continue;
    rowsByNumber.set(row.phoneNumber, [...(rowsByNumber.get(row.phoneNumber) ?? []), row]);
  }
  for (const [number, sharing] of rowsByNumber) {
    const holder = data.users.find((user) => user.phoneNumber === number);
    const heldElsewhere =
      holder !== undefined && !sharing.some((row) => row.user.id === holder.id) && (plannedByUser.get(holder.id)?.phoneNumber ?? number) === number;
    if (sharing.length > 1 || heldElsewhere) {
      for (const row of sharing)
        problem(
          row.rowNumber,
          'duplicate-number',
          phoneHeader,
          number,
          heldElsewhere ? `Already assigned to ${holder?.userPrincipalName ?? ''}` : 'The same number is on several rows',
        );
    }
  }

  const valid = planned.filter((row) => !problemRows.has(row.rowNumber));
  const changes: AssignmentChange[] = [];
  for (const row of valid) {
    const base = { rowNumber: row.rowNumber, userId: row.user.id, userPrincipalName: row.user.userPrincipalName };
    const from = row.user.phoneNumber;
    if (from !== row.phoneNumber) {
      const kind = from === null ? 'assign' : row.phoneNumber === null ? 'unassign' : 'change';
      changes.push({ ...base, kind, from, to: row.phoneNumber });
    }
    if (row.user.failoverNumber !== row.failoverNumber)
      changes.push({ ...base, kind: 'failover-change', from: row.user.failoverNumber, to: row.failoverNumber });
  }
  return { rowCount: rows.length, problems, changes, valid };
}

/** Teams users, their assignments, and the assignments CSV. */
export const teamsUserImpls: RouteImpls<'listTeamsUsers' | 'updateAssignment' | 'downloadAssignmentsCsv' | 'validateAssignments' | 'applyAssignments'> = {
  listTeamsUsers: ({ backend, accountId, query }) => {
    const users = backend
      .teams(accountId)
      .users.filter((user) => matchesSearch(query.q, [user.displayName, user.userPrincipalName, user.phoneNumber, user.failoverNumber]))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || a.id.localeCompare(b.id))
      .map(toTeamsUser);
    return ok(200, paginate(users, query));
  },
  updateAssignment: ({ backend, accountId, params, body }) => {
    const data = backend.teams(accountId);
    const user = data.users.find((item) => item.id === params.userId);
    if (!user) return fail(404, 'user-not-found', `No user ${params.userId}`);
    const { phoneNumber, failoverNumber } = body;
    if (phoneNumber !== null && !data.numbers.some((item) => item.number === phoneNumber)) {
      return fail(422, 'number-not-owned', 'The tenant does not own this number', { phoneNumber: 'number-not-owned' });
    }
    if (phoneNumber !== null && phoneNumber === failoverNumber) {
      return fail(422, 'same-number', 'The failover number must differ from the phone number', { failoverNumber: 'same-number' });
    }
    const holder = data.users.find((item) => item.id !== user.id && item.phoneNumber === phoneNumber && phoneNumber !== null);
    if (holder) return fail(409, 'number-in-use', `The number is assigned to ${holder.userPrincipalName}`, { phoneNumber: 'number-in-use' });
    assign(data, user, phoneNumber, failoverNumber, body.clearOldFailover);
    return ok(200, toTeamsUser(user));
  },
  downloadAssignmentsCsv: ({ backend, accountId }) => {
    const data = backend.teams(accountId);
    const users = [...data.users].sort((a, b) => a.userPrincipalName.localeCompare(b.userPrincipalName));
    const assigned = new Set(users.flatMap((user) => (user.phoneNumber ? [user.phoneNumber] : [])));
    const rows = [
      [...assignmentCsvHeaders],
      ...users.map((user) => [
        user.userPrincipalName,
        user.displayName,
        user.phoneNumber ?? '',
        user.failoverNumber ?? '',
        user.phoneNumber ? (ratecenterOf(user.phoneNumber)?.name ?? '') : '',
      ]),
      ...data.numbers
        .filter((item) => !assigned.has(item.number))
        .sort((a, b) => a.number.localeCompare(b.number))
        .map((item) => ['', '', item.number, '', ratecenterOf(item.number)?.name ?? '']),
    ];
    return ok(200, toCsv(rows));
  },
  validateAssignments: ({ backend, accountId, body }) => {
    const plan = planAssignments(backend.teams(accountId), body.csv);
    const changedRows = new Set(plan.changes.map((change) => change.rowNumber));
    const problemRows = new Set(plan.problems.map((item) => item.rowNumber));
    const unchangedCount = Array.from({ length: plan.rowCount }, (_, index) => index + 1).filter(
      (row) => !changedRows.has(row) && !problemRows.has(row),
    ).length;
    return ok(200, { rowCount: plan.rowCount, changes: plan.changes, problems: plan.problems, unchangedCount });
  },
  applyAssignments: ({ backend, accountId, body }) => {
    const data = backend.teams(accountId);
    const plan = planAssignments(data, body.csv);
    const changedRows = new Set(plan.changes.map((change) => change.rowNumber));
    // Free numbers first, so that a number moving from one user to another never sits on two users.
    for (const row of plan.valid) if (changedRows.has(row.rowNumber)) row.user.phoneNumber = null;
    for (const row of plan.valid) if (changedRows.has(row.rowNumber)) assign(data, row.user, row.phoneNumber, row.failoverNumber, false);
    const results: AssignmentRowResult[] = Array.from({ length: plan.rowCount }, (_, index) => {
      const rowNumber = index + 1;
      const firstProblem = plan.problems.find((item) => item.rowNumber === rowNumber || item.rowNumber === 0);
      if (firstProblem) return { rowNumber, status: 'failed', code: firstProblem.code, message: firstProblem.message };
      const row = plan.valid.find((item) => item.rowNumber === rowNumber);
      return row && changedRows.has(rowNumber) ? { rowNumber, status: 'applied', userId: row.user.id } : { rowNumber, status: 'unchanged' };
    });
    return ok(200, { results });
  },
};
