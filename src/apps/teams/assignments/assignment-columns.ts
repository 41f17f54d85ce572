import { assignmentCsvHeaders } from '../../../contract';
import type { HeaderSpec } from '../../../import';

const [upnHeader, displayNameHeader, phoneHeader, failoverHeader, ratecenterHeader] = assignmentCsvHeaders;

/**
 * The assignments CSV's columns for the import engine's header mapping, with the names admins and other
 * tools give them. Failover Number is required: a file without it cannot say whether failovers stay.
 */
export const assignmentColumns: readonly HeaderSpec[] = [
  { key: 'userPrincipalName', header: upnHeader, required: true, synonyms: ['UPN', 'User', 'Sign-in Name', 'Username', 'User Name'] },
  { key: 'displayName', header: displayNameHeader, required: false, synonyms: ['Name', 'Full Name'] },
  { key: 'phoneNumber', header: phoneHeader, required: true, synonyms: ['Number', 'Phone', 'Telephone Number', 'Line URI', 'DID'] },
  { key: 'failoverNumber', header: failoverHeader, required: true, synonyms: ['Failover', 'Failover Phone Number', 'Forward To'] },
  { key: 'ratecenter', header: ratecenterHeader, required: false, synonyms: ['Rate Center'] },
];

/** Positions in {@link assignmentColumns}. */
export const COLUMN = { upn: 0, displayName: 1, phone: 2, failover: 3, ratecenter: 4 } as const;
