import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { DisagreementFlag, disagreementFlags } from '../competition/flags';
import { RoundMaterialsReader } from '../competition/round-materials';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { Round } from '../competition/entities/round.entity';
import { ConfirmFlagDto, FlagList, FlagView, RoundStateView, UnlockRoundDto } from './dto/round-control.dto';
import { requireEventState } from './judging-gates';
import { JudgingRepository } from './judging.repository';

const LOCK_ROUND = { vi: 'khóa vòng thi', en: 'lock the round' };
const UNLOCK_ROUND = { vi: 'mở khóa vòng thi', en: 'unlock the round' };
const CONFIRM_FLAG = { vi: 'xác nhận chênh lệch điểm', en: 'confirm a disagreement flag' };

/**
 * Locking a round (its marks then change only by corrections), unlocking it before publication, and the
 * disagreement flags an organiser confirms (or has re-marked) before the lock.
 */
@Injectable()
export class RoundControlService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly judging: JudgingRepository,
    private readonly access: CompetitionAccess,
    private readonly materials: RoundMaterialsReader,
    private readonly audit: AuditService,
  ) {}

  /**
   * Locks the round once every disagreement flag is confirmed for the spread it has now. Submitted sheets
   * are not needed here (publication needs them): an organiser may lock to stop changes while chasing one.
   */
  async lock(actor: Actor, roundId: number): Promise<RoundStateView> {
    return inTransaction(this.dataSource, async (manager) => {
      // For update: waits for score entries in flight (they hold the round in share mode), and stops new ones.
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      requireEventState(context, ['judging'], LOCK_ROUND);
      if (context.round.state !== 'open') {
        throw new AppError('invalid_state', {
          detail: { vi: 'Vòng thi đã khóa.', en: 'The round is locked already.' },
        });
      }
      const unconfirmed = (await this.flags(manager, context)).filter((flag) => !flag.confirmed);
      if (unconfirmed.length > 0) {
        throw new AppError('not_ready', {
          detail: {
            vi: `Chưa khóa được vòng thi: ${unconfirmed.length} tiết mục có điểm các giám khảo chênh lệch quá mức cho phép, cần ban tổ chức xác nhận hoặc cho chấm lại (xem "blockers").`,
            en: `The round cannot be locked yet: ${unconfirmed.length} entr(ies) have judges' totals spread beyond the limit and need an organiser's confirmation or a re-mark (see "blockers").`,
          },
          params: { count: unconfirmed.length },
          extensions: {
            blockers: unconfirmed.map(({ entryId, entryCode, spread, limit }) => ({
              kind: 'unconfirmed_flag',
              entryId,
              code: entryCode,
              spread,
              limit,
            })),
          },
        });
      }
      const lockedAt = new Date();
      await updateVersioned(manager, Round, roundId, context.round.version, {
        state: 'locked',
        lockedAt,
        lockedBy: actor.userId,
      });
      await this.audit.record(manager, actor, {
        action: 'round.lock',
        entityType: 'round',
        entityId: roundId,
        before: { state: context.round.state },
        after: { state: 'locked', lockedAt, lockedBy: actor.userId },
      });
      return roundView(await manager.findOneByOrFail(Round, { id: roundId }));
    });
  }

  /** Reopens a locked round that was never published; after publication, marks change by corrections. */
  async unlock(actor: Actor, roundId: number, input: UnlockRoundDto): Promise<RoundStateView> {
    return inTransaction(this.dataSource, async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      const { round } = context;
      if (round.state !== 'locked') {
        throw new AppError('invalid_state', {
          detail: { vi: 'Vòng thi chưa khóa.', en: 'The round is not locked.' },
        });
      }
      if (round.publishedVersion > 0) {
        throw new AppError('invalid_state', {
          detail: {
            vi: 'Kết quả vòng thi đã công bố nên không mở khóa được; hãy sửa điểm bằng đính chính có lý do rồi công bố lại.',
            en: 'The round’s results have been published, so it stays locked; change marks by a correction with a reason, then republish.',
          },
          extensions: { publishedVersion: round.publishedVersion },
        });
      }
      requireEventState(context, ['judging'], UNLOCK_ROUND);
      await updateVersioned(manager, Round, roundId, round.version, {
        state: 'open',
        lockedAt: null,
        lockedBy: null,
      });
      await this.audit.record(manager, actor, {
        action: 'round.unlock',
        entityType: 'round',
        entityId: roundId,
        before: { state: round.state, lockedAt: round.lockedAt, lockedBy: round.lockedBy },
        after: { state: 'open', lockedAt: null, lockedBy: null, reason: input.reason ?? null },
      });
      return roundView(await manager.findOneByOrFail(Round, { id: roundId }));
    });
  }

  async listFlags(actor: Actor, roundId: number): Promise<FlagList> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'manage');
    return { items: await this.flags(manager, context) };
  }

  /**
   * Confirms an entry's flag for the spread it has now (a later change of marks that moves the spread
   * needs a new confirmation). Allowed while judging, and after publication too: a correction made then
   * may raise a flag that the republication needs confirmed.
   */
  async confirmFlag(
    actor: Actor,
    roundId: number,
    entryId: number,
    input: ConfirmFlagDto,
  ): Promise<FlagView> {
    return inTransaction(this.dataSource, async (manager) => {
      // The spread confirmed is the one computed here; marks that move it later void the confirmation.
      const context = await this.access.round(manager, actor, roundId, 'manage', 'share');
      requireEventState(context, ['judging', 'published'], CONFIRM_FLAG);
      const flags = await this.flags(manager, context);
      const flag = flags.find((item) => item.entryId === entryId);
      if (!flag) {
        const entries = await this.materials.entries(manager, context);
        if (!entries.some((entry) => entry.entryId === entryId)) throw new AppError('not_found');
        throw new AppError('invalid_state', {
          detail: {
            vi: 'Tiết mục này không bị đánh dấu chênh lệch điểm (tổng điểm các giám khảo không vượt quá mức cho phép).',
            en: 'This entry is not flagged: its judges’ totals do not spread beyond the limit.',
          },
        });
      }
      const before = flag.confirmation;
      await this.judging.confirmFlag(manager, {
        roundId,
        entryId,
        spread: flag.spread,
        note: input.note ?? null,
        confirmedBy: actor.userId,
      });
      await this.audit.record(manager, actor, {
        action: 'flag.confirm',
        entityType: 'round',
        entityId: roundId,
        // The entry only after: fields equal on both sides are dropped from an audit row.
        before: before && { spread: before.spread, note: before.note, confirmedBy: before.confirmedBy },
        after: {
          entryId,
          spread: flag.spread,
          limit: flag.limit,
          note: input.note ?? null,
          confirmedBy: actor.userId,
        },
      });
      const confirmation = (await this.materials.flagConfirmations(manager, roundId)).find(
        (row) => row.entryId === entryId,
      )!;
      return flagView({ ...flag, confirmed: true, confirmation }, flag.entryCode);
    });
  }

  /** The round's disagreement flags as its marks stand, each with its entry's code and confirmation. */
  private async flags(manager: EntityManager, context: RoundContext): Promise<FlagView[]> {
    const [{ materials, results }, confirmations] = await Promise.all([
      this.materials.results(manager, context),
      this.materials.flagConfirmations(manager, context.round.id),
    ]);
    const codes = new Map(materials.entries.map((entry) => [entry.entryId, entry.code]));
    return disagreementFlags(results, confirmations).map((flag) => flagView(flag, codes.get(flag.entryId)!));
  }
}

function flagView(flag: DisagreementFlag, entryCode: string): FlagView {
  const { confirmation } = flag;
  return {
    entryId: flag.entryId,
    entryCode,
    spread: flag.spread,
    limit: flag.limit,
    confirmed: flag.confirmed,
    confirmation: confirmation && {
      spread: confirmation.spread,
      note: confirmation.note,
      confirmedBy: confirmation.confirmedBy,
      confirmedAt: confirmation.confirmedAt,
    },
  };
}

export function roundView(round: Round): RoundStateView {
  return {
    id: round.id,
    categoryId: round.categoryId,
    position: round.position,
    name: round.name,
    state: round.state,
    lockedAt: round.lockedAt,
    lockedBy: round.lockedBy,
    publishedVersion: round.publishedVersion,
    changedSincePublication: round.changedSincePublication,
    version: round.version,
  };
}
