import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError, invalidField, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { plainDecimal, RoundMaterialsReader } from '../competition/round-materials';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { Round } from '../competition/entities/round.entity';
import { Decimal } from '../scoring/engine';
import {
  CorrectionList,
  CorrectionView,
  CreateCorrectionDto,
  CreateDeductionDto,
  DeductionList,
  DeductionView,
  RevokeDeductionDto,
} from './dto/adjustments.dto';
import { DeductionKind, DeductionRecord } from '../competition/entities/deduction.entity';
import { JUDGING_ROLES } from '../competition/entities/panel-member.entity';
import { ScoreCorrection } from '../competition/entities/score-correction.entity';
import { requireEventState, requireRoundLocked } from './judging-gates';
import { JudgingRepository } from './judging.repository';
import { checkMark, MARK_DECIMALS, sameMark } from './score-marks';
import { checkRankedMark, rankedColumnErrors } from './ranked-sheet';
import { cellKey } from './sheet-rules';
import { isRankedMethod } from '../scoring/engine';

const RECORD_DEDUCTION = { vi: 'ghi điểm trừ', en: 'record a deduction' };
const REVOKE_DEDUCTION = { vi: 'hủy điểm trừ', en: 'revoke a deduction' };
const CORRECT_SCORE = { vi: 'đính chính điểm', en: 'correct a mark' };

/** The largest amount a deduction may hold (the column is DECIMAL(12,4)). */
const MAX_AMOUNT = Decimal.parse('99999999.9999');

