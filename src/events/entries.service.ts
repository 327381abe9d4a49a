import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../common/changed-fields';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { CategoryContext, CompetitionAccess } from '../competition/competition-access';
import { entryCode } from '../competition/entry-code';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { todayInVietnam } from '../participants/participant-rules';
import { CreateEntryDto, EntryQuery, EntryView, UpdateEntryDto } from './dto/entry.dto';
import { Category } from '../competition/entities/category.entity';
import { Entry } from '../competition/entities/entry.entity';
import { ENTRIES_OPEN } from './event-states';
import { ARCHIVED, stateError } from './events.service';
import { EntriesRepository, NewEntry } from './entries.repository';
import { existingIds } from './events.repository';
import { entrantProblem } from './entry-eligibility';
import { defaultEntryLocality } from './entry-locality';

/** An entry as checked, with the path prefix its errors are reported under ('' or 'entries.3.'). */
interface Candidate {
  at: string;
  input: Pick<CreateEntryDto, 'organisationId' | 'localityId' | 'coachUserId' | 'clubId' | 'teamName'> & {
    members?: number[];
  };
}

/**
 * Registration of entries and their changes. Eligibility is checked for every member of every entry at once
 * (age on the reference date, consent to contests, one entry per participant per category, team size) and
 * every problem is reported with its path; nothing is written unless everything is right.
 */
