import { DataSource } from 'typeorm';
import { AssessmentCriterion } from '../src/assessments/entities/assessment-criterion.entity';
import { AssessmentRubric } from '../src/assessments/entities/assessment-rubric.entity';
import { AssessmentScore } from '../src/assessments/entities/assessment-score.entity';
import { Assessment } from '../src/assessments/entities/assessment.entity';
import { Club } from '../src/clubs/entities/club.entity';
import { Category } from '../src/competition/entities/category.entity';
import { EntryMember } from '../src/competition/entities/entry-member.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Event, EventLevel } from '../src/competition/entities/event.entity';
import { Round } from '../src/competition/entities/round.entity';
import { Consent, ConsentScope } from '../src/participants/entities/consent.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { prizedEntries, ResultSnapshot } from '../src/results/entities/result-snapshot.entity';
import { DEFAULT_CRITERIA } from './support/competition-factory';
import { vietnameseName } from './support/factories';

export const PRIZES = [
  { prize: 'Giải Nhất', count: 1 },
  { prize: 'Giải Nhì', count: 1 },
  { prize: 'Giải Ba', count: 1 },
  { prize: 'Khuyến khích', count: 2 },
];

/**
 * Evidence for shortlist tests written straight into the tables: children with consents, rounds with a
 * publication in the shape publication stores (only what the build reads: entries with rank and prize),
 * coaches' assessments. Publishing through judging has tests of its own.
 */
export class ShortlistWorld {
  constructor(
    private readonly dataSource: DataSource,
    readonly organisationId: number,
    readonly publisherId: number,
  ) {}

  async discipline(code: string): Promise<number> {
    const [row] = await this.dataSource.query<{ id: number }[]>('SELECT id FROM disciplines WHERE code = ?', [
      code,
    ]);
    return Number(row.id);
  }

  async child(fields: {
    dateOfBirth: string;
    gender: 'female' | 'male';
    homeLocalityId: number;
    shortlisting?: boolean;
  }): Promise<Participant> {
    const manager = this.dataSource.manager;
    const participant = await manager.save(
      manager.create(Participant, {
        fullName: vietnameseName('child'),
        gender: fields.gender,
        dateOfBirth: fields.dateOfBirth,
        homeLocalityId: fields.homeLocalityId,
        school: null,
        guardianName: vietnameseName(),
        guardianRelationship: 'mẹ',
        guardianPhone: '0912345678',
        organisationId: this.organisationId,
        importId: null,
        anonymisedAt: null,
      }),
    );
    const scopes: ConsentScope[] = ['registry', 'contests', 'publication'];
    if (fields.shortlisting !== false) scopes.push('shortlisting');
    for (const kind of ['guardian', 'participant'] as const) {
      await manager.insert(Consent, {
        participantId: participant.id,
        kind,
        givenBy: kind === 'guardian' ? participant.guardianName! : participant.fullName,
        relationship: kind === 'guardian' ? 'mẹ' : null,
        givenOn: '2025-01-10',
        method: 'paper',
        scopes,
        recordedById: null,
      });
    }
    return participant;
  }

