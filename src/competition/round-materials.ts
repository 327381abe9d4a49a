import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import {
  computeRankedRoundResults,
  computeRoundResults,
  isRankedMethod,
  RoundInput,
  RoundResults,
  ScoringInputError,
} from '../scoring/engine';
import { FlagConfirmation } from './entities/flag-confirmation.entity';
import { Event } from './entities/event.entity';
import { Category } from './entities/category.entity';
import { Round } from './entities/round.entity';
import { DeductionRecord } from './entities/deduction.entity';
import { JUDGING_ROLES, PANEL_ROLES, PanelMember, PanelRole } from './entities/panel-member.entity';
import { groupBy } from '../common/group-by';
import { entryCode } from './entry-code';
import { FlagConfirmationRow } from './flags';
import { JudgeRecusal, RecusalReason } from './recusal';

export interface RoundEntryRow {
  entryId: number;
  code: string;
  number: number;
  title: string | null;
  teamName: string | null;
  organisationId: number;
  organisationName: string;
  localityId: number | null;
  localityName: string | null;
  coachUserId: number | null;
  clubId: number | null;
  members: { participantId: number; fullName: string }[];
}

export interface PanelRow {
  userId: number;
  fullName: string;
  role: PanelRole;
  absent: boolean;
  submittedAt: Date | null;
  submittedBy: number | null;
}

export interface ScoreRow {
  entryId: number;
  judgeId: number;
  criterion: string;
  value: string;
  version: number;
  enteredBy: number;
}

/** Everything a round's results are computed from, read in a handful of set-based queries. */
export interface RoundMaterials {
  entries: RoundEntryRow[];
  panel: PanelRow[];
  recusals: JudgeRecusal[];
  deductions: DeductionRecord[];
  scores: ScoreRow[];
}

/** The scope of a round: the rows its materials are read for. */
export interface RoundScope {
  event: Event;
  category: Category;
  round: Round;
}

/**
 * Reads a round's entries, panel, recusals, deductions and scores, and turns them into the engine's input.
 * Recusals are derived every time from the facts (who coaches whom, declared relations), so a change of
 * coach or a new declaration takes effect at once.
 */
@Injectable()
export class RoundMaterialsReader {
  async read(manager: EntityManager, scope: RoundScope): Promise<RoundMaterials> {
    const entries = await this.entries(manager, scope);
    const [panel, deductions, scores] = await Promise.all([
      this.panel(manager, scope.round.id),
      manager.find(DeductionRecord, {
        where: { roundId: scope.round.id, revokedAt: IsNull() },
        order: { id: 'ASC' },
      }),
      this.scores(manager, scope.round.id),
    ]);
    const recusals = await this.recusals(manager, scope, entries, panel);
    const entryIds = new Set(entries.map((entry) => entry.entryId));
    return {
      entries,
      panel,
      recusals,
      deductions: deductions.filter((deduction) => entryIds.has(deduction.entryId)),
      scores: scores.filter((score) => entryIds.has(score.entryId)),
    };
  }

  /**
   * The entries competing in the round: the category's active entries in the first round, those advanced
   * into it (and still active) in a later one. Ordered by entry number.
   */
  async entries(manager: EntityManager, { category, round }: RoundScope): Promise<RoundEntryRow[]> {
    const rows = await manager.query<
      {
        id: number;
        number: number;
        title: string | null;
        team_name: string | null;
        organisation_id: number;
        organisation_name: string;
        locality_id: number | null;
        locality_name: string | null;
        coach_user_id: number | null;
        club_id: number | null;
      }[]
    >(
      `SELECT e.id, e.number, e.title, e.team_name, e.organisation_id, o.name AS organisation_name,
              e.locality_id, l.name AS locality_name, e.coach_user_id, e.club_id
         FROM entries e
         JOIN organisations o ON o.id = e.organisation_id
         LEFT JOIN localities l ON l.id = e.locality_id
        WHERE e.category_id = ? AND e.state = 'active'
          ${round.position > 1 ? 'AND e.id IN (SELECT re.entry_id FROM round_entries re WHERE re.round_id = ?)' : ''}
        ORDER BY e.number`,
      round.position > 1 ? [category.id, round.id] : [category.id],
    );
    if (rows.length === 0) return [];
    const members = await manager.query<{ entry_id: number; participant_id: number; full_name: string }[]>(
      `SELECT m.entry_id, m.participant_id, p.full_name
         FROM entry_members m JOIN participants p ON p.id = m.participant_id
        WHERE m.entry_id IN (?) ORDER BY m.entry_id, p.full_name, m.participant_id`,
      [rows.map((row) => row.id)],
    );
    const byEntry = groupBy(members, (member) => member.entry_id);
    return rows.map((row) => ({
      entryId: row.id,
      code: entryCode(category.code, row.number),
      number: row.number,
      title: row.title,
      teamName: row.team_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      localityId: row.locality_id,
      localityName: row.locality_name,
      coachUserId: row.coach_user_id,
      clubId: row.club_id,
      members: (byEntry.get(row.id) ?? []).map((member) => ({
        participantId: member.participant_id,
        fullName: member.full_name,
      })),
    }));
  }

