import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transaction';
import { AppError, FieldError, invalidField, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { groupBy } from '../common/group-by';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { RecusalGround } from '../competition/recusal';
import { PanelRow, RoundEntryRow, RoundMaterialsReader, roundEntryIds } from '../competition/round-materials';
import { Answer, IdempotencyService } from '../idempotency/idempotency.service';
import {
  EnterScoresDto,
  ReopenSheetDto,
  ScoreCellInput,
  ScoreSheetView,
  ScoresWrittenView,
} from './dto/score-sheet.dto';
import { JUDGING_ROLES } from '../competition/entities/panel-member.entity';
import { requireEventState, requireRoundOpen } from './judging-gates';
import { JudgingRepository, SheetOwnerRow, SheetState } from './judging.repository';
import { checkMark } from './score-marks';
import { checkRankedMark, crossesShort, rankedColumnErrors } from './ranked-sheet';
import { isRankedMethod } from '../scoring/engine';
import {
  applyPlan,
  cellKey,
  planWrite,
  RequestedCell,
  sheetProgress,
  StoredCell,
  WritePlan,
} from './sheet-rules';

const ENTER_SCORES = { vi: 'nhập điểm', en: 'enter marks' };
const SUBMIT_SHEET = { vi: 'nộp phiếu chấm', en: 'submit the sheet' };
const REOPEN_SHEET = { vi: 'mở lại phiếu chấm', en: 'reopen the sheet' };

/** Whom a sheet belongs to, the entries on it and the judge's recusals: what every sheet is built from. */
interface SheetMaterials {
  owner: PanelRow;
  entries: RoundEntryRow[];
  /** Entry id → why the judge is recused from it. */
  recusals: Map<number, RecusalGround[]>;
}

/** What checking requested cells needs to know of the sheet. */
interface SheetRules {
  /** The round's entries: all of them, or at least those the request names. */
  entryIds: ReadonlySet<number>;
  /** How many entries the sheet has (a ranked round's places run to it). */
  entryCount: number;
  /** Entry id → why the judge is recused from it: every entry of the round the judge is recused from. */
  recusals: ReadonlyMap<number, RecusalGround[]>;
  /** When the sheet was read whole: its entries in order, and their codes. */
  entries?: number[];
  codes?: ReadonlyMap<number, string>;
}

/** A request checked before its transaction: what applyPrepared confirms and writes. */
interface PreparedScores {
  context: RoundContext;
  owner: SheetState;
  sheet: SheetRules;
  requested: (RequestedCell & { index: number })[];
}

function wholeSheetRules({ entries, recusals }: SheetMaterials): SheetRules {
  return {
    entryIds: new Set(entries.map((entry) => entry.entryId)),
    entryCount: entries.length,
    recusals,
    entries: entries.map((entry) => entry.entryId),
    codes: new Map(entries.map((entry) => [entry.entryId, entry.code])),
  };
}

/**
 * Judges' score sheets. A judge reads and fills only their own sheet and never sees another judge's marks;
 * a secretary of the panel may type a judge's paper sheet (the audit log records who typed it). Marks are
 * entered while the event is judging and the round open, until the judge submits the sheet; an organiser
 * may reopen a submitted sheet. Changes to a filled cell need the version read (409 otherwise: never a lost
 * update), and a request sent with an Idempotency-Key applies once however often it is retried.
 */
@Injectable()
export class ScoreSheetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly judging: JudgingRepository,
    private readonly access: CompetitionAccess,
    private readonly materials: RoundMaterialsReader,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A transaction writing one judge's sheet, at READ COMMITTED. Writers of a sheet take turns on its panel row
   * (JudgingRepository.lockSheet), then read its cells with a locking read. Under REPEATABLE READ that read
   * also locks the gaps of the scores' (round, judge) index up to the next judge's first cell, so judges
   * filling their own sheets at the same moment wait for each other and deadlock on their inserts (seen with
   * 7 judges writing 75 new cells each at once). READ COMMITTED locks the rows read and nothing between them;
   * the sheet's row lock is what keeps two writers of one sheet apart.
   */
  private sheetTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work, 'READ COMMITTED');
  }

  async get(actor: Actor, roundId: number, judgeId: number | undefined): Promise<ScoreSheetView> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'panel');
    const ownerId = readableSheet(actor, context, judgeId);
    const owner = (await this.materials.panel(manager, roundId)).find((member) => member.userId === ownerId);
    if (!owner || !JUDGING_ROLES.includes(owner.role)) throw invalidField('judgeId', NOT_A_JUDGE);
    const [sheet, scores] = await Promise.all([
      this.sheetMaterials(manager, context, owner),
      this.materials.scores(manager, roundId, ownerId),
    ]);
    return sheetView(
      context,
      sheet,
      new Map(scores.map((cell) => [cellKey(cell.entryId, cell.criterion), cell])),
    );
  }

  /**
   * Enters a batch of marks on one sheet, all or nothing, in a constant number of queries whatever the
   * batch's size. With an Idempotency-Key, the same request again replays the first answer.
   */
  async enterScores(
    actor: Actor,
    roundId: number,
    input: EnterScoresDto,
    idempotencyKey: string | undefined,
  ): Promise<Answer<ScoresWrittenView>> {
    const request =
      idempotencyKey === undefined
        ? undefined
        : this.idempotency.request(
            actor.userId,
            idempotencyKey,
            'PUT /rounds/:id/scores',
            { id: roundId },
            input,
          );
    // Checked before the transaction, so no connection is held while reading and checking; the transaction
    // then confirms under its locks that nothing checked has changed, or does it all again if something has.
    let prepared: PreparedScores | undefined;
    try {
      prepared = await this.prepareScores(actor, roundId, input);
    } catch (error) {
      // An answered request is replayed whatever the sheet's state now (or refused if the key was another's).
      const replay = request && (await this.idempotency.answered<ScoresWrittenView>(request));
      if (replay) return replay;
      throw error;
    }
    const answer = await this.sheetTransaction(async (manager) => {
      if (request) {
        const replay = await this.idempotency.claim<ScoresWrittenView>(manager, request);
        if (replay) return replay;
      }
      const written =
        (prepared && (await this.applyPrepared(manager, actor, prepared))) ??
        (await this.applyScores(manager, actor, roundId, input));
      return request
        ? this.idempotency.complete(manager, request, 200, written)
        : { status: 200, body: written, replayed: false };
    });
    if (request && !answer.replayed) await this.idempotency.purgeIfDue();
    return answer;
  }

  async submit(actor: Actor, roundId: number, judgeId: number | undefined): Promise<ScoreSheetView> {
    return this.sheetTransaction(async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'panel', 'share');
      const owner = await this.lockedOwner(manager, roundId, writableSheet(actor, context, judgeId));
      const sheet = await this.sheetMaterials(manager, context, owner);
      const cells = await this.lockedCells(manager, roundId, owner.userId);
      if (owner.submittedAt) return sheetView(context, sheet, cells);
      requireEventState(context, ['judging'], SUBMIT_SHEET);
      requireRoundOpen(context, SUBMIT_SHEET);
      requirePresent(owner, SUBMIT_SHEET);
      const progress = sheetProgress(
        sheet.entries.map((entry) => entry.entryId),
        new Set(sheet.recusals.keys()),
        context.round.criteria.map((criterion) => criterion.code),
        cells,
        owner.absent,
      );
      if (progress.missing.length > 0) {
        const codes = new Map(sheet.entries.map((entry) => [entry.entryId, entry.code]));
        throw new AppError('not_ready', {
          detail: {
            vi: `Chưa nộp được phiếu chấm: còn ${progress.owed - progress.filled} ô điểm trống ở ${progress.missing.length} tiết mục (xem "blockers").`,
            en: `The sheet cannot be submitted yet: ${progress.owed - progress.filled} cell(s) are empty in ${progress.missing.length} entr(ies) (see "blockers").`,
          },
          params: { count: progress.missing.length },
          extensions: {
            blockers: progress.missing.map(({ entryId, criteria }) => ({
              entryId,
              code: codes.get(entryId),
              missingCriteria: criteria,
            })),
          },
        });
      }
      const { method } = context.round;
      const short =
        isRankedMethod(method) && sheet.recusals.size === 0
          ? crossesShort(
              method,
              sheet.entries.length,
              context.round.criteria.map((criterion) => criterion.code),
              cells,
            )
          : [];
      if (short.length > 0) {
        throw new AppError('not_ready', {
          detail: {
            vi: `Chưa nộp được phiếu: mỗi điệu cần đúng ${short[0].recall} dấu chọn (xem "blockers").`,
            en: `The sheet cannot be submitted yet: each dance needs exactly ${short[0].recall} crosses (see "blockers").`,
          },
          extensions: { blockers: short },
        });
      }
      const submittedAt = new Date();
      await this.judging.setSubmission(manager, roundId, owner.userId, submittedAt, actor.userId);
      await this.audit.record(manager, actor, {
        action: 'sheet.submit',
        entityType: 'round',
        entityId: roundId,
        after: { judgeId: owner.userId, submittedAt, submittedBy: actor.userId },
      });
      return sheetView(
        context,
        { ...sheet, owner: { ...owner, submittedAt, submittedBy: actor.userId } },
        cells,
      );
    });
  }

  /** An organiser reopens a submitted sheet so the judge can change marks; the reason goes to the audit log. */
  async reopen(
    actor: Actor,
    roundId: number,
    judgeId: number,
    input: ReopenSheetDto,
  ): Promise<ScoreSheetView> {
    return this.sheetTransaction(async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'manage', 'share');
      const owner = await this.judging.lockSheet(manager, roundId, judgeId);
      if (!owner || !JUDGING_ROLES.includes(owner.role)) throw new AppError('not_found');
      requireEventState(context, ['judging'], REOPEN_SHEET);
      requireRoundOpen(context, REOPEN_SHEET);
      const sheet = await this.sheetMaterials(manager, context, owner);
      const cells = await this.lockedCells(manager, roundId, judgeId);
      if (!owner.submittedAt) return sheetView(context, sheet, cells);
      await this.judging.setSubmission(manager, roundId, judgeId, null, null);
      await this.audit.record(manager, actor, {
        action: 'sheet.reopen',
        entityType: 'round',
        entityId: roundId,
        before: { submittedAt: owner.submittedAt, submittedBy: owner.submittedBy },
        after: { judgeId, submittedAt: null, submittedBy: null, reason: input.reason },
      });
      return sheetView(
        context,
        { ...sheet, owner: { ...owner, submittedAt: null, submittedBy: null } },
        cells,
      );
    });
  }

  private async applyScores(
    manager: EntityManager,
    actor: Actor,
    roundId: number,
    input: EnterScoresDto,
  ): Promise<ScoresWrittenView> {
    // Share mode: sheets fill in parallel, while a lock or a panel change waits for them (and they for it).
    const context = await this.access.round(manager, actor, roundId, 'panel', 'share');
    const owner = await this.lockedOwner(manager, roundId, writableSheet(actor, context, input.judgeId));
    requireWritable(context, owner);
    const { method } = context.round;
    const ranked = isRankedMethod(method);
    // A ranked round's rules span whole columns, so its sheet is read whole; otherwise only the named cells.
    const sheet = ranked
      ? wholeSheetRules(await this.sheetMaterials(manager, context, owner))
      : await this.namedSheetRules(manager, context, owner.userId, input.scores);
    const requested = checkCells(context, sheet, input.scores);
    const stored = ranked
      ? await this.lockedCells(manager, roundId, owner.userId)
      : await this.lockedNamedCells(manager, roundId, owner.userId, requested);
    const plan = planWrite(stored, requested);
    if (ranked && plan.conflicts.length === 0) {
      const errors = rankedColumnErrors(
        method,
        sheet.entryCount,
        applyPlan(stored, plan),
        requested,
        (entryId) => sheet.codes?.get(entryId) ?? String(entryId),
      );
      if (errors.length > 0) throw invalidFields(errors);
    }
    await this.commitPlan(manager, actor, roundId, owner.userId, plan);
    const after = applyPlan(stored, plan);
    const criteria = context.round.criteria.map((criterion) => criterion.code);
    const progress = sheet.entries
      ? sheetProgress(sheet.entries, new Set(sheet.recusals.keys()), criteria, after, owner.absent)
      : await this.namedSheetProgress(manager, context, owner, sheet, criteria);
    return scoresWritten(context, owner, requested, after, progress);
  }

  /**
   * Everything score entry checks that needs no lock, read and checked outside any transaction and in the
   * same order as applyScores, so a request refused here is refused as applyScores would refuse it. Undefined
   * for a ranked round, whose column rules need the whole sheet read under its lock (applyScores then).
   */
  private async prepareScores(
    actor: Actor,
    roundId: number,
    input: EnterScoresDto,
  ): Promise<PreparedScores | undefined> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'panel');
    const judgeId = writableSheet(actor, context, input.judgeId);
    const owner = await this.judging.sheetState(manager, roundId, judgeId, false);
    if (!owner || !JUDGING_ROLES.includes(owner.role)) throw invalidField('judgeId', NOT_A_JUDGE);
    requireWritable(context, owner);
    if (isRankedMethod(context.round.method)) return undefined;
    const sheet = await this.namedSheetRules(manager, context, judgeId, input.scores);
    const requested = checkCells(context, sheet, input.scores);
    return { context, owner, sheet, requested };
  }

  /**
   * Writes prepared marks once the transaction holds the round (share mode) and the sheet (for update), as
   * applyScores does, and only if what was checked still stands: the same round row, the same place on the
   * panel and declared relations for the judge, the same role for a secretary typing the sheet. Undefined
   * when anything changed: applyScores then reads and checks it all again under the locks.
   */
  private async applyPrepared(
    manager: EntityManager,
    actor: Actor,
    { context, owner, sheet, requested }: PreparedScores,
  ): Promise<ScoresWrittenView | undefined> {
    const roundId = context.round.id;
    const round = await this.judging.shareRound(manager, roundId);
    if (
      !round ||
      round.state !== context.round.state ||
      round.version !== context.round.version ||
      round.updatedAt.getTime() !== context.round.updatedAt.getTime()
    )
      return undefined;
    const locked = await this.judging.sheetState(manager, roundId, owner.userId, true);
    if (!locked || !sameSheetState(locked, owner)) return undefined;
    if (actor.userId !== owner.userId) {
      const role = await this.judging.panelRole(manager, roundId, actor.userId);
      if (role !== context.panelMember?.role) return undefined;
    }
    const stored = await this.lockedNamedCells(manager, roundId, owner.userId, requested);
    const plan = planWrite(stored, requested);
    await this.commitPlan(manager, actor, roundId, owner.userId, plan);
    const criteria = context.round.criteria.map((criterion) => criterion.code);
    const progress = await this.namedSheetProgress(manager, context, owner, sheet, criteria);
    return scoresWritten(context, owner, requested, applyPlan(stored, plan), progress);
  }

  /** A plan with conflicts is a 409 naming them, with nothing written; otherwise its writes and their audit. */
  private async commitPlan(
    manager: EntityManager,
    actor: Actor,
    roundId: number,
    judgeId: number,
    plan: WritePlan,
  ): Promise<void> {
    if (plan.conflicts.length > 0) {
      throw new AppError('conflict', {
        detail: {
          vi: `${plan.conflicts.length} ô điểm đã được thay đổi kể từ khi phiếu chấm được tải; chưa ô nào được ghi. Hãy tải lại phiếu chấm rồi nhập lại.`,
          en: `${plan.conflicts.length} cell(s) changed since the sheet was loaded; nothing was written. Reload the sheet and enter them again.`,
        },
        extensions: { conflicts: plan.conflicts },
      });
    }
    await this.write(manager, roundId, judgeId, actor.userId, plan);
    if (plan.writes.length + plan.clears.length > 0) {
      const changes = [...plan.writes, ...plan.clears];
      await this.audit.record(manager, actor, {
        action: 'scores.enter',
        entityType: 'round',
        entityId: roundId,
        before: {
          cells: changes.map(({ entryId, criterion, before }) => ({
            entryId,
            criterion,
            value: before?.value ?? null,
            version: before?.version ?? null,
          })),
        },
        after: {
          judgeId,
          enteredBy: actor.userId,
          cells: changes.map(({ entryId, criterion, before, value }) => ({
            entryId,
            criterion,
            value,
            version: value === null ? null : (before?.version ?? 0) + 1,
          })),
        },
      });
    }
  }

  /**
   * What checking the named cells needs, read for them alone: which named entries are the round's, how many
   * entries the sheet has, and the judge's recusals (few, whatever the round's size).
   */
  private async namedSheetRules(
    manager: EntityManager,
    context: RoundContext,
    judgeId: number,
    cells: ScoreCellInput[],
  ): Promise<SheetRules> {
    const named = [...new Set(cells.map((cell) => cell.entryId))];
    const entries = await this.materials.entriesAmong(manager, context, named);
    const recusals = await this.materials.recusalsOf(manager, context, judgeId);
    return {
      entryIds: entries.among,
      entryCount: entries.count,
      recusals: new Map(recusals.map((recusal) => [recusal.entryId, recusal.grounds])),
    };
  }

  /**
   * The sheet's progress without reading it (marked rounds): a judge owes every criterion of every entry
   * they are not recused from, and has filled those of their marks that count (see sheetProgress).
   */
  private async namedSheetProgress(
    manager: EntityManager,
    context: RoundContext,
    owner: { userId: number; absent: boolean },
    sheet: SheetRules,
    criteria: string[],
  ): Promise<{ owed: number; filled: number }> {
    if (owner.absent) return { owed: 0, filled: 0 };
    const filled = await this.judging.countFilled(
      manager,
      context.round.id,
      owner.userId,
      criteria,
      roundEntryIds(context),
      [...sheet.recusals.keys()],
    );
    return { owed: criteria.length * (sheet.entryCount - sheet.recusals.size), filled };
  }

  /**
   * One statement for every written cell and one for every cleared cell. The sheet's lock makes the stored
   * cells read a moment ago the truth; the affected-row counts double-check it (a new row counts 1, a
   * changed one 2), and any surprise rolls everything back as a conflict rather than overwrite blindly.
   */
  private async write(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    enteredBy: number,
    plan: WritePlan,
  ): Promise<void> {
    const written = await this.judging.writeCells(
      manager,
      roundId,
      judgeId,
      enteredBy,
      plan.writes.map(({ entryId, criterion, value }) => ({ entryId, criterion, value: value! })),
    );
    const cleared = await this.judging.clearCells(manager, roundId, judgeId, plan.clears);
    const expected = plan.writes.reduce((sum, change) => sum + (change.before ? 2 : 1), 0);
    if (written !== expected || cleared !== plan.clears.length) throw new AppError('conflict');
  }

  /** The sheet's owner, locked (see JudgingRepository.lockSheet); 400 when they are no judge of the panel. */
  private async lockedOwner(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
  ): Promise<SheetOwnerRow> {
    const owner = await this.judging.lockSheet(manager, roundId, judgeId);
    if (!owner || !JUDGING_ROLES.includes(owner.role)) throw invalidField('judgeId', NOT_A_JUDGE);
    return owner;
  }

  /** The requested cells that hold a mark, locked (JudgingRepository.namedCellsForUpdate). */
  private async lockedNamedCells(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    cells: { entryId: number; criterion: string }[],
  ) {
    const stored = await this.judging.namedCellsForUpdate(manager, roundId, judgeId, cells);
    return new Map(stored.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
  }

  private async lockedCells(manager: EntityManager, roundId: number, judgeId: number) {
    const cells = await this.judging.cellsForUpdate(manager, roundId, judgeId);
    return new Map(cells.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
  }

  private async sheetMaterials(
    manager: EntityManager,
    context: RoundContext,
    owner: PanelRow,
  ): Promise<SheetMaterials> {
    const entries = await this.materials.entries(manager, context);
    const recusals = await this.materials.recusals(manager, context, entries, [owner]);
    return {
      owner,
      entries,
      recusals: new Map(recusals.map((recusal) => [recusal.entryId, recusal.grounds])),
    };
  }
}

const NOT_A_JUDGE: LocalisedText = {
  vi: 'không phải là giám khảo của hội đồng vòng thi này',
  en: 'is not a judge of this round’s panel',
};

/**
 * Whose sheet a reader asks for: a judge of the panel only their own (even one who also runs the event:
 * judges never see each other's marks); a secretary of the panel or an organiser names the judge.
 */
function readableSheet(actor: Actor, context: RoundContext, judgeId: number | undefined): number {
  const judges = context.panelMember !== null && JUDGING_ROLES.includes(context.panelMember.role);
  if (judges) {
    if (judgeId === undefined || judgeId === actor.userId) return actor.userId;
    throw new AppError('forbidden', {
      detail: {
        vi: 'Giám khảo chỉ xem được phiếu chấm của chính mình.',
        en: 'A judge sees only their own sheet.',
      },
    });
  }
  if (judgeId === undefined) throw invalidField('judgeId', JUDGE_REQUIRED);
  return judgeId;
}

/** Whose sheet a writer fills: a judge only their own; a secretary of the panel the judge they name. */
function writableSheet(actor: Actor, context: RoundContext, judgeId: number | undefined): number {
  const role = context.panelMember?.role;
  if (role && JUDGING_ROLES.includes(role)) {
    if (judgeId === undefined || judgeId === actor.userId) return actor.userId;
    throw new AppError('forbidden', {
      detail: {
        vi: 'Giám khảo chỉ nhập điểm vào phiếu chấm của chính mình.',
        en: 'A judge enters marks only on their own sheet.',
      },
    });
  }
  if (role === 'secretary') {
    if (judgeId === undefined) throw invalidField('judgeId', JUDGE_REQUIRED);
    return judgeId;
  }
  throw new AppError('forbidden', {
    detail: {
      vi: 'Chỉ giám khảo, hoặc thư ký hội đồng nhập hộ phiếu chấm giấy, mới nhập điểm. Sau khi khóa vòng, ban tổ chức sửa điểm bằng đính chính.',
      en: 'Only the judge, or a secretary of the panel typing a paper sheet, enters marks. After the lock, organisers change marks by a correction.',
    },
  });
}

const JUDGE_REQUIRED: LocalisedText = {
  vi: 'là bắt buộc: cho biết phiếu chấm của giám khảo nào',
  en: 'is required: name the judge whose sheet this is',
};

/** Marks go on a sheet while the event is judging and the round open, from a present judge, until submitted. */
function requireWritable(context: RoundContext, owner: { absent: boolean; submittedAt: Date | null }): void {
  requireEventState(context, ['judging'], ENTER_SCORES);
  requireRoundOpen(context, ENTER_SCORES);
  requirePresent(owner, ENTER_SCORES);
  if (owner.submittedAt) {
    throw new AppError('invalid_state', {
      detail: {
        vi: 'Phiếu chấm đã nộp nên không sửa được điểm. Đề nghị ban tổ chức mở lại phiếu nếu cần sửa.',
        en: 'The sheet has been submitted, so its marks cannot change. Ask an organiser to reopen it.',
      },
    });
  }
}

function sameSheetState(a: SheetState, b: SheetState): boolean {
  return (
    a.role === b.role &&
    a.absent === b.absent &&
    a.submittedAt?.getTime() === b.submittedAt?.getTime() &&
    a.submittedBy === b.submittedBy &&
    a.conflicts === b.conflicts
  );
}

function requirePresent(owner: { absent: boolean }, what: LocalisedText): void {
  if (!owner.absent) return;
  throw new AppError('invalid_state', {
    detail: {
      vi: `Không thể ${what.vi}: giám khảo được ghi vắng mặt ở vòng này nên không chấm điểm.`,
      en: `Cannot ${what.en}: the judge is marked absent for this round and marks nothing.`,
    },
  });
}

/**
 * Every requested cell checked against the round (its entries, its rubric, the judge's recusals, each
 * criterion's scale); all problems are reported together and nothing is written while any remains.
 */
function checkCells(
  context: RoundContext,
  sheet: SheetRules,
  cells: ScoreCellInput[],
): (RequestedCell & { index: number })[] {
  const criteria = new Map(context.round.criteria.map((criterion) => [criterion.code, criterion]));
  const { entryIds } = sheet;
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const requested: (RequestedCell & { index: number })[] = [];
  cells.forEach((cell, index) => {
    const path = `scores.${index}`;
    let valid = true;
    const fail = (field: string, message: LocalisedText) => {
      errors.push({ path: field ? `${path}.${field}` : path, message });
      valid = false;
    };
    const criterion = criteria.get(cell.criterion);
    if (!entryIds.has(cell.entryId)) {
      fail('entryId', { vi: 'không phải là tiết mục của vòng thi này', en: 'is not an entry of this round' });
    } else if (sheet.recusals.has(cell.entryId) && cell.value !== null) {
      const grounds = sheet.recusals.get(cell.entryId)!;
      fail('entryId', {
        vi: `giám khảo không chấm tiết mục này vì xung đột lợi ích: ${grounds.map((g) => describeGround(g).vi).join('; ')}`,
        en: `the judge is recused from this entry (conflict of interest): ${grounds.map((g) => describeGround(g).en).join('; ')}`,
      });
    }
    if (!criterion) {
      const codes = [...criteria.keys()].join(', ');
      fail('criterion', {
        vi: `không phải là tiêu chí chấm của vòng thi (các tiêu chí: ${codes})`,
        en: `is not a criterion of the round’s rubric (its criteria: ${codes})`,
      });
    }
    let value: string | null = null;
    const { method } = context.round;
    if (cell.value === undefined) {
      fail('value', { vi: 'là bắt buộc (null để xóa ô điểm)', en: 'is required (null clears the cell)' });
    } else if (cell.value !== null && criterion) {
      const check = isRankedMethod(method)
        ? checkRankedMark(method, sheet.entryCount, cell.value)
        : checkMark(criterion, cell.value);
      if (check.problem) fail('value', check.problem);
      else value = check.value;
    }
    const key = cellKey(cell.entryId, cell.criterion);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail('', {
        vi: `trùng ô điểm với scores.${earlier} (cùng tiết mục và tiêu chí)`,
        en: `repeats the cell of scores.${earlier} (the same entry and criterion)`,
      });
    } else seen.set(key, index);
    if (valid)
      requested.push({
        entryId: cell.entryId,
        criterion: cell.criterion,
        value,
        version: cell.version,
        index,
      });
  });
  if (errors.length > 0) throw invalidFields(errors);
  return requested;
}

