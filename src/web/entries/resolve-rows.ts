import { api } from '../api/client';
import { foldName, type PastedRow } from './pasted-rows';

export type RowProblem = 'nameMissing' | 'dateInvalid' | 'notFound' | 'ambiguous' | 'unitUnknown';

export interface ResolvedRow extends PastedRow {
  participantId: number | null;
  organisationId: number | null;
  problems: RowProblem[];
}

/** How many rows are looked up at once: a class list resolves in a few round trips, not one per child. */
const AT_ONCE = 6;

/**
 * Finds each pasted entrant among the registered children (same name without diacritics, same date of birth)
 * and the unit they represent (by name; the child's own unit when the cell is empty).
 */
export async function resolveRows(rows: PastedRow[]): Promise<ResolvedRow[]> {
  const units = new Map<string, Promise<number | null>>();
  const unitOf = (name: string) => {
    const key = foldName(name);
    if (!units.has(key)) units.set(key, unitNamed(name));
    return units.get(key)!;
  };
  const resolved: ResolvedRow[] = [];
  for (let start = 0; start < rows.length; start += AT_ONCE)
    resolved.push(
      ...(await Promise.all(rows.slice(start, start + AT_ONCE).map((row) => resolveRow(row, unitOf)))),
    );
  return resolved;
}

async function resolveRow(
  row: PastedRow,
  unitOf: (name: string) => Promise<number | null>,
): Promise<ResolvedRow> {
  const problems: RowProblem[] = [];
  if (row.fullName === '') problems.push('nameMissing');
  if (row.dateOfBirth === null) problems.push('dateInvalid');
  let participantId: number | null = null;
  let organisationId: number | null = null;
  if (problems.length === 0) {
    const matches = await participantsNamed(row.fullName, row.dateOfBirth!);
    if (matches.length === 0) problems.push('notFound');
    else if (matches.length > 1) problems.push('ambiguous');
    else [participantId, organisationId] = [matches[0].id, matches[0].organisationId];
  }
  if (row.unit !== '') {
    organisationId = await unitOf(row.unit);
    if (organisationId === null) problems.push('unitUnknown');
  }
  return { ...row, participantId, organisationId, problems };
}

/** The children of that name born that day: narrowed by the server, so a common name does not hide one. */
async function participantsNamed(fullName: string, dateOfBirth: string) {
  const { data } = await api.GET('/api/v1/participants', {
    params: { query: { q: fullName, dateOfBirth, pageSize: 50 } },
  });
  const wanted = foldName(fullName);
  return (data?.items ?? []).filter(
    (child) => foldName(child.fullName) === wanted && child.dateOfBirth === dateOfBirth,
  );
}

async function unitNamed(name: string): Promise<number | null> {
  const { data } = await api.GET('/api/v1/organisations', { params: { query: { q: name, pageSize: 20 } } });
  const wanted = foldName(name);
  return data?.items.find((unit) => foldName(unit.name) === wanted)?.id ?? null;
}
