/** What a candidate list needs for comparing two versions of a shortlist. */
export interface Listed {
  participantId: number;
  score: string;
  evidence: unknown[];
  droppedOut: boolean;
}

export interface VersionDiff<C extends Listed> {
  /** Candidates of the new version who were not candidates of the one before. */
  cameIn: C[];
  /** Candidates of the version before who are no longer candidates (the new version's entry when it has one). */
  wentOut: C[];
  /** Candidates of both whose evidence differs, with the earlier entry. */
  evidenceChanged: { before: C; after: C }[];
}

/**
 * Compares two versions' candidate lists. The API lists children decided earlier who dropped out of the new
 * version (`droppedOut`); they are not candidates of it. Evidence is compared item by item as the API gives it
 * (its order is the scoring's), so a changed rank, prize or assessment shows even when the score stays equal.
 */
export function compareVersions<C extends Listed>(before: C[], after: C[]): VersionDiff<C> {
  const candidates = (list: C[]) =>
    new Map(list.filter((c) => !c.droppedOut).map((c) => [c.participantId, c]));
  const was = candidates(before);
  const is = candidates(after);
  const dropped = new Map(after.filter((c) => c.droppedOut).map((c) => [c.participantId, c]));
  return {
    cameIn: [...is.values()].filter((c) => !was.has(c.participantId)),
    wentOut: [...was.values()]
      .filter((c) => !is.has(c.participantId))
      .map((c) => dropped.get(c.participantId) ?? c),
    evidenceChanged: [...is.values()].flatMap((c) => {
      const earlier = was.get(c.participantId);
      return earlier && JSON.stringify(earlier.evidence) !== JSON.stringify(c.evidence)
        ? [{ before: earlier, after: c }]
        : [];
    }),
  };
}