function describeGround(ground: RecusalGround): LocalisedText {
  switch (ground.reason) {
    case 'coaches_entry':
      return { vi: 'là huấn luyện viên của tiết mục', en: 'coaches the entry' };
    case 'coaches_club':
      return { vi: 'phụ trách câu lạc bộ của tiết mục', en: 'coaches the entry’s club' };
    case 'coaches_member':
      return {
        vi: 'phụ trách câu lạc bộ có thí sinh của tiết mục sinh hoạt',
        en: 'coaches a club one of the entrants belongs to',
      };
    case 'declared':
      return {
        vi: `đã khai có quan hệ với thí sinh (${ground.relation})`,
        en: `declared a relation with an entrant (${ground.relation})`,
      };
    case 'ranked_column':
      return {
        vi: 'giám khảo xung đột lợi ích với một tiết mục khác của vòng xếp hạng nên không xếp hạng tiết mục nào',
        en: 'recused from another entry of this ranked round, so the judge places none of them',
      };
  }
}

/** The requested cells as they now stand, with the sheet's progress: small whatever the sheet's size. */
function scoresWritten(
  context: RoundContext,
  owner: { userId: number },
  requested: { entryId: number; criterion: string }[],
  cells: ReadonlyMap<string, StoredCell>,
  progress: { owed: number; filled: number },
): ScoresWrittenView {
  const named = new Map(requested.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
  return {
    roundId: context.round.id,
    judgeId: owner.userId,
    cells: [...named.entries()].map(([key, { entryId, criterion }]) => {
      const cell = cells.get(key);
      return { entryId, criterion, value: cell?.value ?? null, version: cell?.version ?? null };
    }),
    owed: progress.owed,
    filled: progress.filled,
  };
}

/** The sheet as its reader sees it: only this judge's marks, entries by code, with what is owed. */
function sheetView(
  context: RoundContext,
  { owner, entries, recusals }: SheetMaterials,
  cells: ReadonlyMap<string, StoredCell>,
): ScoreSheetView {
  const criteria = context.round.criteria;
  const order = new Map(criteria.map((criterion, index) => [criterion.code, index]));
  const byEntry = groupBy(cells.values(), (cell) => cell.entryId);
  const progress = sheetProgress(
    entries.map((entry) => entry.entryId),
    new Set(recusals.keys()),
    criteria.map((criterion) => criterion.code),
    cells,
    owner.absent,
  );
  return {
    roundId: context.round.id,
    judge: { userId: owner.userId, fullName: owner.fullName },
    state: context.round.state === 'locked' ? 'locked' : owner.submittedAt ? 'submitted' : 'open',
    absent: owner.absent,
    submittedAt: owner.submittedAt,
    submittedBy: owner.submittedBy,
    criteria: criteria.map(({ code, name, min, max, step, weight }) => ({
      code,
      name,
      min,
      // A skating sheet's places run from 1 to the number of entries on it.
      max: context.round.method.kind === 'skating' ? String(entries.length) : max,
      step,
      weight,
    })),
    entries: entries.map((entry) => ({
      entryId: entry.entryId,
      code: entry.code,
      title: entry.title,
      teamName: entry.teamName,
      organisationName: entry.organisationName,
      members: entry.members,
      recused: recusals.has(entry.entryId),
      recusalGrounds: recusals.get(entry.entryId) ?? [],
      scores: (byEntry.get(entry.entryId) ?? [])
        .sort((a, b) => (order.get(a.criterion) ?? order.size) - (order.get(b.criterion) ?? order.size))
        .map(({ criterion, value, version }) => ({ criterion, value, version })),
    })),
    owed: progress.owed,
    filled: progress.filled,
  };
}
