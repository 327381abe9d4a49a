/**
 * Birth quarter counted from a band's reference date (talent-score.md §8): 1 for births in the three months
 * after the cut-off anniversary (the oldest of their age), … 4 for the three months up to it.
 */
export function birthQuarter(dateOfBirth: string, referenceDate: string): 1 | 2 | 3 | 4 {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [, rm, rd] = referenceDate.split('-').map(Number);
  // The last anniversary of the cut-off strictly before the birth.
  const anniversaryYear = bm > rm || (bm === rm && bd > rd) ? by : by - 1;
  const birth = dayNumber(by, bm, bd);
  for (const quarter of [1, 2, 3] as const) {
    if (birth <= dayNumber(anniversaryYear, rm + 3 * quarter, rd)) return quarter;
  }
  return 4;
}

/** Days since the epoch of a date whose month may overflow (month 14 is February of the next year); the day
 * is clamped to the month's length (31 May + 3 months is 31 August; 30 November + 3 months is 28/29 February). */
function dayNumber(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Date.UTC(y, m - 1, Math.min(day, last)) / 86_400_000;
}

export interface GroupCount {
  key: string;
  pool: number;
  candidates: number;
  poolShare: number;
  candidateShare: number;
  /** candidateShare / poolShare; null when the pool has none of this group. */
  ratio: number | null;
}

export interface Member {
  key: string;
  candidate: boolean;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** Pool and candidates counted by group, with their shares and the ratio of shares (groups by key). */
export function shares(members: readonly Member[]): GroupCount[] {
  const pool = members.length;
  const candidates = members.filter((member) => member.candidate).length;
  const groups = new Map<string, { pool: number; candidates: number }>();
  for (const member of members) {
    const group = groups.get(member.key) ?? { pool: 0, candidates: 0 };
    group.pool += 1;
    if (member.candidate) group.candidates += 1;
    groups.set(member.key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const poolShare = pool > 0 ? group.pool / pool : 0;
      const candidateShare = candidates > 0 ? group.candidates / candidates : 0;
      return {
        key,
        pool: group.pool,
        candidates: group.candidates,
        poolShare: round4(poolShare),
        candidateShare: round4(candidateShare),
        ratio: poolShare > 0 ? round4(candidateShare / poolShare) : null,
      };
    });
}

/**
 * The relative-age ratio: (candidates born in Q1 / in Q4) / (pool born in Q1 / in Q4); above 1, the oldest of
 * the band are over-selected. Null when any of the four counts is 0.
 */
export function relativeAgeRatio(
  pool: { q1: number; q4: number },
  candidates: { q1: number; q4: number },
): number | null {
  if (!pool.q1 || !pool.q4 || !candidates.q1 || !candidates.q4) return null;
  return round4(candidates.q1 / candidates.q4 / (pool.q1 / pool.q4));
}
