import type { Category } from '../competition/entities/category.entity';
import type { Round } from '../competition/entities/round.entity';
import { combineRounds, type CombinedEntryResult } from '../scoring/engine';
import { plainDecimal } from '../competition/round-materials';
import { byRankThenCode } from './public-results';
import type { StoredSnapshot } from './results.repository';
import type { EntryResultView, ResultMember } from './results-view';

export interface StandingRound {
  roundId: number;
  name: string;
  position: number;
  weight: string;
  /** The publication the standing is computed from. */
  version: number;
  publishedAt: Date;
}

export interface StandingEntry {
  entryId: number;
  code: string;
  title: string | null;
  teamName: string | null;
  organisationName: string;
  localityName: string | null;
  members: ResultMember[];
  /** `incomplete`: no final score in at least one counted round (not reached, disqualified or unscored). */
  status: CombinedEntryResult['status'];
  finalScore: string | null;
  rank: number | null;
  prize: string | null;
  breakdown: {
    rounds: { roundId: number; weight: string; score: string | null; contribution: string | null }[];
    missingRounds: number[];
    unroundedScore: string | null;
    tiedWith: number[];
  };
}

export interface CategoryStanding {
  category: { id: number; code: string; name: string };
  rounds: StandingRound[];
  /** Ranked entries by rank, then the incomplete ones; ties and the incomplete by code. */
  entries: StandingEntry[];
}

/**
 * A category's final standing from the latest publication of each round that counts towards it: the
 * weighted mean of the rounds' final scores (see combineRounds), rounded to the last counted round's
 * decimals, with the category's prizes.
 */
export function categoryStanding(
  category: Category,
  counted: { round: Round; snapshot: StoredSnapshot }[],
): CategoryStanding {
  const combined = combineRounds({
    rounds: counted.map(({ round, snapshot }) => ({
      roundId: String(round.id),
      weight: plainDecimal(round.standingWeight!),
      results: snapshot.results.entries.map((entry) => ({
        entryId: String(entry.entryId),
        finalScore: entry.finalScore,
      })),
    })),
    decimals: counted.at(-1)!.round.decimals,
    prizes: category.prizes,
    tiesUseNextPlaces: category.tiesUseNextPlaces,
  });
  const order = new Map(counted.map(({ round }, index) => [String(round.id), index]));
  const described = new Map<string, EntryResultView>();
  for (const { snapshot } of counted)
    for (const entry of snapshot.results.entries) described.set(String(entry.entryId), entry);

  return {
    category: { id: category.id, code: category.code, name: category.name },
    rounds: counted.map(({ round, snapshot }) => ({
      roundId: round.id,
      name: round.name,
      position: round.position,
      weight: plainDecimal(round.standingWeight!),
      version: snapshot.version,
      publishedAt: snapshot.publishedAt,
    })),
    entries: combined
      .map((result) => {
        const entry = described.get(result.entryId)!;
        return {
          entryId: entry.entryId,
          code: entry.code,
          title: entry.title,
          teamName: entry.teamName,
          organisationName: entry.organisationName,
          localityName: entry.localityName,
          members: entry.members,
          status: result.status,
          finalScore: result.finalScore,
          rank: result.rank,
          prize: result.prize,
          breakdown: {
            // In the rounds' order (the engine orders them by id as text).
            rounds: [...result.breakdown.rounds]
              .sort((a, b) => order.get(a.roundId)! - order.get(b.roundId)!)
              .map((line) => ({ ...line, roundId: Number(line.roundId) })),
            missingRounds: result.breakdown.missingRounds.map(Number),
            unroundedScore: result.breakdown.unroundedScore,
            tiedWith: result.breakdown.tiedWith.map(Number),
          },
        };
      })
      .sort(byRankThenCode),
  };
}