  async panel(manager: EntityManager, roundId: number): Promise<PanelRow[]> {
    const members = await manager.find(PanelMember, { where: { roundId }, relations: { user: true } });
    return members
      .map(({ userId, role, absent, submittedAt, submittedBy, user }) => ({
        userId,
        fullName: user!.fullName,
        role,
        absent,
        submittedAt,
        submittedBy,
      }))
      .sort((a, b) => PANEL_ROLES.indexOf(a.role) - PANEL_ROLES.indexOf(b.role) || a.userId - b.userId);
  }

  async scores(manager: EntityManager, roundId: number, judgeId?: number): Promise<ScoreRow[]> {
    const rows = await manager.query<
      {
        entry_id: number;
        judge_id: number;
        criterion: string;
        value: string;
        version: number;
        entered_by: number;
      }[]
    >(
      `SELECT entry_id, judge_id, criterion, value, version, entered_by FROM scores
        WHERE round_id = ? ${judgeId === undefined ? '' : 'AND judge_id = ?'}`,
      judgeId === undefined ? [roundId] : [roundId, judgeId],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      judgeId: row.judge_id,
      criterion: row.criterion,
      value: plainDecimal(row.value),
      version: row.version,
      enteredBy: row.entered_by,
    }));
  }

  /**
   * Conflicts of interest between the round's judges and its entries (see recusalsAmong). One query,
   * whatever the size of the round.
   */
  async recusals(
    manager: EntityManager,
    scope: RoundScope,
    entries: RoundEntryRow[],
    panel: PanelRow[],
  ): Promise<JudgeRecusal[]> {
    const judgeIds = panel
      .filter((member) => JUDGING_ROLES.includes(member.role))
      .map((member) => member.userId);
    const entryIds = entries.map((entry) => entry.entryId);
    if (judgeIds.length === 0 || entryIds.length === 0) return [];
    const recusals = await this.recusalsAmong(
      manager,
      scope,
      { sql: 'IN (?)', params: [entryIds] },
      judgeIds,
    );
    if (isRankedMethod(scope.round.method)) leaveColumnsOut(recusals, entryIds);
    return [...recusals.values()].sort((a, b) => a.entryId - b.entryId || a.judgeId - b.judgeId);
  }

  /**
   * One judge's conflicts of interest with the round's entries, as `recusals` finds them, without reading the
   * entries first (the round's entries are a subquery). A ranked round's left-out column is not added: the
   * caller learns that the judge is recused from some entry and decides.
   */
  async recusalsOf(manager: EntityManager, scope: RoundScope, judgeId: number): Promise<JudgeRecusal[]> {
    const recusals = await this.recusalsAmong(manager, scope, roundEntryIds(scope), [judgeId]);
    return [...recusals.values()].sort((a, b) => a.entryId - b.entryId);
  }

  /** How many entries compete in the round (those `entries` reads), and which of the given ones do. */
  async entriesAmong(
    manager: EntityManager,
    scope: RoundScope,
    entryIds: number[],
  ): Promise<{ count: number; among: Set<number> }> {
    const filter = roundEntryIds(scope);
    const [{ n, among }] = await manager.query<{ n: number | string; among: string | Buffer | null }[]>(
      `SELECT COUNT(*) AS n, GROUP_CONCAT(CASE WHEN id IN (?) THEN id END) AS among
         FROM entries WHERE id ${filter.sql}`,
      [entryIds.length > 0 ? entryIds : [0], ...filter.params],
    );
    return { count: Number(n), among: new Set(among ? String(among).split(',').map(Number) : []) };
  }

  /**
   * Conflicts of interest between the given judges and the entries `entryFilter` picks (a condition on an
   * entry id: `IN (?)` with a list, or a subquery): the judge coaches the entry, its club, or a club one of
   * its members belongs to (or left after the event began), or declared a relation with a member. One query.
   */
  private async recusalsAmong(
    manager: EntityManager,
    { event, round }: RoundScope,
    entryFilter: SqlCondition,
    judgeIds: number[],
  ): Promise<Map<string, JudgeRecusal>> {
    const rows = await manager.query<
      {
        judge_id: number;
        entry_id: number;
        reason: RecusalReason;
        participant_id: number | null;
        relation: string | null;
      }[]
    >(
      `SELECT e.coach_user_id AS judge_id, e.id AS entry_id, 'coaches_entry' AS reason,
              NULL AS participant_id, NULL AS relation
         FROM entries e WHERE e.id ${entryFilter.sql} AND e.coach_user_id IN (?)
       UNION ALL
       SELECT cc.user_id, e.id, 'coaches_club', NULL, NULL
         FROM entries e JOIN club_coaches cc ON cc.club_id = e.club_id
        WHERE e.id ${entryFilter.sql} AND cc.user_id IN (?)
       UNION ALL
       SELECT DISTINCT cc.user_id, m.entry_id, 'coaches_member', m.participant_id, NULL
         FROM entry_members m
         JOIN club_memberships cm ON cm.participant_id = m.participant_id
                                 AND (cm.left_on IS NULL OR cm.left_on >= ?)
         JOIN club_coaches cc ON cc.club_id = cm.club_id
        WHERE m.entry_id ${entryFilter.sql} AND cc.user_id IN (?)
       UNION ALL
       SELECT pc.user_id, m.entry_id, 'declared', m.participant_id, pc.relation
         FROM entry_members m
         JOIN panel_conflicts pc ON pc.participant_id = m.participant_id AND pc.round_id = ?
        WHERE m.entry_id ${entryFilter.sql} AND pc.user_id IN (?)`,
      [
        ...entryFilter.params,
        judgeIds,
        ...entryFilter.params,
        judgeIds,
        event.startDate,
        ...entryFilter.params,
        judgeIds,
        round.id,
        ...entryFilter.params,
        judgeIds,
      ],
    );
    const recusals = new Map<string, JudgeRecusal>();
    for (const row of rows) {
      const key = `${row.judge_id}:${row.entry_id}`;
      const recusal = recusals.get(key) ?? { judgeId: row.judge_id, entryId: row.entry_id, grounds: [] };
      recusal.grounds.push({ reason: row.reason, participantId: row.participant_id, relation: row.relation });
      recusals.set(key, recusal);
    }
    return recusals;
  }

  /** The engine's input for the round, from its materials and the category's prize rules. */
  engineInput(scope: RoundScope, materials: RoundMaterials, awardsPrizes: boolean): RoundInput {
    const { round, category } = scope;
    if (isRankedMethod(round.method)) throw new Error(`Round ${round.id} is ranked: see computeResults`);
    const judges = materials.panel.filter((member) => JUDGING_ROLES.includes(member.role));
    const judgeIds = new Set(judges.map((judge) => judge.userId));
    const deductions = groupBy(materials.deductions, (deduction) => deduction.entryId);
    return {
      criteria: round.criteria.map(({ code, min, max, step, weight }) => ({
        id: code,
        min,
        max,
        step,
        weight,
      })),
      entries: materials.entries.map(({ entryId }) => {
        const recorded = deductions.get(entryId) ?? [];
        const disqualification = recorded.find((deduction) => deduction.kind === 'disqualification');
        return {
          id: String(entryId),
          deductions: recorded
            .filter((deduction) => deduction.kind !== 'disqualification')
            .map(({ kind, amount, reason }) => ({ kind, amount: plainDecimal(amount), reason })),
          disqualification: disqualification ? { reason: disqualification.reason } : null,
        };
      }),
      judges: judges.map((judge) => ({
        id: String(judge.userId),
        head: judge.role === 'head',
        absent: judge.absent,
      })),
      scores: materials.scores
        .filter((score) => judgeIds.has(score.judgeId))
        .map((score) => ({
          judgeId: String(score.judgeId),
          entryId: String(score.entryId),
          criterionId: score.criterion,
          value: score.value,
        })),
      recusals: materials.recusals.map((recusal) => ({
        judgeId: String(recusal.judgeId),
        entryId: String(recusal.entryId),
      })),
      method: round.method,
      basis: round.basis,
      decimals: round.decimals,
      tieBreaks: round.tieBreaks,
      spreadLimit: round.spreadLimit === null ? null : plainDecimal(round.spreadLimit),
      prizes: awardsPrizes ? category.prizes : [],
      tiesUseNextPlaces: category.tiesUseNextPlaces,
      advancement: round.advancement,
    };
  }

  /**
   * The round's results as they stand, with what they were computed from. A round whose settings the engine
   * refuses (a head-judge tie-break without a head judge, say) is a 409 naming each problem, not a 500.
   */
  async results(
    manager: EntityManager,
    scope: RoundScope,
  ): Promise<{ materials: RoundMaterials; results: RoundResults }> {
    const [materials, awardsPrizes] = await Promise.all([
      this.read(manager, scope),
      this.isLastRound(manager, scope.round),
    ]);
    try {
      return { materials, results: this.computeResults(scope, materials, awardsPrizes) };
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      throw new AppError('invalid_state', {
        detail: {
          vi: 'Không tính được kết quả vòng thi với thiết lập hiện tại (xem "issues").',
          en: 'The round’s results cannot be computed with its current settings (see "issues").',
        },
        extensions: { issues: error.issues },
        cause: error,
      });
    }
  }

  /** Marked rounds through the marks engine; ranked rounds (skating, recall) through the Skating System's. */
  private computeResults(scope: RoundScope, materials: RoundMaterials, awardsPrizes: boolean): RoundResults {
    const { round, category } = scope;
    const { method } = round;
    if (!isRankedMethod(method)) return computeRoundResults(this.engineInput(scope, materials, awardsPrizes));
    const judges = materials.panel.filter((member) => JUDGING_ROLES.includes(member.role));
    const judgeIds = new Set(judges.map((judge) => judge.userId));
    const top = round.advancement?.top;
    return computeRankedRoundResults({
      method,
      dances: round.criteria.map((criterion) => criterion.code),
      entries: materials.entries.map(({ entryId }) => ({ id: String(entryId) })),
      judges: judges.map((judge) => ({ id: String(judge.userId), absent: judge.absent })),
      scores: materials.scores
        .filter((score) => judgeIds.has(score.judgeId))
        .map((score) => ({
          judgeId: String(score.judgeId),
          entryId: String(score.entryId),
          criterionId: score.criterion,
          value: score.value,
        })),
      recusals: materials.recusals.map((recusal) => ({
        judgeId: String(recusal.judgeId),
        entryId: String(recusal.entryId),
      })),
      prizes: awardsPrizes ? category.prizes : [],
      advancement: top === undefined ? null : { top },
    });
  }

  async flagConfirmations(manager: EntityManager, roundId: number): Promise<FlagConfirmationRow[]> {
    return manager.find(FlagConfirmation, { where: { roundId } });
  }

  /** Whether the round is its category's last (the one that awards the category's prizes). */
  async isLastRound(manager: EntityManager, round: Round): Promise<boolean> {
    const [{ last }] = await manager.query<{ last: number }[]>(
      'SELECT MAX(position) AS last FROM rounds WHERE category_id = ?',
      [round.categoryId],
    );
    return Number(last) === round.position;
  }
}

