import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Category } from '../../src/competition/entities/category.entity';
import { EntryMember } from '../../src/competition/entities/entry-member.entity';
import { Entry } from '../../src/competition/entities/entry.entity';
import { EventOrganisation } from '../../src/competition/entities/event-organisation.entity';
import { Event, EventLevel, EventState } from '../../src/competition/entities/event.entity';
import { Round, RoundCriterion } from '../../src/competition/entities/round.entity';
import { PanelMember, PanelRole } from '../../src/competition/entities/panel-member.entity';
import { Organisation } from '../../src/organisations/entities/organisation.entity';
import { Consent, ConsentScope } from '../../src/participants/entities/consent.entity';
import { Participant } from '../../src/participants/entities/participant.entity';
import { User } from '../../src/users/entities/user.entity';
import { Factories, vietnameseName } from './factories';

export const DEFAULT_CRITERIA: RoundCriterion[] = [
  { code: 'technique', name: 'Kỹ thuật', min: '0', max: '10', step: '0.25', weight: '1' },
  { code: 'expression', name: 'Biểu cảm', min: '0', max: '10', step: '0.25', weight: '1' },
  { code: 'stage', name: 'Phong cách sân khấu', min: '0', max: '10', step: '0.25', weight: '1' },
];

export interface ContestOptions {
  /** The organising unit; a new one under the youth union's root by default. */
  organisationId?: number;
  state?: EventState;
  level?: EventLevel;
  event?: Partial<Pick<Event, 'name' | 'localityId' | 'startDate' | 'endDate'>>;
  category?: Partial<Pick<Category, 'format' | 'minMembers' | 'maxMembers' | 'prizes' | 'minAge' | 'maxAge'>>;
  round?: Partial<
    Pick<Round, 'criteria' | 'method' | 'basis' | 'decimals' | 'tieBreaks' | 'spreadLimit' | 'advancement'>
  >;
  /** How many individual entries to register (each a new participant). */
  entries?: number;
  /** Consent scopes recorded for each entrant (guardian and own). */
  consentScopes?: ConsentScope[];
}

export interface Contest {
  organisation: Organisation;
  event: Event;
  category: Category;
  round: Round;
  entries: Entry[];
  participants: Participant[];
}

/**
 * Rows for competition tests, inserted directly so a judging or results test states only what matters to it:
 * an event in judging with one category, one round and individual entries whose entrants gave their consents.
 */
