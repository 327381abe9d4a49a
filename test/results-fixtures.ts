import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { DataSource } from 'typeorm';
import { Entry } from '../src/competition/entities/entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { DeductionKind, DeductionRecord } from '../src/competition/entities/deduction.entity';
import { FlagConfirmation } from '../src/competition/entities/flag-confirmation.entity';
import { PanelMember } from '../src/competition/entities/panel-member.entity';
import { Score } from '../src/competition/entities/score.entity';
import { DEFAULT_CRITERIA } from './support/competition-factory';

/**
 * Judging state for results tests, written straight into the tables (score entry, sheets, lock and flag
 * confirmation have routes of their own, built elsewhere).
 */
export class JudgingState {
  constructor(private readonly dataSource: DataSource) {}

  /** One judge's marks for one entry, one per criterion of the default rubric, in its order. */
  async marks(round: Round, judgeId: number, entry: Entry | number, values: string[]): Promise<void> {
    const entryId = typeof entry === 'number' ? entry : entry.id;
    await this.dataSource.manager.insert(
      Score,
      DEFAULT_CRITERIA.map((criterion, index) => ({
        roundId: round.id,
        entryId,
        judgeId,
        criterion: criterion.code,
        value: values[index],
        enteredBy: judgeId,
      })),
    );
  }

  /** The same mark on every criterion. */
  async flat(round: Round, judgeId: number, entry: Entry | number, value: string): Promise<void> {
    await this.marks(
      round,
      judgeId,
      entry,
      DEFAULT_CRITERIA.map(() => value),
    );
  }

  async setMark(
    round: Round,
    judgeId: number,
    entryId: number,
    criterion: string,
    value: string,
  ): Promise<void> {
    await this.dataSource.manager.update(
      Score,
      { roundId: round.id, judgeId, entryId, criterion },
      { value },
    );
  }

  async submit(round: Round, judgeId: number): Promise<void> {
    await this.dataSource.manager.update(
      PanelMember,
      { roundId: round.id, userId: judgeId },
      { submittedAt: new Date(), submittedBy: judgeId },
    );
  }

  async lock(round: Round, by: number): Promise<void> {
    await this.dataSource.manager.update(
      Round,
      { id: round.id },
      { state: 'locked', lockedAt: new Date(), lockedBy: by },
    );
  }

  async unlock(round: Round): Promise<void> {
    await this.dataSource.manager.update(
      Round,
      { id: round.id },
      { state: 'open', lockedAt: null, lockedBy: null },
    );
  }

  async confirmFlag(round: Round, entryId: number, spread: string, by: number): Promise<void> {
    await this.dataSource.manager.insert(FlagConfirmation, {
      roundId: round.id,
      entryId,
      spread,
      note: 'Đã xem lại phiếu chấm',
      confirmedBy: by,
    });
  }

  async deduct(
    round: Round,
    entryId: number,
    kind: DeductionKind,
    amount: string,
    reason: string,
    by: number,
  ): Promise<void> {
    await this.dataSource.manager.insert(DeductionRecord, {
      roundId: round.id,
      entryId,
      kind,
      amount,
      reason,
      recordedBy: by,
    });
  }
}

/** How many SQL statements `work` sends. */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(MysqlQueryRunner.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

/** Every key found anywhere in a JSON value. */
export function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, keys));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      allKeys(item, keys);
    }
  }
  return keys;
}