/**
 * In a ranked round a judge's places only mean something relative to each other, so a judge recused from one
 * entry is recused from all of them: sheets, readiness and results then treat the column as left out.
 */
function leaveColumnsOut(recusals: Map<string, JudgeRecusal>, entryIds: number[]): void {
  const judges = new Set([...recusals.values()].map((recusal) => recusal.judgeId));
  for (const judgeId of judges) {
    for (const entryId of entryIds) {
      const key = `${judgeId}:${entryId}`;
      if (!recusals.has(key))
        recusals.set(key, {
          judgeId,
          entryId,
          grounds: [{ reason: 'ranked_column', participantId: null, relation: null }],
        });
    }
  }
}

/** A condition on an entry id with its parameters, to splice into a query. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The round's entries as a condition on an entry id (`IN (subquery)`): the category's active entries in the
 * first round, those advanced into it (and still active) in a later one. The same rows `entries` reads.
 */
export function roundEntryIds({ category, round }: RoundScope): SqlCondition {
  return round.position > 1
    ? {
        sql: `IN (SELECT re_e.id FROM entries re_e
                    JOIN round_entries re_r ON re_r.entry_id = re_e.id AND re_r.round_id = ?
                   WHERE re_e.category_id = ? AND re_e.state = 'active')`,
        params: [round.id, category.id],
      }
    : {
        sql: "IN (SELECT re_e.id FROM entries re_e WHERE re_e.category_id = ? AND re_e.state = 'active')",
        params: [category.id],
      };
}

/** A DECIMAL as read ('8.2500') in its plain form ('8.25'). */
export function plainDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