  /** A published round: `ranking` lists each entry's members, rank (null: unranked) and prize. */
  async publishedRound(options: {
    disciplineId: number;
    level: EventLevel;
    endDate: string;
    format?: 'individual' | 'team';
    ranking: { members: number[]; rank: number | null; prize?: string }[];
  }): Promise<Round> {
    const manager = this.dataSource.manager;
    const event = await manager.save(
      manager.create(Event, {
        name: `Liên hoan Piano ${options.endDate}`,
        kind: 'contest',
        level: options.level,
        venue: null,
        localityId: null,
        startDate: options.endDate,
        endDate: options.endDate,
        description: null,
        state: 'published',
      }),
    );
    const category = await manager.save(
      manager.create(Category, {
        eventId: event.id,
        code: 'A',
        name: 'Bảng A',
        disciplineId: options.disciplineId,
        minAge: null,
        maxAge: null,
        ageReferenceDate: null,
        format: options.format ?? 'individual',
        minMembers: 1,
        maxMembers: options.format === 'team' ? 5 : 1,
        prizes: PRIZES,
      }),
    );
    const round = await manager.save(
      manager.create(Round, {
        categoryId: category.id,
        position: 1,
        name: 'Chung khảo',
        criteria: DEFAULT_CRITERIA,
        method: { kind: 'mean' },
        basis: 'totals',
        decimals: 2,
        tieBreaks: [],
        spreadLimit: null,
        advancement: null,
        standingWeight: null,
      }),
    );
    const entries: {
      entryId: number;
      rank: number | null;
      prize: string | null;
      members: { participantId: number }[];
    }[] = [];
    for (const [index, line] of options.ranking.entries()) {
      const entry = await manager.save(
        manager.create(Entry, {
          categoryId: category.id,
          number: index + 1,
          title: null,
          teamName: null,
          organisationId: this.organisationId,
          localityId: null,
          coachUserId: null,
          clubId: null,
          advancedFromEntryId: null,
        }),
      );
      await manager.insert(
        EntryMember,
        line.members.map((participantId) => ({
          entryId: entry.id,
          participantId,
          activeCategoryId: category.id,
        })),
      );
      await manager.query('INSERT INTO round_entries (round_id, entry_id) VALUES (?, ?)', [
        round.id,
        entry.id,
      ]);
      entries.push({
        entryId: entry.id,
        rank: line.rank,
        prize: line.prize ?? null,
        members: line.members.map((participantId) => ({ participantId })),
      });
    }
    await manager.insert(ResultSnapshot, {
      roundId: round.id,
      version: 1,
      results: {
        event: {
          id: event.id,
          name: event.name,
          kind: event.kind,
          level: event.level,
          startDate: event.startDate,
          endDate: event.endDate,
          venue: null,
        },
        category: { id: category.id, code: category.code, name: category.name, format: category.format },
        round: { id: round.id, name: round.name, position: 1 },
        complete: true,
        entries: entries.map((entry) => ({ ...entry, breakdown: { judges: [] } })),
        missingScores: [],
        normalisation: [],
      },
      entryPrizes: prizedEntries({ entries }),
      reason: null,
      publishedBy: this.publisherId,
    });
    await manager.update(Round, { id: round.id }, { publishedVersion: 1, state: 'locked' });
    return round;
  }

  async club(disciplineId: number, name = 'CLB Piano Cung Văn hóa'): Promise<Club> {
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(Club, {
        organisationId: this.organisationId,
        name,
        kind: 'club',
        disciplineId,
        localityId: null,
        schedule: null,
        capacity: null,
        validFrom: null,
        validTo: null,
      }),
    );
  }

  /** A rubric with one criterion on 0–10. */
  async rubric(disciplineId: number): Promise<{ rubricId: number; criterionId: number }> {
    const manager = this.dataSource.manager;
    const rubric = await manager.save(
      manager.create(AssessmentRubric, { disciplineId, name: 'Năng khiếu Piano' }),
    );
    const criterion = await manager.save(
      manager.create(AssessmentCriterion, {
        rubricId: rubric.id,
        code: 'overall',
        name: 'Tổng thể',
        min: '0',
        max: '10',
        step: '0.5',
        position: 1,
      }),
    );
    return { rubricId: rubric.id, criterionId: criterion.id };
  }

  async assessment(fields: {
    participantId: number;
    clubId: number;
    rubric: { rubricId: number; criterionId: number };
    assessorId: number;
    assessedOn: string;
    value: string;
  }): Promise<number> {
    const manager = this.dataSource.manager;
    const assessment = await manager.save(
      manager.create(Assessment, {
        participantId: fields.participantId,
        clubId: fields.clubId,
        rubricId: fields.rubric.rubricId,
        assessedOn: fields.assessedOn,
        assessorId: fields.assessorId,
        comment: null,
      }),
    );
    await manager.insert(AssessmentScore, {
      assessmentId: assessment.id,
      criterionId: fields.rubric.criterionId,
      value: fields.value,
    });
    return assessment.id;
  }
}