export class CompetitionFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly factories: Factories,
  ) {}

  async contest(options: ContestOptions = {}): Promise<Contest> {
    const manager = this.dataSource.manager;
    const organisation = options.organisationId
      ? await manager.findOneByOrFail(Organisation, { id: options.organisationId })
      : await this.factories.organisation();
    const event = await manager.save(
      manager.create(Event, {
        name: `Hội thi Tài năng nhí ${randomInt(10000)}`,
        kind: 'contest',
        level: options.level ?? 'district',
        venue: 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh',
        localityId: null,
        startDate: '2026-06-01',
        endDate: '2026-06-02',
        description: null,
        state: options.state ?? 'judging',
        ...options.event,
      }),
    );
    await manager.insert(EventOrganisation, {
      eventId: event.id,
      organisationId: organisation.id,
      position: 1,
    });
    const disciplineId = await this.factories.subDisciplineId();
    const category = await manager.save(
      manager.create(Category, {
        eventId: event.id,
        code: 'A',
        name: 'Bảng A',
        disciplineId,
        minAge: options.category?.minAge ?? null,
        maxAge: options.category?.maxAge ?? null,
        ageReferenceDate: null,
        format: options.category?.format ?? 'individual',
        minMembers: options.category?.minMembers ?? 1,
        maxMembers: options.category?.maxMembers ?? 1,
        prizes: options.category?.prizes ?? [
          { prize: 'first', count: 1 },
          { prize: 'second', count: 1 },
          { prize: 'third', count: 1 },
        ],
      }),
    );
    const round = await this.round(category, 1, options.round);
    const participants: Participant[] = [];
    const entries: Entry[] = [];
    for (let i = 0; i < (options.entries ?? 3); i++) {
      const participant = await this.participant(organisation.id, {
        consentScopes: options.consentScopes,
      });
      participants.push(participant);
      entries.push(await this.entry(category, [participant.id], { organisationId: organisation.id }));
    }
    return { organisation, event, category, round, entries, participants };
  }

  async round(category: Category, position: number, overrides: ContestOptions['round'] = {}): Promise<Round> {
    return this.dataSource.manager.save(
      this.dataSource.manager.create(Round, {
        categoryId: category.id,
        position,
        name: position === 1 ? 'Vòng sơ khảo' : `Vòng ${position}`,
        criteria: DEFAULT_CRITERIA,
        method: { kind: 'mean' },
        basis: 'totals',
        decimals: 2,
        tieBreaks: [],
        spreadLimit: null,
        advancement: null,
        standingWeight: null,
        ...overrides,
      }),
    );
  }

  /** A child of 10 registered by the unit, with the guardian's and their own consent for the given scopes. */
  async participant(
    organisationId: number,
    options: { dateOfBirth?: string; consentScopes?: ConsentScope[] } = {},
  ): Promise<Participant> {
    const manager = this.dataSource.manager;
    const participant = await manager.save(
      manager.create(Participant, {
        fullName: vietnameseName('child'),
        gender: randomInt(2) === 0 ? 'female' : 'male',
        dateOfBirth: options.dateOfBirth ?? '2016-03-15',
        homeLocalityId: null,
        school: null,
        guardianName: vietnameseName(),
        guardianRelationship: 'mẹ',
        guardianPhone: '0912345678',
        organisationId,
        importId: null,
        anonymisedAt: null,
      }),
    );
    const scopes = options.consentScopes ?? ['registry', 'contests', 'publication'];
    if (scopes.length > 0) {
      for (const kind of ['guardian', 'participant'] as const) {
        await manager.insert(Consent, {
          participantId: participant.id,
          kind,
          givenBy: kind === 'guardian' ? participant.guardianName! : participant.fullName,
          relationship: kind === 'guardian' ? 'mẹ' : null,
          givenOn: '2026-01-10',
          method: 'paper',
          scopes,
          recordedById: null,
        });
      }
    }
    return participant;
  }

  async entry(
    category: Category,
    participantIds: number[],
    fields: Partial<Pick<Entry, 'organisationId' | 'coachUserId' | 'clubId' | 'title'>> & {
      organisationId: number;
    },
  ): Promise<Entry> {
    const manager = this.dataSource.manager;
    const { nextEntryNumber: number } = await manager.findOneByOrFail(Category, { id: category.id });
    await manager.update(Category, { id: category.id }, { nextEntryNumber: number + 1 });
    const entry = await manager.save(
      manager.create(Entry, {
        categoryId: category.id,
        number,
        title: fields.title ?? 'Bản nhạc',
        teamName: null,
        organisationId: fields.organisationId,
        localityId: null,
        coachUserId: fields.coachUserId ?? null,
        clubId: fields.clubId ?? null,
        advancedFromEntryId: null,
      }),
    );
    await manager.insert(
      EntryMember,
      participantIds.map((participantId) => ({
        entryId: entry.id,
        participantId,
        activeCategoryId: category.id,
      })),
    );
    return entry;
  }

  /** A user holding the judge role (or organiser, for a secretary) placed on the round's panel. */
  async panelMember(
    round: Round,
    role: PanelRole = 'member',
    options: { absent?: boolean; organisationId?: number | null } = {},
  ): Promise<User & { password: string }> {
    const user = await this.factories.user({
      roles: [{ role: 'judge', organisationId: options.organisationId ?? null }],
    });
    await this.dataSource.manager.insert(PanelMember, {
      roundId: round.id,
      userId: user.id,
      role,
      absent: options.absent ?? false,
    });
    return user;
  }

  /** An organiser of the unit (they manage its events). */
  organiser(organisationId: number): Promise<User & { password: string }> {
    return this.factories.user({ roles: [{ role: 'organiser', organisationId }] });
  }
}
