import { compareIds } from './ids';
import { absoluteMajority, majorityCells, positionsAt, type MajorityPosition } from './majority';
import { awardPrizes } from './prizes';
import {
  getOrCreate,
  parseRankedAdvancement,
  parseRankedPrizes,
  parseRankedRound,
  type ParsedRankedRound,
} from './ranked-input';
import { Decimal } from './decimal';
import { IssueList } from './round-input';
import type { Standing } from './standing';
import type {
  DanceEntryLine,
  DanceResult,
  MajorityCell,
  MissingSheet,
  Rule10Table,
  Rule11Table,
  SkatingDecision,
  SkatingEntryResult,
  SkatingInput,
  SkatingResults,
} from './types';

/**
 * The Skating System (skating.md): each dance placed by rules 5–8, several dances combined by rules 9–11, each
 * entry with the tables that decided it. Pure and exact: places are counted in halves (a shared 2nd–3rd is
 * 2.5), and the same input in any order gives the same output. Throws a ScoringInputError when the input is
 * inconsistent (an unknown id, a place off 1 … n, two entries on one judge's place).
 */
export function computeSkatingResults(input: SkatingInput): SkatingResults {
  const issues = new IssueList();
  const round = parseRankedRound(input, input.placements ?? [], 'placements', issues);
  checkPlaces(input, round, issues);
  const prizes = parseRankedPrizes(input.prizes, issues);
  const top = parseRankedAdvancement(input.advancement, issues);
  issues.throwIfAny();

  const { dances, missingSheets } = placeDances(round);
  const scored = dances.every((dance) => dance.judges.length > 0) && round.entries.length > 0;
  const summary = scored
    ? dances.length === 1
      ? singleDanceSummary(dances[0])
      : combineDances(round, dances)
    : null;

  const standing: Standing[] = (summary?.positions ?? []).map(({ entryId, rank }) => ({
    entryId,
    rank,
    score: Decimal.ZERO, // prizes go by count only here
  }));
  standing.sort((a, b) => a.rank - b.rank || compareIds(a.entryId, b.entryId));
  const prizeByEntry = awardPrizes(standing, prizes);
  const byId = new Map((summary?.positions ?? []).map((position) => [position.entryId, position]));

  const entries = round.entries.map((entryId): SkatingEntryResult => {
    const position = byId.get(entryId);
    const dancePlaces = dances.flatMap((dance) => {
      const line = dance.entries.find((candidate) => candidate.entryId === entryId);
      return line && scored ? [{ dance: dance.dance, place: line.place }] : [];
    });
    if (!position) {
      return {
        entryId,
        status: 'unscored',
        rank: null,
        place: null,
        total: null,
        dancePlaces,
        decision: null,
        prize: null,
        advances: false,
      };
    }
    return {
      entryId,
      status: 'ranked',
      rank: position.rank,
      place: position.place,
      total: dances.length > 1 ? position.total : null,
      dancePlaces,
      decision: position.decision,
      prize: prizeByEntry.get(entryId) ?? null,
      advances: top !== null && position.rank <= top,
    };
  });
  const unrankedAfter = round.entries.length + 1;
  entries.sort(
    (a, b) => (a.rank ?? unrankedAfter) - (b.rank ?? unrankedAfter) || compareIds(a.entryId, b.entryId),
  );

  return {
    entries,
    dances,
    rule10: summary?.rule10 ?? [],
    rule11: summary?.rule11 ?? [],
    missingSheets,
    complete: missingSheets.length === 0,
  };
}

