import { DataSource } from 'typeorm';
import { FosteringEnrolment } from '../../src/shortlists/entities/fostering-enrolment.entity';
import { FosteringProgramme } from '../../src/shortlists/entities/fostering-programme.entity';
import { ShortlistCandidate } from '../../src/shortlists/entities/shortlist-candidate.entity';
import { ShortlistDecision } from '../../src/shortlists/entities/shortlist-decision.entity';
import { ShortlistRun, RunState } from '../../src/shortlists/entities/shortlist-run.entity';
import type { Evidence } from '../../src/shortlists/talent/talent-score';

export interface CandidateRowInput {
  participantId: number;
  homeLocalityId: number | null;
  rankInBand?: number | null;
  /** null: in the pool, not a candidate. */
  via?: 'rank' | 'local_quota' | null;
  score?: string;
  evidence?: Evidence[];
  band?: number;
}

/**
 * Shortlist versions written straight into the tables (the build has tests of its own): a run of a lineage
 * in a given state, finished on a given day, with its candidates; decisions and enrolments of the lineage.
 */
export class ShortlistRows {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requestedById: number,
  ) {}

  async run(fields: {
    organisationId: number;
    disciplineIds: number[];
    lineageId?: number;
    lineageVersion?: number;
    state?: RunState;
    finishedAt: string;
    candidates: CandidateRowInput[];
  }): Promise<ShortlistRun> {
    const manager = this.dataSource.manager;
    const run = await manager.save(
      manager.create(ShortlistRun, {
        organisationId: fields.organisationId,
        parameters: {
          disciplineIds: fields.disciplineIds,
          referenceDate: '2025-06-01',
          ageBands: [{ min: 8, max: 12 }],
          period: { from: '2019-01-01', to: '2025-05-31' },
          localityIds: null,
          selection: { mode: 'top', perBand: 10 },
          localQuota: null,
          talent: {},
        } as unknown as ShortlistRun['parameters'],
        parametersKey: 'x'.repeat(64),
        activeKey: null,
        scoringVersion: 'test',
        state: fields.state ?? 'completed',
        progress: 100,
        finishedAt: new Date(`${fields.finishedAt}T03:00:00Z`),
        lineageId: fields.lineageId ?? 0,
        lineageVersion: fields.lineageVersion ?? 1,
        requestedById: this.requestedById,
      }),
    );
    if (!fields.lineageId) await manager.update(ShortlistRun, { id: run.id }, { lineageId: run.id });
    run.lineageId = fields.lineageId ?? run.id;
    if (fields.candidates.length > 0)
      await manager.insert(
        ShortlistCandidate,
        fields.candidates.map((candidate, index) => {
          const evidence = candidate.evidence ?? [];
          return {
            runId: run.id,
            participantId: candidate.participantId,
            band: candidate.band ?? 0,
            rankInBand: candidate.rankInBand === undefined ? index + 1 : candidate.rankInBand,
            via: candidate.via === undefined ? 'rank' : candidate.via,
            score: candidate.score ?? '50.00',
            contestsPart: 0,
            assessmentsPart: 0,
            attendancePart: 0,
            independentEvidence: evidence.length,
            meetsMinimum: true,
            homeLocalityId: candidate.homeLocalityId,
            gender: 'female',
            age: 10,
            birthQuarter: 1,
            evidence,
            evidenceHash: 'e'.repeat(64),
          };
        }),
      );
    return run;
  }

  decide(run: ShortlistRun, participantId: number, decision: 'accepted' | 'waitlisted' | 'rejected') {
    return this.dataSource.manager.insert(ShortlistDecision, {
      lineageId: run.lineageId,
      participantId,
      decision,
      note: null,
      runId: run.id,
      evidenceHash: 'e'.repeat(64),
      decidedById: this.requestedById,
    });
  }

  /** A fostering programme run through a club. */
  async programme(clubId: number, disciplineId: number): Promise<number> {
    const manager = this.dataSource.manager;
    const saved = await manager.save(
      manager.create(FosteringProgramme, {
        name: 'Lớp bồi dưỡng năng khiếu',
        clubId,
        disciplineId,
        startsOn: '2022-04-01',
        endsOn: '2022-12-31',
        capacity: 20,
        createdById: this.requestedById,
      }),
    );
    return saved.id;
  }

  /** An enrolment row (the membership id is what fostering would have created; nothing reads it here). */
  async enrol(run: ShortlistRun, participantId: number, programmeId: number) {
    await this.dataSource.manager.insert(FosteringEnrolment, {
      programmeId,
      participantId,
      runId: run.id,
      membershipId: 0,
      enrolledById: this.requestedById,
    });
  }
}
