import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { RoundMaterialsReader } from '../competition/round-materials';
import { inTransaction } from '../database/transaction';
import { PanelCandidateView, PanelView, ReplacePanelDto } from './dto/panel.dto';
import { JUDGING_ROLES, PanelRole } from '../competition/entities/panel-member.entity';
import { requireEventState, requireRoundOpen } from './judging-gates';
import { PanelConflictRow, PanelsRepository } from './panels.repository';

const CHANGE_PANEL = { vi: 'thay đổi hội đồng giám khảo', en: 'change the panel' };

/**
 * A round's panel: its judges (head, deputy, members) and secretaries, the relations judges declared, and
 * the recusals that follow. Organisers compose it and see why each judge is recused; a judge sees the
 * panel and only their own recusals.
 */
@Injectable()
export class PanelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly panels: PanelsRepository,
    private readonly access: CompetitionAccess,
    private readonly reach: AccessService,
    private readonly materials: RoundMaterialsReader,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, roundId: number): Promise<PanelView> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'panel');
    return this.view(manager, actor, context);
  }

  /**
   * The accounts the caller may seat as judges, by name: those checkMembers accepts (the judge role at an
   * organising unit or below, or province-wide) that the caller may also name (the grant within their reach
   * of accounts, or province-wide). A unit's organisers seat their own judges on a co-organised event.
   */
  async candidates(actor: Actor, roundId: number): Promise<PanelCandidateView[]> {
    const manager = this.dataSource.manager;
    const context = await this.access.round(manager, actor, roundId, 'manage');
    const reach = this.reach.scope(actor, 'user.read');
    const grants = await this.panels.judgeGrantsUnder(manager, context.organisationPaths);
    const candidates = new Map<number, PanelCandidateView>();
    for (const grant of grants) {
      const userId = Number(grant.user_id);
      if (candidates.has(userId) || (grant.path !== null && !covers(reach, grant.path))) continue;
      candidates.set(userId, {
        userId,
        fullName: grant.full_name,
        email: grant.email,
        unitName: grant.path === null ? null : grant.unit_name,
      });
    }
    return [...candidates.values()];
  }

  /**
   * Replaces the panel and its declared conflicts. A judge who has marked anything in the round stays on
   * it (as a judge): their marks would otherwise vanish from the results; marking them absent is the way.
   */
  async replace(actor: Actor, roundId: number, input: ReplacePanelDto): Promise<PanelView> {
    return inTransaction(this.dataSource, async (manager) => {
      // Locked for update: score entry holds the round in share mode, so no mark lands while this runs.
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      requireEventState(context, ['draft', 'open', 'judging'], CHANGE_PANEL);
      requireRoundOpen(context, CHANGE_PANEL);
      const members = input.members.map((member) => ({ ...member, absent: member.absent ?? false }));
      const conflicts: PanelConflictRow[] = (input.conflicts ?? []).map(
        ({ userId, participantId, relation }) => ({
          userId,
          participantId,
          relation,
        }),
      );
      const errors = [
        ...(await this.checkMembers(manager, members, context.organisationPaths)),
        ...(await this.checkConflicts(manager, members, conflicts)),
      ];
      if (errors.length > 0) throw invalidFields(errors);

      const [before, conflictsBefore] = await Promise.all([
        this.materials.panel(manager, roundId),
        this.panels.conflicts(manager, roundId),
      ]);
      const judgesAfter = new Set(members.filter((m) => JUDGING_ROLES.includes(m.role)).map((m) => m.userId));
      const leaving = before.filter(
        (member) => JUDGING_ROLES.includes(member.role) && !judgesAfter.has(member.userId),
      );
      const marks = await this.panels.scoreCounts(
        manager,
        roundId,
        leaving.map((member) => member.userId),
      );
      const blocked = leaving.filter((member) => (marks.get(member.userId) ?? 0) > 0);
      if (blocked.length > 0) {
        throw new AppError('conflict', {
          detail: {
            vi: `Không thể bỏ giám khảo đã chấm điểm ở vòng này (${blocked.map((m) => m.fullName).join(', ')}): điểm của họ sẽ mất khỏi kết quả. Hãy đánh dấu vắng mặt (absent) nếu họ không chấm nữa.`,
            en: `A judge who has marked entries in this round cannot leave the panel (${blocked.map((m) => m.fullName).join(', ')}): their marks would drop out of the results. Mark them absent instead.`,
          },
          extensions: {
            judges: blocked.map((member) => ({ userId: member.userId, marks: marks.get(member.userId) })),
          },
        });
      }

      await this.panels.replaceMembers(manager, roundId, members);
      await this.panels.replaceConflicts(manager, roundId, conflicts);
      await this.audit.record(manager, actor, {
        action: 'panel.replace',
        entityType: 'round',
        entityId: roundId,
        before: {
          members: before.map(({ userId, role, absent }) => ({ userId, role, absent })),
          conflicts: conflictsBefore,
        },
        after: {
          members: members.map(({ userId, role, absent }) => ({ userId, role, absent })),
          conflicts,
        },
      });
      return this.view(manager, actor, context);
    });
  }

  /**
   * Each user once, one head and one deputy at most, active users holding a role fit for their place. A judge
   * holds the judge role where the event is run (at an organising unit or below it, so granted by its
   * organisers or an admin) or province-wide (granted by an admin): an outside expert judges through such a
   * grant, never because an organiser typed their id.
   */
  private async checkMembers(
    manager: EntityManager,
    members: { userId: number; role: PanelRole }[],
    organiserPaths: string[],
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const seen = new Map<number, number>();
    const roleSeen = new Map<PanelRole, number>();
    members.forEach((member, index) => {
      const earlier = seen.get(member.userId);
      if (earlier !== undefined) {
        errors.push({
          path: `members.${index}.userId`,
          message: {
            vi: `trùng với members.${earlier}.userId: mỗi người chỉ có một vị trí trong hội đồng`,
            en: `repeats members.${earlier}.userId: each person holds one place on the panel`,
          },
        });
      } else seen.set(member.userId, index);
      if (member.role === 'head' || member.role === 'deputy') {
        const first = roleSeen.get(member.role);
        if (first !== undefined) {
          errors.push({
            path: `members.${index}.role`,
            message:
              member.role === 'head'
                ? {
                    vi: `hội đồng chỉ có một trưởng ban (đã có members.${first})`,
                    en: `the panel has one head judge (members.${first} is)`,
                  }
                : {
                    vi: `hội đồng chỉ có một phó ban (đã có members.${first})`,
                    en: `the panel has one deputy (members.${first} is)`,
                  },
          });
        } else roleSeen.set(member.role, index);
      }
    });

    const candidates = await this.panels.candidates(manager, [...seen.keys()]);
    members.forEach((member, index) => {
      const candidate = candidates.get(member.userId);
      const path = `members.${index}.userId`;
      if (!candidate) {
        errors.push({ path, message: { vi: 'không có người dùng này', en: 'no such user' } });
      } else if (!candidate.active) {
        errors.push({ path, message: { vi: 'tài khoản đã bị khóa', en: 'the account is deactivated' } });
      } else if (JUDGING_ROLES.includes(member.role) && !candidate.roles.has('judge')) {
        errors.push({
          path,
          message: { vi: 'phải là người có vai trò giám khảo', en: 'must hold the judge role' },
        });
      } else if (
        JUDGING_ROLES.includes(member.role) &&
        !candidate.judgeAt.some((at) => at === null || organiserPaths.some((root) => at.startsWith(root)))
      ) {
        errors.push({
          path,
          message: {
            vi: 'phải có vai trò giám khảo tại một đơn vị tổ chức sự kiện (hoặc cấp dưới), hoặc toàn tỉnh',
            en: 'must hold the judge role at one of the event’s organising units (or below), or province-wide',
          },
        });
      } else if (
        member.role === 'secretary' &&
        !candidate.roles.has('judge') &&
        !candidate.roles.has('organiser')
      ) {
        errors.push({
          path,
          message: {
            vi: 'thư ký phải là người có vai trò giám khảo hoặc ban tổ chức',
            en: 'a secretary must hold the judge or the organiser role',
          },
        });
      }
    });
    return errors;
  }

  /** Each declared relation names a judge of the new panel and an existing participant, once. */
  private async checkConflicts(
    manager: EntityManager,
    members: { userId: number; role: PanelRole }[],
    conflicts: PanelConflictRow[],
  ): Promise<FieldError[]> {
    if (conflicts.length === 0) return [];
    const judges = new Set(members.filter((m) => JUDGING_ROLES.includes(m.role)).map((m) => m.userId));
    const participants = await this.panels.existingParticipants(manager, [
      ...new Set(conflicts.map((conflict) => conflict.participantId)),
    ]);
    const errors: FieldError[] = [];
    const seen = new Map<string, number>();
    conflicts.forEach((conflict, index) => {
      if (!judges.has(conflict.userId)) {
        errors.push({
          path: `conflicts.${index}.userId`,
          message: { vi: 'phải là một giám khảo của hội đồng', en: 'must be a judge of the panel' },
        });
      }
      if (!participants.has(conflict.participantId)) {
        errors.push({
          path: `conflicts.${index}.participantId`,
          message: { vi: 'không có thí sinh này', en: 'no such participant' },
        });
      }
      const key = `${conflict.userId}:${conflict.participantId}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          path: `conflicts.${index}`,
          message: {
            vi: `trùng với conflicts.${earlier} (cùng giám khảo và thí sinh)`,
            en: `repeats conflicts.${earlier} (the same judge and participant)`,
          },
        });
      } else seen.set(key, index);
    });
    return errors;
  }

  /** Organisers see every declared conflict and every recusal with its grounds; a judge only their own. */
  private async view(manager: EntityManager, actor: Actor, context: RoundContext): Promise<PanelView> {
    const [entries, members] = await Promise.all([
      this.materials.entries(manager, context),
      this.materials.panel(manager, context.round.id),
    ]);
    const visibleJudges = context.manages
      ? members
      : members.filter((member) => member.userId === actor.userId);
    const [recusals, conflicts] = await Promise.all([
      this.materials.recusals(manager, context, entries, visibleJudges),
      context.manages ? this.panels.conflicts(manager, context.round.id) : Promise.resolve([]),
    ]);
    const codes = new Map(entries.map((entry) => [entry.entryId, entry.code]));
    return {
      roundId: context.round.id,
      members,
      conflicts,
      recusals: recusals.map((recusal) => ({ ...recusal, entryCode: codes.get(recusal.entryId)! })),
    };
  }
}