/**
 * What organisers change in a round's numbers besides the judges: deductions (penalties with a reason,
 * revoked rather than deleted) and, after the lock, corrections of a judge's mark with a reason. Either
 * made after publication marks the round as changed since: its results need a republish.
 */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly judging: JudgingRepository,
    private readonly access: CompetitionAccess,
    private readonly materials: RoundMaterialsReader,
    private readonly audit: AuditService,
  ) {}

  async deductions(actor: Actor, roundId: number): Promise<DeductionList> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'manage');
    const [records, codes] = await Promise.all([
      this.judging.deductions(manager, roundId),
      this.entryCodes(manager, context),
    ]);
    return { items: records.map((record) => deductionView(record, codes)) };
  }

  async recordDeduction(actor: Actor, roundId: number, input: CreateDeductionDto): Promise<DeductionView> {
    const amount = checkAmount(input.kind, input.amount);
    return inTransaction(this.dataSource, async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      requireEventState(context, ['judging', 'published'], RECORD_DEDUCTION);
      const codes = await this.entryCodes(manager, context);
      if (!codes.has(input.entryId)) throw invalidField('entryId', NOT_AN_ENTRY);
      if (
        input.kind === 'disqualification' &&
        (await this.judging.activeDisqualification(manager, roundId, input.entryId))
      ) {
        throw new AppError('conflict', {
          detail: {
            vi: 'Tiết mục này đã bị truất quyền thi ở vòng này.',
            en: 'This entry is disqualified in this round already.',
          },
        });
      }
      const record = await this.judging.insertDeduction(manager, {
        roundId,
        entryId: input.entryId,
        kind: input.kind,
        amount,
        reason: input.reason,
        recordedBy: actor.userId,
      });
      await this.markChangedSincePublication(manager, context);
      await this.audit.record(manager, actor, {
        action: 'deduction.create',
        entityType: 'round',
        entityId: roundId,
        after: {
          deductionId: record.id,
          entryId: record.entryId,
          kind: record.kind,
          amount,
          reason: record.reason,
        },
      });
      return deductionView(record, codes);
    });
  }

  async revokeDeduction(
    actor: Actor,
    roundId: number,
    deductionId: number,
    input: RevokeDeductionDto,
  ): Promise<DeductionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      const record = await this.judging.deductionForUpdate(manager, roundId, deductionId);
      if (!record) throw new AppError('not_found');
      requireEventState(context, ['judging', 'published'], REVOKE_DEDUCTION);
      if (record.revokedAt) {
        throw new AppError('invalid_state', {
          detail: { vi: 'Điểm trừ này đã bị hủy.', en: 'This deduction is revoked already.' },
        });
      }
      const revoked = await this.judging.revokeDeduction(manager, deductionId, actor.userId, input.reason);
      await this.markChangedSincePublication(manager, context);
      await this.audit.record(manager, actor, {
        action: 'deduction.revoke',
        entityType: 'round',
        entityId: roundId,
        before: { revokedAt: null },
        after: {
          deductionId,
          entryId: record.entryId,
          kind: record.kind,
          amount: plainDecimal(record.amount),
          revokedAt: revoked.revokedAt,
          reason: input.reason,
        },
      });
      return deductionView(revoked, await this.entryCodes(manager, context));
    });
  }

  async corrections(actor: Actor, roundId: number): Promise<CorrectionList> {
    const manager = this.dataSource.manager;
    await this.access.round(manager, actor, roundId, 'manage');
    return { items: (await this.judging.corrections(manager, roundId)).map(correctionView) };
  }

  /**
   * Changes a judge's mark after the lock, with a reason: the cell takes the new mark (its version moves
   * on, entered by the organiser), and a correction row keeps the story the results will tell.
   */
  async correct(actor: Actor, roundId: number, input: CreateCorrectionDto): Promise<CorrectionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      requireEventState(context, ['judging', 'published'], CORRECT_SCORE);
      requireRoundLocked(context, CORRECT_SCORE);
      const value = await this.checkCorrection(manager, context, input);
      const current = await this.judging.cellForUpdate(
        manager,
        roundId,
        input.entryId,
        input.judgeId,
        input.criterion,
      );
      if (isRankedMethod(context.round.method)) await this.checkRankedColumn(manager, context, input, value);
      if (current && sameMark(current.value, value)) {
        throw invalidField('value', {
          vi: `đã là điểm của giám khảo (${current.value}): không có gì để đính chính`,
          en: `is the judge’s mark already (${current.value}): there is nothing to correct`,
        });
      }
      await this.judging.writeCells(manager, roundId, input.judgeId, actor.userId, [
        { entryId: input.entryId, criterion: input.criterion, value },
      ]);
      const afterPublication = context.round.publishedVersion > 0;
      const correction = await this.judging.insertCorrection(manager, {
        roundId,
        entryId: input.entryId,
        judgeId: input.judgeId,
        criterion: input.criterion,
        valueBefore: current?.value ?? null,
        valueAfter: value,
        reason: input.reason,
        afterPublication,
        correctedBy: actor.userId,
      });
      await this.markChangedSincePublication(manager, context);
      await this.audit.record(manager, actor, {
        action: 'score.correct',
        entityType: 'round',
        entityId: roundId,
        // The cell only after: fields equal on both sides are dropped from an audit row.
        before: { value: current?.value ?? null, version: current?.version ?? null },
        after: {
          correctionId: correction.id,
          entryId: input.entryId,
          judgeId: input.judgeId,
          criterion: input.criterion,
          value,
          version: (current?.version ?? 0) + 1,
          reason: input.reason,
          afterPublication,
        },
      });
      return correctionView(correction);
    });
  }

  /** The corrected cell must be one the judge owes: an entry of the round, a judge present and not recused. */
  private async checkCorrection(
    manager: EntityManager,
    context: RoundContext,
    input: CreateCorrectionDto,
  ): Promise<string> {
    const [entries, panel] = await Promise.all([
      this.materials.entries(manager, context),
      this.materials.panel(manager, context.round.id),
    ]);
    const errors: FieldError[] = [];
    const entry = entries.find((item) => item.entryId === input.entryId);
    if (!entry) errors.push({ path: 'entryId', message: NOT_AN_ENTRY });
    const judge = panel.find(
      (member) => member.userId === input.judgeId && JUDGING_ROLES.includes(member.role),
    );
    if (!judge) {
      errors.push({
        path: 'judgeId',
        message: {
          vi: 'không phải là giám khảo của hội đồng vòng thi này',
          en: 'is not a judge of this round’s panel',
        },
      });
    } else if (judge.absent) {
      errors.push({
        path: 'judgeId',
        message: {
          vi: 'giám khảo được ghi vắng mặt ở vòng này: điểm của họ không được tính',
          en: 'the judge is marked absent for this round: their marks do not count',
        },
      });
    } else if (entry) {
      const [recusal] = await this.materials.recusals(manager, context, [entry], [judge]);
      if (recusal) {
        errors.push({
          path: 'judgeId',
          message: {
            vi: 'giám khảo không chấm tiết mục này vì xung đột lợi ích',
            en: 'the judge is recused from this entry (conflict of interest)',
          },
        });
      }
    }
    const criterion = context.round.criteria.find((item) => item.code === input.criterion);
    let value: string | undefined;
    if (!criterion) {
      errors.push({
        path: 'criterion',
        message: {
          vi: 'không phải là tiêu chí chấm của vòng thi',
          en: 'is not a criterion of the round’s rubric',
        },
      });
    } else {
      const { method } = context.round;
      const check = isRankedMethod(method)
        ? checkRankedMark(method, entries.length, input.value)
        : checkMark(criterion, input.value);
      if (check.problem) errors.push({ path: 'value', message: check.problem });
      value = check.value;
    }
    if (errors.length > 0) throw invalidFields(errors);
    return value!;
  }

  /**
   * A ranked round's column must stay whole after a correction: no place held twice, no more crosses than the
   * recall number. Moving a place or a cross changes two cells, which one correction cannot do: such a change
   * is refused with the cell named, rather than leaving a column the Skating System cannot read.
   */
  private async checkRankedColumn(
    manager: EntityManager,
    context: RoundContext,
    input: CreateCorrectionDto,
    value: string,
  ): Promise<void> {
    const { method } = context.round;
    if (!isRankedMethod(method)) return;
    const stored = await this.judging.cellsForUpdate(manager, context.round.id, input.judgeId);
    const after = new Map(stored.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
    const key = cellKey(input.entryId, input.criterion);
    after.set(key, { entryId: input.entryId, criterion: input.criterion, value, version: 0 });
    const codes = await this.entryCodes(manager, context);
    const errors = rankedColumnErrors(
      method,
      codes.size,
      after,
      [{ index: 0, entryId: input.entryId, criterion: input.criterion }],
      (entryId) => codes.get(entryId) ?? String(entryId),
    );
    if (errors.length > 0) throw invalidFields(errors.map((error) => ({ ...error, path: 'value' })));
  }

  /** After publication, any change of the numbers leaves the published results out of date until republished. */
  private async markChangedSincePublication(manager: EntityManager, { round }: RoundContext): Promise<void> {
    if (round.publishedVersion === 0 || round.changedSincePublication) return;
    await updateVersioned(manager, Round, round.id, round.version, { changedSincePublication: true });
  }

  private async entryCodes(manager: EntityManager, context: RoundContext): Promise<Map<number, string>> {
    const entries = await this.materials.entries(manager, context);
    return new Map(entries.map((entry) => [entry.entryId, entry.code]));
  }
}

