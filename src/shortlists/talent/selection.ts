import type { TalentScore } from './talent-score';

export interface AgeBand {
  min: number;
  max: number;
}

export type Selection = { mode: 'top'; perBand: number } | { mode: 'threshold'; minScore: number };

export interface Scored extends TalentScore {
  age: number;
  homeLocalityId: number | null;
}

export interface Placed<T extends Scored> {
  child: T;
  band: number;
  /** 1, 2, 3… within the band; never shared (the stable tie rule). */
  rankInBand: number;
  via: 'rank' | 'local_quota' | null;
}

/** The index of the band `age` falls in, or -1. Bands are validated not to overlap (bandsOverlap). */
export function bandOf(age: number, bands: readonly AgeBand[]): number {
  return bands.findIndex((band) => age >= band.min && age <= band.max);
}

export function bandsOverlap(bands: readonly AgeBand[]): boolean {
  return bands.some((a, i) => bands.some((b, j) => i < j && a.min <= b.max && b.min <= a.max));
}

/**
 * The stable tie rule (talent-score.md §7): score, then the contests part, then the assessments part, all
 * descending; then the participant id ascending.
 */
export function byTalent(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.parts.contests - a.parts.contests ||
    b.parts.assessments - a.parts.assessments ||
    a.participantId - b.participantId
  );
}

/**
 * Every scored child placed in its band and ranked; `via` says who is a candidate and why: selected by rank
 * (top N or threshold, among those meeting the minimum evidence), or by the local quota (the best K of each
 * home locality in the band who meet the minimum and were not selected yet).
 */
export function placeAndSelect<T extends Scored>(
  children: readonly T[],
  bands: readonly AgeBand[],
  selection: Selection,
  localQuota: number | null,
): Placed<T>[] {
  const placed: Placed<T>[] = [];
  bands.forEach((_band, bandIndex) => {
    const inBand = children.filter((child) => bandOf(child.age, bands) === bandIndex).sort(byTalent);
    let selected = 0;
    const rows = inBand.map((child, index): Placed<T> => {
      let via: Placed<T>['via'] = null;
      if (child.meetsMinimum) {
        const chosen =
          selection.mode === 'top' ? selected < selection.perBand : child.score >= selection.minScore;
        if (chosen) {
          via = 'rank';
          selected += 1;
        }
      }
      return { child, band: bandIndex, rankInBand: index + 1, via };
    });
    if (localQuota !== null && localQuota > 0) {
      const taken = new Map<string, number>();
      for (const row of rows) {
        if (!row.child.meetsMinimum) continue;
        const key = String(row.child.homeLocalityId);
        const count = taken.get(key) ?? 0;
        if (count >= localQuota) continue;
        taken.set(key, count + 1);
        if (row.via === null) row.via = 'local_quota';
      }
    }
    placed.push(...rows);
  });
  return placed;
}