@Injectable()
export class EntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: EntriesRepository,
    private readonly competition: CompetitionAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, categoryId: number, query: EntryQuery): Promise<Page<EntryView>> {
    const { category } = await this.competition.category(
      this.dataSource.manager,
      actor,
      categoryId,
      'manage',
    );
    if (query.organisationId)
      await this.access.visibleOrganisationPath(actor, query.organisationId, 'organisation.read');
    const { items, total } = await this.entries.list(category, query);
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: number): Promise<EntryView> {
    const manager = this.dataSource.manager;
    const { entry, category } = await this.authorized(manager, actor, id);
    const [view] = await this.entries.views(manager, category, [entry]);
    return view;
  }

  /** Registers entries in the category: all of them, or none. */
  async register(
    actor: Actor,
    categoryId: number,
    inputs: CreateEntryDto[],
    bulk: boolean,
  ): Promise<EntryView[]> {
    return inTransaction(this.dataSource, async (manager) => {
      // The category's row lock makes registrations take turns: numbers and "one entry each" hold.
      const context = await this.competition.category(manager, actor, categoryId, 'manage', 'update');
      if (!ENTRIES_OPEN.includes(context.event.state)) throw stateError(ENTRIES_CLOSED);
      const candidates = inputs.map((input, index) => ({ at: bulk ? `entries.${index}.` : '', input }));
      const errors = await this.check(manager, actor, context, candidates);
      if (errors.length > 0) throw invalidFields(errors);

      const { category } = context;
      const localities = await this.defaultLocalities(manager, inputs);
      const rows: NewEntry[] = inputs.map((input, index) => ({
        title: input.title || null,
        teamName: category.format === 'team' ? input.teamName || null : null,
        organisationId: input.organisationId,
        localityId: localities[index],
        coachUserId: input.coachUserId ?? null,
        clubId: input.clubId ?? null,
        advancedFromEntryId: null,
        members: input.members,
      }));
      const created = await this.entries.insert(manager, category, rows);
      for (const [index, entry] of created.entries()) {
        const { members, ...fields } = rows[index];
        await this.audit.record(manager, actor, {
          action: 'create',
          entityType: 'entry',
          entityId: entry.id,
          after: { ...fields, categoryId, code: entryCode(category.code, entry.number), members },
        });
      }
      return this.entries.views(manager, category, created);
    });
  }

  /** Each input's locality: the one it names, else the default (see entry-locality.ts), in two queries. */
  private async defaultLocalities(manager: EntityManager, inputs: CreateEntryDto[]): Promise<number[]> {
    const needing = inputs.filter((input) => input.localityId == null);
    const { participants, organisations } = await this.entries.localitiesOf(
      manager,
      needing.flatMap((input) => input.members),
      needing.map((input) => input.organisationId),
    );
    return inputs.map(
      (input) =>
        input.localityId ??
        defaultEntryLocality(
          input.members.map((id) => participants.get(id) ?? null),
          organisations.get(input.organisationId)!,
        ),
    );
  }

  /**
   * Edits an entry, withdraws or reinstates it. Members change only while entries are open; the rest until a
   * round the entry competes in is locked (after that, a deduction or a disqualification is the tool).
   */
  async update(actor: Actor, id: number, input: UpdateEntryDto): Promise<EntryView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { entry, context } = await this.authorized(manager, actor, id, true);
      const { event, category } = context;
      if (input.version !== undefined && input.version !== entry.version) throw new AppError('conflict');
      if (event.state === 'archived') throw stateError(ARCHIVED);
      const { version: _version, members, withdrawReason, ...fields } = input;
      const changes = changedFields<Entry>(entry, {
        ...fields,
        ...(fields.title !== undefined ? { title: fields.title || null } : {}),
        ...(fields.teamName !== undefined ? { teamName: fields.teamName || null } : {}),
      });
      const currentMembers = await this.entries.memberIds(manager, id);
      const membersChange = members !== undefined && members.join(',') !== currentMembers.join(',');
      if (Object.keys(changes).length === 0 && !membersChange) {
        const [unchanged] = await this.entries.views(manager, category, [entry]);
        return unchanged;
      }
      await this.checkChangeAllowed(manager, entry, changes, membersChange, event.state);

      const reinstated = changes.state === 'active';
      const finalMembers = membersChange ? members : currentMembers;
      const recheck = membersChange || reinstated || Object.keys(changes).some((key) => key !== 'state');
      if (recheck) {
        const errors = await this.check(
          manager,
          actor,
          context,
          [
            {
              at: '',
              input: {
                organisationId: changes.organisationId ?? entry.organisationId,
                localityId: changes.localityId ?? undefined,
                coachUserId: changes.coachUserId ?? undefined,
                clubId: changes.clubId ?? undefined,
                teamName: changes.teamName ?? undefined,
                // Members already entered are checked again only when they come back with a reinstatement.
                members: membersChange || reinstated ? finalMembers : undefined,
              },
            },
          ],
          id,
        );
        if (errors.length > 0) throw invalidFields(errors);
      }
      if (changes.state === 'withdrawn') {
        Object.assign(changes, { withdrawnAt: new Date(), withdrawReason: withdrawReason ?? null });
      }
      if (reinstated) Object.assign(changes, { withdrawnAt: null, withdrawReason: null });
      if (Object.keys(changes).length > 0) await updateVersioned(manager, Entry, id, entry.version, changes);
      const updated = await manager.findOneByOrFail(Entry, { id });
      if (membersChange) await this.entries.replaceMembers(manager, updated, finalMembers);
      else if (changes.state)
        await this.entries.setActiveCategory(manager, id, reinstated ? category.id : null);
      await this.audit.record(manager, actor, {
        action: changes.state === 'withdrawn' ? 'entry.withdraw' : reinstated ? 'entry.reinstate' : 'update',
        entityType: 'entry',
        entityId: id,
        before: { ...entry, members: currentMembers },
        after: { ...changes, ...(membersChange ? { members: finalMembers } : {}) },
      });
      const [view] = await this.entries.views(manager, category, [updated]);
      return view;
    });
  }

  private async checkChangeAllowed(
    manager: EntityManager,
    entry: Entry,
    changes: Partial<Entry>,
    membersChange: boolean,
    eventState: string,
  ): Promise<void> {
    if (membersChange && eventState !== 'open') throw stateError(MEMBERS_FIXED);
    if (changes.state === 'active' && eventState !== 'open') throw stateError(ENTRIES_CLOSED);
    if (!['open', 'judging'].includes(eventState)) throw stateError(ENTRY_FIXED);
    const settled = await this.entries.settledRounds(manager, entry);
    if (settled.length > 0) {
      throw stateError({
        vi: `Vòng "${settled[0].name}" đã khóa nên không thể thay đổi bài dự thi; hãy dùng trừ điểm hoặc truất quyền.`,
        en: `Round "${settled[0].name}" is locked, so the entry cannot change; record a deduction or a disqualification.`,
      });
    }
  }

  /**
   * Every problem with the candidates, with paths: unknown or unreachable participants, eligibility, members
   * entered twice (in the request or already in the category), team size, and the references.
   */
  private async check(
    manager: EntityManager,
    actor: Actor,
    { event, category }: CategoryContext,
    candidates: Candidate[],
    exceptEntryId?: number,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const memberIds = candidates.flatMap(({ input }) => input.members ?? []);
    const [entrants, registered, organisations, localities, clubs, coaches] = await Promise.all([
      this.entries.entrants(manager, memberIds),
      this.entries.registered(manager, category.id, memberIds, exceptEntryId),
      existingIds(
        manager,
        'organisations',
        candidates.map(({ input }) => input.organisationId),
      ),
      existingIds(manager, 'localities', present(candidates.map(({ input }) => input.localityId))),
      existingIds(manager, 'clubs', present(candidates.map(({ input }) => input.clubId))),
      this.entries.coaches(manager, present(candidates.map(({ input }) => input.coachUserId))),
    ]);
    const reach = this.access.scope(actor, 'participant.read');
    const band = {
      minAge: category.minAge,
      maxAge: category.maxAge,
      agesOn: category.ageReferenceDate ?? event.startDate,
    };
    const today = todayInVietnam();
    const seen = new Map<number, string>();
    for (const { at, input } of candidates) {
      const members = input.members;
      if (members !== undefined) {
        if (members.length < category.minMembers || members.length > category.maxMembers)
          errors.push({ path: `${at}members`, message: teamSize(category) });
        members.forEach((participantId, index) => {
          const path = `${at}members.${index}`;
          const entrant = entrants.get(participantId);
          if (!entrant || !covers(reach, entrant.organisationPath)) {
            errors.push({ path, message: UNKNOWN_PARTICIPANT });
            return;
          }
          const problem = entrantProblem(entrant, band, today);
          if (problem) errors.push({ path, message: problem.message });
          const number = registered.get(participantId);
          if (number !== undefined) {
            const code = entryCode(category.code, number);
            errors.push({
              path,
              message: {
                vi: `đã đăng ký ở nội dung thi này (bài ${code}); mỗi người chỉ một bài dự thi`,
                en: `is already entered in this category (${code}); one entry per participant`,
              },
            });
          }
          const earlier = seen.get(participantId);
          if (earlier !== undefined) {
            errors.push({
              path,
              message: {
                vi: `đã có ở ${earlier} trong cùng yêu cầu`,
                en: `also appears at ${earlier} in this request`,
              },
            });
          } else seen.set(participantId, path);
        });
      }
      if (!organisations.has(input.organisationId))
        errors.push({ path: `${at}organisationId`, message: DOES_NOT_EXIST });
      if (input.localityId !== undefined && !localities.has(input.localityId))
        errors.push({ path: `${at}localityId`, message: DOES_NOT_EXIST });
      if (input.clubId !== undefined && !clubs.has(input.clubId))
        errors.push({ path: `${at}clubId`, message: DOES_NOT_EXIST });
      if (input.coachUserId !== undefined && !coaches.has(input.coachUserId))
        errors.push({
          path: `${at}coachUserId`,
          message: {
            vi: 'phải là người dùng có vai trò huấn luyện viên',
            en: 'must be a user holding the coach role',
          },
        });
      if (input.teamName && category.format !== 'team')
        errors.push({
          path: `${at}teamName`,
          message: { vi: 'chỉ dùng cho nội dung đồng đội', en: 'is for team categories only' },
        });
    }
    return errors;
  }

  /** The entry, when the caller runs its event (404 when out of reach, 403 when only a reader). */
  private async authorized(
    manager: EntityManager,
    actor: Actor,
    id: number,
    lock = false,
  ): Promise<{ entry: Entry; category: Category; context: CategoryContext }> {
    const found = await manager.findOneBy(Entry, { id });
    if (!found) throw new AppError('not_found');
    const context = await this.competition.category(
      manager,
      actor,
      found.categoryId,
      'manage',
      lock ? 'update' : undefined,
    );
    // Read again under the category's lock, so the checks see the entry as it is now.
    const entry = lock ? await manager.findOneByOrFail(Entry, { id }) : found;
    return { entry, category: context.category, context };
  }
}

