import { Decimal } from './decimal';
import type { ParsedRound } from './round-input';
import type { JudgeStatus } from './types';

/** How one judge stands for one entry: counted with a total, or why not. */
export interface JudgeEntryLine {
  judgeId: string;
  head: boolean;
  status: JudgeStatus;
  /** By criterion, in criterion id order; none for absent or recused judges. */
  scores: { criterionId: string; value: Decimal }[];
  /** Σ weight × mark, for a counted judge. */
  total: Decimal | null;
  missingCriteria: string[];
}

/**
 * Each entry's lines, one per judge in id order. A judge is counted for an entry only when present, not
 * recused and holding a mark on every criterion; a judge missing any mark is not counted for that entry at all
 * (so every counted judge stands behind every criterion of the entry).
 */
export function collectJudgeLines(round: ParsedRound): Map<string, JudgeEntryLine[]> {
  const lines = new Map<string, JudgeEntryLine[]>();
  for (const entry of round.entries) {
    lines.set(
      entry.id,
      round.judges.map((judge): JudgeEntryLine => {
        const base = { judgeId: judge.id, head: judge.head, scores: [], total: null, missingCriteria: [] };
        if (judge.absent) return { ...base, status: 'absent' };
        if (round.recusals.get(judge.id)?.has(entry.id)) return { ...base, status: 'recused' };
        const marks = round.scores.get(judge.id)?.get(entry.id) ?? new Map<string, Decimal>();
        const scores = round.criteria.flatMap((criterion) => {
          const value = marks.get(criterion.id);
          return value === undefined ? [] : [{ criterionId: criterion.id, value }];
        });
        const missingCriteria = round.criteria
          .filter((criterion) => !marks.has(criterion.id))
          .map((c) => c.id);
        if (missingCriteria.length > 0) return { ...base, status: 'missing', scores, missingCriteria };
        const total = Decimal.sum(
          round.criteria.map((criterion) => criterion.weight.times(marks.get(criterion.id) ?? Decimal.ZERO)),
        );
        return { ...base, status: 'counted', scores, total };
      }),
    );
  }
  return lines;
}

export function countedLines(lines: readonly JudgeEntryLine[]): JudgeEntryLine[] {
  return lines.filter((line) => line.status === 'counted');
}
