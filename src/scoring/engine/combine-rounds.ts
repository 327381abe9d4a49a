import { Decimal, formatExact } from './decimal';
import { compareIds, sortedIds } from './ids';
import { awardPrizes } from './prizes';
import { rankEntries } from './rank';
import { IssueList, parseDecimal, parseDecimalsSetting, parsePrizeRules } from './round-input';
import type { CombinedEntryResult, CombineInput } from './types';

/**
 * A final standing over several rounds: the weighted mean of each round's rounded final scores
 * (Σ weight × score / Σ weights, so weights 10/20/70 act as 10 %, 20 %, 70 %), rounded half-up to `decimals`
 * and ranked; equal scores share the rank. An entry without a final score in every round (it did not reach a
 * round, or was disqualified or unscored there) is listed as incomplete and not ranked.
 */
export function combineRounds(input: CombineInput): CombinedEntryResult[] {
  const issues = new IssueList();
  if (!Array.isArray(input.rounds) || input.rounds.length === 0) issues.add('rounds', 'no round to combine');
  const roundIds = new Set<string>();
  const rounds = (input.rounds ?? []).map((round, index) => {
    const path = `rounds[${index}]`;
    if (roundIds.has(round.roundId)) issues.add(`${path}.roundId`, `duplicate round ${round.roundId}`);
    roundIds.add(round.roundId);
    const weight = parseDecimal(round.weight, `${path}.weight`, issues);
    if (weight !== null && !weight.isPositive()) issues.add(`${path}.weight`, 'must be above zero');
    const scores = new Map<string, Decimal | null>();
    round.results.forEach((result, at) => {
      if (scores.has(result.entryId))
        issues.add(`${path}.results[${at}]`, `duplicate entry ${result.entryId}`);
      const score =
        result.finalScore === null
          ? null
          : parseDecimal(result.finalScore, `${path}.results[${at}].finalScore`, issues);
      scores.set(result.entryId, score);
    });
    return { roundId: round.roundId, weight: weight ?? Decimal.ONE, scores };
  });
  const decimals = parseDecimalsSetting(input.decimals, 'decimals', issues);
  const prizeRules = parsePrizeRules(input.prizes ?? [], 'prizes', issues);
  issues.throwIfAny();

  rounds.sort((a, b) => compareIds(a.roundId, b.roundId));
  const weightTotal = Decimal.sum(rounds.map((round) => round.weight));
  const show = (value: Decimal) => formatExact(value, decimals);
  const entryIds = sortedIds(new Set(rounds.flatMap((round) => [...round.scores.keys()])));

  const combined = entryIds.map((entryId) => {
    const lines = rounds.map((round) => {
      const score = round.scores.get(entryId) ?? null;
      return { round, score, contribution: score?.times(round.weight).dividedBy(weightTotal) ?? null };
    });
    const missingRounds = lines.filter((line) => line.score === null).map((line) => line.round.roundId);
    const unrounded =
      missingRounds.length === 0 ? Decimal.sum(lines.map((line) => line.contribution ?? Decimal.ZERO)) : null;
    return { entryId, lines, missingRounds, unrounded, rounded: unrounded?.roundHalfUp(decimals) ?? null };
  });

  const candidates = combined.flatMap((entry) =>
    entry.rounded === null ? [] : [{ entryId: entry.entryId, score: entry.rounded }],
  );
  const ranked = rankEntries(candidates, []);
  const finalScores = new Map(candidates.map((candidate) => [candidate.entryId, candidate.score]));
  const prizes = awardPrizes(
    ranked.map(({ entryId, rank }) => ({ entryId, rank, score: finalScores.get(entryId) ?? Decimal.ZERO })),
    prizeRules,
    input.tiesUseNextPlaces === true,
  );
  const rankedById = new Map(ranked.map((entry) => [entry.entryId, entry]));

  const results = combined.map((entry): CombinedEntryResult => {
    const standing = rankedById.get(entry.entryId) ?? null;
    return {
      entryId: entry.entryId,
      status: entry.rounded === null ? 'incomplete' : 'ranked',
      finalScore: entry.rounded?.toFixed(decimals) ?? null,
      rank: standing?.rank ?? null,
      prize: prizes.get(entry.entryId) ?? null,
      breakdown: {
        rounds: entry.lines.map((line) => ({
          roundId: line.round.roundId,
          weight: formatExact(line.round.weight, 0),
          score: line.score === null ? null : show(line.score),
          contribution: line.contribution === null ? null : show(line.contribution),
        })),
        missingRounds: entry.missingRounds,
        unroundedScore: entry.unrounded === null ? null : show(entry.unrounded),
        tiedWith: standing?.tiedWith ?? [],
      },
    };
  });
  const unrankedAfter = ranked.length + 1;
  return results.sort(
    (a, b) => (a.rank ?? unrankedAfter) - (b.rank ?? unrankedAfter) || compareIds(a.entryId, b.entryId),
  );
}