function present(values: (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => value !== null && value !== undefined);
}

function teamSize({ minMembers, maxMembers, format }: Category): LocalisedText {
  if (format === 'individual')
    return { vi: 'bài dự thi cá nhân có đúng 1 người', en: 'an individual entry has exactly 1 member' };
  return {
    vi: `đội phải có từ ${minMembers} đến ${maxMembers} thành viên`,
    en: `a team must have ${minMembers} to ${maxMembers} members`,
  };
}

const DOES_NOT_EXIST: LocalisedText = { vi: 'không tồn tại', en: 'does not exist' };
const UNKNOWN_PARTICIPANT: LocalisedText = {
  vi: 'không tìm thấy người tham gia này trong phạm vi của bạn',
  en: 'no such participant within your reach',
};
const ENTRIES_CLOSED: LocalisedText = {
  vi: 'Sự kiện không trong thời gian nhận đăng ký.',
  en: 'The event is not open for entries.',
};
const MEMBERS_FIXED: LocalisedText = {
  vi: 'Chỉ thay đổi thành viên khi sự kiện đang nhận đăng ký.',
  en: 'Members can change only while the event is open for entries.',
};
const ENTRY_FIXED: LocalisedText = {
  vi: 'Bài dự thi không thể thay đổi ở trạng thái hiện tại của sự kiện.',
  en: 'The entry cannot change in the event’s current state.',
};