/** Places must be whole numbers 1 … n, each used once per judge and dance. */
function checkPlaces(input: SkatingInput, round: ParsedRankedRound, issues: IssueList): void {
  const n = round.entries.length;
  const used = new Map<string, Set<number>>();
  (input.placements ?? []).forEach((placement, index) => {
    const path = `placements[${index}].place`;
    const { place } = placement;
    if (typeof place !== 'number' || !Number.isInteger(place) || place < 1 || place > n) {
      issues.add(path, `must be a whole number from 1 to ${n}`);
      return;
    }
    const key = JSON.stringify([placement.judgeId, placement.dance]);
    const places = getOrCreate(used, key, () => new Set<number>());
    if (places.has(place))
      issues.add(path, `place ${place} given twice by ${placement.judgeId} in ${placement.dance}`);
    places.add(place);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// One dance: rules 5–8
// ---------------------------------------------------------------------------------------------------------------

interface PlacedDances {
  dances: DanceResult[];
  missingSheets: MissingSheet[];
}

function placeDances(round: ParsedRankedRound): PlacedDances {
  const missingSheets: MissingSheet[] = [];
  const dances = round.dances.map((dance): DanceResult => {
    const excludedJudges = [...(round.excluded.get(dance) ?? [])];
    const judges: string[] = [];
    for (const judgeId of round.judges) {
      const placed = round.marks.get(judgeId)?.get(dance)?.size ?? 0;
      if (placed === round.entries.length) judges.push(judgeId);
      else {
        excludedJudges.push({ judgeId, reason: 'missing' });
        missingSheets.push({ judgeId, dance, missing: round.entries.length - placed });
      }
    }
    excludedJudges.sort((a, b) => compareIds(a.judgeId, b.judgeId));
    return placeDance(round, dance, judges, excludedJudges);
  });
  return { dances, missingSheets };
}

function placeDance(
  round: ParsedRankedRound,
  dance: string,
  judges: string[],
  excludedJudges: DanceResult['excludedJudges'],
): DanceResult {
  const n = round.entries.length;
  const majority = absoluteMajority(judges.length);
  const marks = new Map(
    round.entries.map((entryId) => [
      entryId,
      judges.map((judgeId) => ({ judgeId, place: round.marks.get(judgeId)?.get(dance)?.get(entryId) ?? 0 })),
    ]),
  );
  const cells = new Map(
    round.entries.map((entryId) => [
      entryId,
      majorityCells(
        (marks.get(entryId) ?? []).map((mark) => mark.place),
        n,
      ),
    ]),
  );
  const lines: DanceEntryLine[] = [];
  if (judges.length > 0) {
    let place = 1;
    let unplaced = [...round.entries];
    while (unplaced.length > 0) {
      for (const position of positionsAt(unplaced, cells, majority, place)) {
        const shared = halves(place, position.entries.length);
        for (const entryId of position.entries) {
          lines.push({
            entryId,
            marks: marks.get(entryId) ?? [],
            cells: cells.get(entryId) ?? [],
            place: formatHalves(shared),
            decision: decisionOf(position, entryId),
          });
        }
        place += position.entries.length;
        unplaced = unplaced.filter((entryId) => !position.entries.includes(entryId));
      }
    }
  }
  return { dance, judges, excludedJudges, majority, entries: lines };
}

function decisionOf(position: MajorityPosition, entryId: string): SkatingDecision {
  return { ...position.decision, sharedWith: position.entries.filter((other) => other !== entryId) };
}

// ---------------------------------------------------------------------------------------------------------------
// Several dances: rules 9–11
// ---------------------------------------------------------------------------------------------------------------

interface FinalPosition {
  entryId: string;
  rank: number;
  place: string;
  total: string;
  decision: SkatingDecision;
}

interface Summary {
  positions: FinalPosition[];
  rule10: Rule10Table[];
  rule11: Rule11Table[];
}

/** One dance: its places are the result; a shared dance place is a shared rank (2.5 ranks 2). */
function singleDanceSummary(dance: DanceResult): Summary {
  const positions = dance.entries.map((line) => {
    const doubled = parseHalves(line.place);
    const rank = (doubled - line.decision.sharedWith.length) / 2;
    return { entryId: line.entryId, rank, place: line.place, total: line.place, decision: line.decision };
  });
  return { positions, rule10: [], rule11: [] };
}

function combineDances(round: ParsedRankedRound, dances: DanceResult[]): Summary {
  // Dance places in halves, by entry.
  const placeIn = new Map<string, number[]>();
  for (const dance of dances) {
    for (const line of dance.entries)
      getOrCreate(placeIn, line.entryId, () => []).push(parseHalves(line.place));
  }
  const placesOf = (entryId: string) => placeIn.get(entryId) ?? [];
  const totalOf = (entryId: string) => placesOf(entryId).reduce((sum, place) => sum + place, 0);

  const rule10: Rule10Table[] = [];
  const rule11: Rule11Table[] = [];
  const positions: FinalPosition[] = [];
  const give = (entryIds: string[], rank: number, decision: Omit<SkatingDecision, 'sharedWith'>) => {
    for (const entryId of entryIds) {
      positions.push({
        entryId,
        rank,
        place: String(rank),
        total: formatHalves(totalOf(entryId)),
        decision: { ...decision, sharedWith: entryIds.filter((other) => other !== entryId) },
      });
    }
  };

  const byTotal = [...round.entries].sort((a, b) => totalOf(a) - totalOf(b) || compareIds(a, b));
  let place = 1;
  for (let start = 0; start < byTotal.length;) {
    let end = start + 1;
    while (end < byTotal.length && totalOf(byTotal[end]) === totalOf(byTotal[start])) end++;
    const group = byTotal.slice(start, end);
    if (group.length === 1) give(group, place, { rule: 9, column: null });
    else resolveTie(group, place);
    place += group.length;
    start = end;
  }
  return { positions, rule10, rule11 };

  /** Rule 10 for each place in turn; rule 11 among those rule 10 leaves tied. */
  function resolveTie(group: string[], first: number): void {
    let remaining = group;
    let place = first;
    let lastRule: 10 | 11 = 10;
    while (remaining.length > 0) {
      if (remaining.length === 1) {
        // The one left takes the next place by the rule that separated the others from it.
        give(remaining, place, { rule: lastRule, column: null });
        return;
      }
      const rows = remaining.map((entryId) => {
        const won = placesOf(entryId).filter((half) => half <= 2 * place);
        return { entryId, dances: won.length, sum: won.reduce((total, half) => total + half, 0) };
      });
      const best = rows.reduce((a, b) =>
        b.dances > a.dances || (b.dances === a.dances && b.sum < a.sum) ? b : a,
      );
      const leaders = rows
        .filter((row) => row.dances === best.dances && row.sum === best.sum)
        .map((row) => row.entryId);
      const table: Rule10Table = {
        place,
        // Best first: more dances at the place or better, then the lower sum.
        entries: [...rows]
          .sort((a, b) => b.dances - a.dances || a.sum - b.sum || compareIds(a.entryId, b.entryId))
          .map((row) => ({
            entryId: row.entryId,
            dances: row.dances,
            sum: formatHalves(row.sum),
          })),
        awarded: leaders.length === 1 ? leaders[0] : null,
      };
      rule10.push(table);
      let awarded: string[];
      if (leaders.length === 1) {
        awarded = leaders;
        lastRule = 10;
        give(awarded, place, { rule: 10, column: null });
      } else {
        const decided = ruleEleven(leaders.sort(compareIds), place);
        awarded = decided.entries;
        lastRule = 11;
        give(
          awarded,
          place,
          decided.entries.length === 1
            ? { rule: 11, column: decided.decision.column }
            : { rule: null, column: null },
        );
      }
      remaining = remaining.filter((entryId) => !awarded.includes(entryId));
      place += awarded.length;
    }
  }

  /** Rule 11: every judge's mark in every dance for the tied entries, taken as one dance; only `place` is decided. */
  function ruleEleven(tied: string[], place: number): MajorityPosition {
    const n = round.entries.length;
    const marksOf = (entryId: string) =>
      dances.flatMap(
        (dance) =>
          dance.entries.find((line) => line.entryId === entryId)?.marks.map((mark) => mark.place) ?? [],
      );
    const cells = new Map<string, MajorityCell[]>(
      tied.map((entryId) => [entryId, majorityCells(marksOf(entryId), n)]),
    );
    const marks = dances.reduce((total, dance) => total + dance.judges.length, 0);
    const majority = absoluteMajority(marks);
    const [first] = positionsAt(tied, cells, majority, place);
    rule11.push({
      place,
      marks,
      majority,
      entries: tied.map((entryId) => ({ entryId, cells: cells.get(entryId) ?? [] })),
      awarded: first.entries,
    });
    return first;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Places in halves: k entries sharing the places p … p + k − 1 each hold p + (k − 1) / 2.
// ---------------------------------------------------------------------------------------------------------------

function halves(place: number, shared: number): number {
  return 2 * place + shared - 1;
}

function formatHalves(doubled: number): string {
  return doubled % 2 === 0 ? String(doubled / 2) : `${(doubled - 1) / 2}.5`;
}

function parseHalves(place: string): number {
  return place.endsWith('.5') ? 2 * Number(place.slice(0, -2)) + 1 : 2 * Number(place);
}
