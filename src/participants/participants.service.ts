import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers, isEmpty, Scope } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { BoardGeneration } from '../generations/board-generation';
import { changedFields } from '../common/changed-fields';
import { AppError, FieldError, invalidField, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { violatedUniqueIndex } from '../database/unique-violation';
import { updateVersioned } from '../database/versioned-update';
import { DisciplinesService } from '../disciplines/disciplines.service';
import { LocalitiesService } from '../localities/localities.service';
import { ResultsRepository } from '../results/results.repository';
import { consentDateProblem, ConsentPurpose, missingConsents } from './consent-rules';
import {
  BulkConsentItemDto,
  ConsentCheckView,
  ConsentView,
  RecordConsentDto,
  RecordedConsentView,
} from './dto/consent.dto';
import {
  CreateParticipantDto,
  ParticipantQuery,
  ParticipantView,
  UpdateParticipantDto,
} from './dto/participant.dto';
import { Consent } from './entities/consent.entity';
import { NAMESAKE_INDEX, Participant } from './entities/participant.entity';
import { ageOn, dateOfBirthProblem, normalisePhone, todayInVietnam } from './participant-rules';
import { ParticipantRow, ParticipantsRepository } from './participants.repository';

/** Fields of a child's personal data: masked in the audit log, absent from a limited view, erased on anonymisation. */
export const PERSONAL_FIELDS = [
  'fullName',
  'dateOfBirth',
  'school',
  'guardianName',
  'guardianRelationship',
  'guardianPhone',
  'namesakeKey',
] as const;
const CONSENT_PERSONAL_FIELDS = ['givenBy', 'relationship'];

type ViewLevel = 'full' | 'limited';

/**
 * The registry of participants. Organisers register and manage the participants of their units; judges see
 * them without date of birth, guardian or phone; admins see and manage all, and alone anonymise.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly participants: ParticipantsRepository,
    private readonly localities: LocalitiesService,
    private readonly disciplines: DisciplinesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly results: ResultsRepository,
    private readonly boardGeneration: BoardGeneration,
  ) {}

  async list(actor: Actor, query: ParticipantQuery): Promise<Page<ParticipantView> & { totalCapped?: true }> {
    const full = this.access.scope(actor, 'participant.read');
    const visible = union(full, this.access.scope(actor, 'participant.read_limited'));
    if (isEmpty(visible)) throw new AppError('forbidden');
    if (query.organisationId) {
      const path = await this.access.visibleOrganisationPath(
        actor,
        query.organisationId,
        'organisation.read',
      );
      if (!covers(visible, path)) throw new AppError('not_found');
    }
    const { rows, total, totalCapped } = await this.participants.list(visible, full, query, todayInVietnam());
    return { ...pageOf(await this.views(actor, rows), total, query), ...(totalCapped && { totalCapped }) };
  }

  async get(actor: Actor, id: number): Promise<ParticipantView> {
    const row = await this.participants.find(this.dataSource.manager, id);
    const level = row && (await this.level(this.dataSource.manager, actor, row));
    if (!row || !level) throw new AppError('not_found');
    const disciplineIds = await this.participants.disciplineIds(this.dataSource.manager, [id]);
    return this.view(row.participant, disciplineIds.get(id)!, level);
  }

  /**
   * Participants registered by the unit at `organisationPath` or below it whose name matches `q`: the children
   * a coach may add to that unit's club. Name and date of birth only, enough to tell namesakes apart.
   */
  async searchWithin(
    organisationPath: string,
    query: { q: string; page: number; pageSize: number; offset: number },
  ): Promise<Page<{ participantId: number; fullName: string; dateOfBirth: string | null }>> {
    const within: Scope = { everywhere: false, paths: [organisationPath] };
    const { rows, total } = await this.participants.list(within, within, query, todayInVietnam());
    const items = rows
      .filter((row) => !row.participant.anonymisedAt)
      .map(({ participant }) => ({
        participantId: participant.id,
        fullName: participant.fullName,
        dateOfBirth: participant.dateOfBirth,
      }));
    return pageOf(items, total, query);
  }

  /**
   * A participant that may join a club run by the unit at `clubOrganisationPath`: one the caller sees in full,
   * or one registered by that unit or below it (how a coach adds the unit's children). 404 otherwise.
   */
  async reachableFrom(
    manager: EntityManager,
    actor: Actor,
    id: number,
    clubOrganisationPath: string,
  ): Promise<Participant> {
    const row = await this.participants.find(manager, id);
    if (!row) throw new AppError('not_found');
    const reachable =
      (await this.level(manager, actor, row)) === 'full' ||
      row.organisationPath.startsWith(clubOrganisationPath);
    if (!reachable) throw new AppError('not_found');
    if (row.participant.anonymisedAt) throw anonymised();
    return row.participant;
  }

  async create(actor: Actor, input: CreateParticipantDto): Promise<ParticipantView> {
    await this.access.visibleOrganisationPath(
      actor,
      input.organisationId,
      'organisation.read',
      'participant.manage',
    );
    const values = {
      fullName: input.fullName,
      gender: input.gender,
      dateOfBirth: input.dateOfBirth,
      homeLocalityId: input.homeLocalityId ?? null,
      school: input.school || null,
      guardianName: input.guardianName || null,
      guardianRelationship: input.guardianRelationship || null,
      guardianPhone: this.phone(input.guardianPhone),
      organisationId: input.organisationId,
    };
    this.checkDateOfBirth(values.dateOfBirth);
    const disciplineIds = input.disciplineIds ?? [];
    const namesakeKey = input.allowDuplicate ? null : values.fullName;
    const id = await inTransaction(this.dataSource, async (manager) => {
      await this.checkReferences(manager, values.homeLocalityId, disciplineIds);
      if (namesakeKey !== null) await this.refuseNamesake(manager, values.fullName, values.dateOfBirth);
      const created = await this.participants.insert(manager, { ...values, namesakeKey }, disciplineIds);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'participant',
        entityId: created,
        after: { ...values, disciplineIds },
        personalFields: PERSONAL_FIELDS,
      });
      return created;
    }).catch((error: unknown) => this.namesakeCollision(error, values.fullName, values.dateOfBirth));
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, input: UpdateParticipantDto): Promise<ParticipantView> {
    await inTransaction(this.dataSource, async (manager) => {
      const { participant } = await this.manageable(manager, actor, id, true);
      if (input.version !== undefined && input.version !== participant.version)
        throw new AppError('conflict');
      const { disciplineIds, version: _version, ...fields } = input;
      const changes = changedFields<Participant>(participant, {
        ...fields,
        ...(fields.guardianPhone !== undefined && { guardianPhone: this.phone(fields.guardianPhone) }),
        ...(fields.school === '' && { school: null }),
      });
      const currentDisciplines = (await this.participants.disciplineIds(manager, [id])).get(id)!;
      const disciplinesChange = disciplineIds !== undefined && !sameSet(disciplineIds, currentDisciplines);
      if (Object.keys(changes).length === 0 && !disciplinesChange) return;

      if (changes.dateOfBirth) this.checkDateOfBirth(changes.dateOfBirth);
      await this.checkReferences(
        manager,
        changes.homeLocalityId ?? null,
        disciplinesChange ? disciplineIds : [],
      );
      const identityChange = changes.fullName !== undefined || changes.dateOfBirth !== undefined;
      const fullName = changes.fullName ?? participant.fullName;
      const dateOfBirth = changes.dateOfBirth ?? participant.dateOfBirth!;
      if (identityChange) await this.refuseNamesake(manager, fullName, dateOfBirth, id);
      if (Object.keys(changes).length > 0) {
        // A record that passed the duplicate rule again counts for it under its new name.
        const namesakeKey = identityChange ? { namesakeKey: fullName } : {};
        await updateVersioned(manager, Participant, id, participant.version, { ...changes, ...namesakeKey });
      }
      if (changes.fullName !== undefined) {
        await this.participants.replaceNameKeys(manager, id, changes.fullName, participant.organisationId);
      }
      if (disciplinesChange) await this.participants.replaceDisciplines(manager, id, disciplineIds);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'participant',
        entityId: id,
        before: { ...participant, ...(disciplinesChange && { disciplineIds: currentDisciplines }) },
        after: { ...changes, ...(disciplinesChange && { disciplineIds }) },
        personalFields: PERSONAL_FIELDS,
      });
      await this.boardGeneration.afterCommitForPeople(manager);
    }).catch((error: unknown) =>
      this.namesakeCollision(error, input.fullName ?? '', input.dateOfBirth ?? '', id),
    );
    return this.get(actor, id);
  }

  async consents(actor: Actor, id: number): Promise<ConsentView[]> {
    await this.fullyVisible(this.dataSource.manager, actor, id);
    return (await this.participants.consents(this.dataSource.manager, id)).map(consentView);
  }

  async recordConsent(actor: Actor, id: number, input: RecordConsentDto): Promise<ConsentView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { participant } = await this.manageable(manager, actor, id, true);
      const problem = consentDateProblem(input.givenOn, todayInVietnam(), participant.dateOfBirth);
      if (problem) throw invalidField('givenOn', problem);
      const consent = await manager.save(
        manager.create(Consent, {
          participantId: id,
          kind: input.kind,
          givenBy: input.givenBy,
          relationship: input.relationship ?? null,
          givenOn: input.givenOn,
          method: input.method,
          scopes: input.scopes,
          recordedById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'consent.record',
        entityType: 'participant',
        entityId: id,
        after: {
          consentId: consent.id,
          kind: consent.kind,
          givenBy: consent.givenBy,
          method: consent.method,
          scopes: consent.scopes,
        },
        personalFields: CONSENT_PERSONAL_FIELDS,
      });
      await this.boardGeneration.afterCommitForPeople(manager);
      return consentView(await manager.findOneByOrFail(Consent, { id: consent.id }));
    });
  }

  /**
   * Many consents at once (a class's paper forms): all of them, or none with every problem named by its item
   * (`items.3.givenOn`). A participant out of the caller's reach reads as unknown, as in a single request.
   */
  async recordConsents(actor: Actor, items: BulkConsentItemDto[]): Promise<RecordedConsentView[]> {
    this.access.requireSomewhere(actor, 'participant.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const targets = await this.participants.consentTargets(manager, [
        ...new Set(items.map((item) => item.participantId)),
      ]);
      const reach = this.access.scope(actor, 'participant.manage');
      const today = todayInVietnam();
      const errors: FieldError[] = [];
      items.forEach((item, index) => {
        const target = targets.get(item.participantId);
        if (!target || !covers(reach, target.organisationPath)) {
          errors.push({ path: `items.${index}.participantId`, message: UNKNOWN_PARTICIPANT });
          return;
        }
        if (target.anonymised)
          errors.push({ path: `items.${index}.participantId`, message: ANONYMISED_PARTICIPANT });
        const problem = consentDateProblem(item.givenOn, today, target.dateOfBirth);
        if (problem) errors.push({ path: `items.${index}.givenOn`, message: problem });
      });
      if (errors.length > 0) throw invalidFields(errors);

      const { identifiers } = await manager.insert(
        Consent,
        items.map((item) => ({
          participantId: item.participantId,
          kind: item.kind,
          givenBy: item.givenBy,
          relationship: item.relationship ?? null,
          givenOn: item.givenOn,
          method: item.method,
          scopes: item.scopes,
          recordedById: actor.userId,
        })),
      );
      const ids = identifiers.map((identifier) => Number(identifier.id));
      for (const [index, item] of items.entries()) {
        await this.audit.record(manager, actor, {
          action: 'consent.record',
          entityType: 'participant',
          entityId: item.participantId,
          after: {
            consentId: ids[index],
            kind: item.kind,
            givenBy: item.givenBy,
            method: item.method,
            scopes: item.scopes,
          },
          personalFields: CONSENT_PERSONAL_FIELDS,
        });
      }
      await this.boardGeneration.afterCommitForPeople(manager);
      const stored = new Map(
        (await manager.findBy(Consent, { id: In(ids) })).map((consent) => [consent.id, consent]),
      );
      return ids.map((id) => {
        const consent = stored.get(id)!;
        return { ...consentView(consent), participantId: consent.participantId };
      });
    });
  }

  /** Withdrawal takes effect at once: from this moment the consent no longer counts. */
  async withdrawConsent(actor: Actor, id: number, consentId: number, reason?: string): Promise<ConsentView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.manageable(manager, actor, id, true);
      const consent = await manager.findOneBy(Consent, { id: consentId, participantId: id });
      if (!consent) throw new AppError('not_found');
      if (consent.withdrawnAt) {
        throw new AppError('conflict', {
          detail: { vi: 'Sự đồng ý này đã được rút.', en: 'This consent was already withdrawn.' },
        });
      }
      await manager.update(
        Consent,
        { id: consentId },
        {
          withdrawnAt: () => 'CURRENT_TIMESTAMP(3)',
          withdrawnById: actor.userId,
          withdrawalReason: reason ?? null,
        },
      );
      await this.audit.record(manager, actor, {
        action: 'consent.withdraw',
        entityType: 'participant',
        entityId: id,
        after: { consentId, kind: consent.kind, scopes: consent.scopes, reason: reason ?? null },
      });
      await this.boardGeneration.afterCommitForPeople(manager);
      return consentView(await manager.findOneByOrFail(Consent, { id: consentId }));
    });
  }

  /** Whether the consents a purpose needs are all given; 409 naming what is missing otherwise. */
  async checkConsent(actor: Actor, id: number, purpose: ConsentPurpose): Promise<ConsentCheckView> {
    const row = await this.participants.find(this.dataSource.manager, id);
    if (!row || !(await this.level(this.dataSource.manager, actor, row))) throw new AppError('not_found');
    await this.requireConsent(this.dataSource.manager, row.participant, purpose);
    return { purpose, satisfied: true };
  }

  /**
   * For other features (entering an event, joining a club, publishing results, shortlisting): 409 naming
   * the consents the purpose needs that are missing or withdrawn.
   */
  async requireConsent(
    manager: EntityManager,
    participant: Participant,
    purpose: ConsentPurpose,
  ): Promise<void> {
    if (participant.anonymisedAt || !participant.dateOfBirth) throw anonymised();
    const active = await this.participants.activeConsents(manager, participant.id);
    const missing = missingConsents(purpose, ageOn(participant.dateOfBirth, todayInVietnam()), active);
    if (missing.length === 0) return;
    const describe = (language: 'vi' | 'en') =>
      missing
        .map(({ kind, scope }) =>
          language === 'vi'
            ? `sự đồng ý của ${kind === 'guardian' ? 'người giám hộ' : 'chính người tham gia'} cho "${scope}"`
            : `the ${kind === 'guardian' ? "guardian's" : "participant's own"} consent to "${scope}"`,
        )
        .join('; ');
    throw new AppError('consent_missing', {
      detail: { vi: `Còn thiếu: ${describe('vi')}.`, en: `Missing: ${describe('en')}.` },
      extensions: { missingConsents: missing },
    });
  }

  /** Everything held on the person, for a data-subject request. */
  async export(actor: Actor, id: number): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const { participant } = await this.manageable(manager, actor, id);
    const disciplineIds = (await this.participants.disciplineIds(manager, [id])).get(id)!;
    return {
      exportedAt: new Date().toISOString(),
      participant: this.view(participant, disciplineIds, 'full'),
      disciplines: await this.participants.disciplines(manager, disciplineIds),
      consents: (await this.participants.consents(manager, id)).map(consentView),
      ...(await this.participants.activities(manager, id)),
      results: await this.results.participantResults(id),
      auditTrail: await this.participants.auditTrail(manager, id),
    };
  }

  /**
   * Erases the personal fields (name, date of birth, school, guardian; the names on consents) and the
   * name search keys. The row stays, unlinked from the person, so results and statistics keep counting it.
   */
  async anonymise(actor: Actor, id: number): Promise<ParticipantView> {
    await inTransaction(this.dataSource, async (manager) => {
      const row = await this.participants.find(manager, id, true);
      if (!row) throw new AppError('not_found');
      this.access.authorize(actor, row.organisationPath, 'participant.read', 'participant.anonymise');
      if (row.participant.anonymisedAt) throw anonymised();
      const erased = Object.fromEntries(
        PERSONAL_FIELDS.map((field) => [field, field === 'fullName' ? '' : null]),
      );
      await updateVersioned(manager, Participant, id, row.participant.version, {
        ...erased,
        anonymisedAt: () => 'CURRENT_TIMESTAMP(3)',
      });
      await this.participants.replaceNameKeys(manager, id, '', row.participant.organisationId);
      await manager.update(Consent, { participantId: id }, { givenBy: '', relationship: null });
      await this.audit.record(manager, actor, {
        action: 'anonymise',
        entityType: 'participant',
        entityId: id,
      });
      await this.boardGeneration.afterCommitForPeople(manager);
    });
    return this.get(actor, id);
  }

  /** The caller's view of a participant by scope: full, limited (no date of birth, guardian or phone) or none. */
  levelFor(actor: Actor, organisationPath: string): ViewLevel | undefined {
    if (covers(this.access.scope(actor, 'participant.read'), organisationPath)) return 'full';
    if (covers(this.access.scope(actor, 'participant.read_limited'), organisationPath)) return 'limited';
    return undefined;
  }

  /** As levelFor, and coaches see their trainees (present or past members of a club they coach) in full. */
  async level(manager: EntityManager, actor: Actor, row: ParticipantRow): Promise<ViewLevel | undefined> {
    const byScope = this.levelFor(actor, row.organisationPath);
    if (byScope === 'full') return byScope;
    const coach = actor.roles.some((held) => held.role === 'coach');
    if (coach && (await this.participants.coachedBy(manager, actor.userId, row.participant.id)))
      return 'full';
    return byScope;
  }

  private async views(actor: Actor, rows: ParticipantRow[]): Promise<ParticipantView[]> {
    const disciplineIds = await this.participants.disciplineIds(
      this.dataSource.manager,
      rows.map((row) => row.participant.id),
    );
    return rows.map((row) =>
      this.view(
        row.participant,
        disciplineIds.get(row.participant.id)!,
        this.levelFor(actor, row.organisationPath)!,
      ),
    );
  }

  private view(participant: Participant, disciplineIds: number[], level: ViewLevel): ParticipantView {
    const view: ParticipantView = {
      id: participant.id,
      fullName: participant.fullName,
      gender: participant.gender,
      homeLocalityId: participant.homeLocalityId,
      school: participant.school,
      organisationId: participant.organisationId,
      disciplineIds,
      anonymised: participant.anonymisedAt !== null,
      version: participant.version,
      createdAt: participant.createdAt,
      updatedAt: participant.updatedAt,
    };
    if (level === 'full') {
      view.dateOfBirth = participant.dateOfBirth;
      view.guardianName = participant.guardianName;
      view.guardianRelationship = participant.guardianRelationship;
      view.guardianPhone = participant.guardianPhone;
    }
    return view;
  }

  /** A participant the actor fully sees (404 otherwise) and manages (403 otherwise), not anonymised. */
  private async manageable(
    manager: EntityManager,
    actor: Actor,
    id: number,
    lock = false,
  ): Promise<ParticipantRow> {
    const row = await this.fullyVisible(manager, actor, id, lock);
    this.access.authorize(actor, row.organisationPath, 'participant.read', 'participant.manage');
    if (row.participant.anonymisedAt) throw anonymised();
    return row;
  }

  /** 404 unless the actor may see every field of the participant. A limited viewer gets 403: it knows the record. */
  async fullyVisible(
    manager: EntityManager,
    actor: Actor,
    id: number,
    lock = false,
  ): Promise<ParticipantRow> {
    const row = await this.participants.find(manager, id, lock);
    const level = row && (await this.level(manager, actor, row));
    if (!row || !level) throw new AppError('not_found');
    if (level !== 'full') throw new AppError('forbidden');
    return row;
  }

  private checkDateOfBirth(dateOfBirth: string): void {
    const problem = dateOfBirthProblem(dateOfBirth, todayInVietnam());
    if (problem) throw invalidField('dateOfBirth', problem);
  }

  private phone(value: string | null | undefined): string | null {
    if (value === undefined || value === null || value === '') return null;
    const phone = normalisePhone(value);
    if (!phone) {
      throw invalidField('guardianPhone', {
        vi: 'phải là số điện thoại Việt Nam gồm 10 hoặc 11 chữ số (ví dụ 0912345678)',
        en: 'must be a Vietnamese phone number of 10 or 11 digits (e.g. 0912345678)',
      });
    }
    return phone;
  }

  private async checkReferences(
    manager: EntityManager,
    homeLocalityId: number | null,
    disciplineIds: number[],
  ): Promise<void> {
    if (homeLocalityId !== null) await this.localities.requireExisting(manager, homeLocalityId);
    await this.disciplines.requireExisting(manager, disciplineIds);
  }

  private async refuseNamesake(
    manager: EntityManager,
    fullName: string,
    dateOfBirth: string,
    exceptId?: number,
  ): Promise<void> {
    const existingId = await this.participants.findNamesake(manager, fullName, dateOfBirth, exceptId);
    if (existingId !== undefined) throw duplicate(existingId);
  }

  /**
   * A registration that lost the race to a concurrent one of the same child: the unique key refused it.
   * The winner is read after the rollback, when it is visible.
   */
  private async namesakeCollision(
    error: unknown,
    fullName: string,
    dateOfBirth: string,
    exceptId?: number,
  ): Promise<never> {
    if (violatedUniqueIndex(error) !== NAMESAKE_INDEX) throw error;
    const existingId =
      fullName && dateOfBirth
        ? await this.participants.findNamesake(this.dataSource.manager, fullName, dateOfBirth, exceptId)
        : undefined;
    throw existingId === undefined ? new AppError('conflict', { cause: error }) : duplicate(existingId);
  }
}

function duplicate(existingId: number): AppError {
  return new AppError('duplicate_participant', { params: { existingId }, extensions: { existingId } });
}

function union(a: Scope, b: Scope): Scope {
  if (a.everywhere || b.everywhere) return { everywhere: true };
  return { everywhere: false, paths: [...new Set([...a.paths, ...b.paths])] };
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function anonymised(): AppError {
  return new AppError('conflict', {
    detail: { vi: 'Hồ sơ này đã được ẩn danh.', en: 'This record has been anonymised.' },
  });
}

function consentView(consent: Consent): ConsentView {
  const {
    participantId: _participantId,
    participant: _participant,
    withdrawnById: _withdrawnById,
    ...view
  } = consent;
  return view;
}

const UNKNOWN_PARTICIPANT: LocalisedText = {
  vi: 'không có người tham gia này, hoặc không thuộc đơn vị bạn quản lý',
  en: 'no such participant among those you manage',
};
const ANONYMISED_PARTICIPANT: LocalisedText = {
  vi: 'hồ sơ này đã được ẩn danh',
  en: 'this record has been anonymised',
};
