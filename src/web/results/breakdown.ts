import type { Schemas } from '../api/types';

export type RoundResults = Schemas['RoundResultsView'];
export type ResultEntry = Schemas['ResultsEntry'];

/** One judge's line of an entry's breakdown, as far as the result screens use it. */
export interface JudgeTotal {
  judgeId: number;
  fullName: string;
  role: string;
  status: string;
  total: string | null;
}

function isJudgeLine(value: unknown): value is JudgeTotal {
  return typeof value === 'object' && value !== null && 'judgeId' in value && 'total' in value;
}

/**
 * The judges' lines of an entry. The OpenAPI document does not type the breakdown yet (an object of the
 * engine's), so it is read here, defensively, in one place.
 */
export function judgeTotals(entry: ResultEntry): JudgeTotal[] {
  const judges = (entry.breakdown as { judges?: unknown }).judges;
  return Array.isArray(judges) ? judges.filter(isJudgeLine) : [];
}

/** The panel's judges in a stable order (head first, then by id), from every entry's lines. */
export function panelJudges(results: RoundResults): { judgeId: number; fullName: string; role: string }[] {
  const found = new Map<number, { judgeId: number; fullName: string; role: string }>();
  for (const entry of results.entries) {
    for (const line of judgeTotals(entry)) {
      if (line.role !== 'secretary') found.set(line.judgeId, line);
    }
  }
  const rank = (role: string) => (role === 'head' ? 0 : role === 'deputy' ? 1 : 2);
  return [...found.values()].sort((a, b) => rank(a.role) - rank(b.role) || a.judgeId - b.judgeId);
}

export function entryName(entry: ResultEntry): string {
  return entry.teamName ?? entry.members.map((member) => member.fullName).join(', ');
}
