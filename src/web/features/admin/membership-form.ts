import type { Membership, Role } from '../../../contract/auth';

/** One row of the memberships editor; null while the user has not chosen yet. */
export type MembershipRow = { key: string; organisationId: string | null; role: Role | null; teamId: string | null };

// Rows need a stable React key that survives removing a row above them.
let rowCounter = 0;
const nextKey = () => `membership-${(rowCounter += 1)}`;

export function emptyMembershipRow(organisationId: string | null): MembershipRow {
  return { key: nextKey(), organisationId, role: null, teamId: null };
}

export function membershipRowsOf(memberships: readonly Membership[]): MembershipRow[] {
  return memberships.map((membership) => ({
    key: nextKey(),
    organisationId: membership.organisationId,
    role: membership.role,
    teamId: membership.teamId,
  }));
}

/** The rows as the API's membership list; unchosen values stay missing so the schema names them required. */
export function membershipRequestsOf(rows: readonly MembershipRow[]) {
  return rows.map((row) => ({ organisationId: row.organisationId ?? undefined, role: row.role ?? undefined, teamId: row.teamId }));
}