const NOT_AN_ENTRY: LocalisedText = {
  vi: 'không phải là tiết mục của vòng thi này',
  en: 'is not an entry of this round',
};

/** A deduction's amount: above 0 with at most 4 decimals; a disqualification has none (stored as 0). */
export function checkAmount(kind: DeductionKind, raw: unknown): string {
  if (kind === 'disqualification') {
    if (raw !== undefined && raw !== null) {
      throw invalidField('amount', {
        vi: 'không dùng cho truất quyền thi (tiết mục không được xếp hạng)',
        en: 'does not apply to a disqualification (the entry is not ranked at all)',
      });
    }
    return '0';
  }
  if (raw === undefined || raw === null) {
    throw invalidField('amount', {
      vi: 'là bắt buộc với loại điểm trừ này',
      en: 'is required for this kind',
    });
  }
  const amount =
    typeof raw === 'number'
      ? Decimal.tryParse(String(raw))
      : typeof raw === 'string'
        ? Decimal.tryParse(raw)
        : null;
  if (amount === null) {
    throw invalidField('amount', {
      vi: 'phải là một số thập phân, dấu chấm ngăn phần thập phân (ví dụ 0.5)',
      en: 'must be a decimal number with a point before the decimals (0.5, say)',
    });
  }
  if (!amount.isPositive()) throw invalidField('amount', { vi: 'phải lớn hơn 0', en: 'must be above 0' });
  if ((amount.exactDecimalPlaces() ?? Infinity) > MARK_DECIMALS) {
    throw invalidField('amount', {
      vi: `không được có quá ${MARK_DECIMALS} chữ số thập phân`,
      en: `must have at most ${MARK_DECIMALS} decimal places`,
    });
  }
  if (amount.greaterThan(MAX_AMOUNT)) {
    throw invalidField('amount', {
      vi: `không được lớn hơn ${MAX_AMOUNT.toString()}`,
      en: `must be at most ${MAX_AMOUNT.toString()}`,
    });
  }
  return amount.toString();
}

function deductionView(record: DeductionRecord, codes: Map<number, string>): DeductionView {
  return {
    id: record.id,
    entryId: record.entryId,
    entryCode: codes.get(record.entryId) ?? null,
    kind: record.kind,
    amount: plainDecimal(record.amount),
    reason: record.reason,
    recordedBy: record.recordedBy,
    createdAt: record.createdAt,
    revokedAt: record.revokedAt,
    revokedBy: record.revokedBy,
    revokeReason: record.revokeReason,
  };
}

function correctionView(correction: ScoreCorrection): CorrectionView {
  return {
    id: correction.id,
    entryId: correction.entryId,
    judgeId: correction.judgeId,
    criterion: correction.criterion,
    valueBefore: correction.valueBefore === null ? null : plainDecimal(correction.valueBefore),
    valueAfter: plainDecimal(correction.valueAfter),
    reason: correction.reason,
    afterPublication: correction.afterPublication,
    correctedBy: correction.correctedBy,
    createdAt: correction.createdAt,
  };
}
