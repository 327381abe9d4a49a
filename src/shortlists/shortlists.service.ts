import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { Language } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { JobsService } from '../queue/jobs.service';
import {
  CandidatePage,
  CandidateQuery,
  CandidateView,
  CreateShortlistDto,
  DecideDto,
  RepresentationQuery,
  ShortlistQuery,
  ShortlistView,
} from './dto/shortlist.dto';
import { Decision, ShortlistDecision } from './entities/shortlist-decision.entity';
import { ShortlistRun } from './entities/shortlist-run.entity';
import { EvidenceRepository } from './evidence.repository';
import { LocalityCalendar } from './locality-on-date';
import { MESSAGES } from './messages';
import { canonicalParameters, RunParameters, stableHash } from './run-parameters';
import { CandidateRow, ShortlistsRepository } from './shortlists.repository';
import { hundredthsText } from './talent/hundredths';
import { SCORING_VERSION } from './talent/parameters';
import { relativeAgeRatio, shares, type GroupCount } from './talent/representation';
import { bandsOverlap } from './talent/selection';

export interface RequestAnswer {
  id: number;
  /** False when a run with the same parameters was pending or building already. */
  created: boolean;
}

export interface RepresentationGroup extends GroupCount {
  name?: string | null;
}

export interface BandRepresentation {
  band: number;
  ageBand: { min: number; max: number };
  referenceDate: string;
  pool: number;
  candidates: number;
  byLocality: RepresentationGroup[];
  byGender: RepresentationGroup[];
  byBirthQuarter: RepresentationGroup[];
  relativeAgeRatio: number | null;
}

/** Requests, reading and review of talent shortlists (the build itself: ShortlistBuildService). */
@Injectable()
export class ShortlistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shortlists: ShortlistsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async request(actor: Actor, input: CreateShortlistDto): Promise<RequestAnswer> {
    this.access.requireSomewhere(actor, 'shortlist.manage');
    const organisationId = input.organisationId ?? (await this.defaultOrganisation(actor));
    await this.access.visibleOrganisationPath(actor, organisationId, 'shortlist.manage');
    await this.checkRequest(input);
    const parameters = canonicalParameters(input);
    return this.startRun(actor, organisationId, parameters, null);
  }

  async rebuild(actor: Actor, id: number): Promise<RequestAnswer> {
    const run = await this.visibleRun(actor, id);
    return this.startRun(actor, run.organisationId, run.parameters, run);
  }

  async list(actor: Actor, query: ShortlistQuery, language: Language): Promise<Page<ShortlistView>> {
    this.access.requireSomewhere(actor, 'shortlist.manage');
    const { items, total } = await this.shortlists.listRuns(
      this.access.scope(actor, 'shortlist.manage'),
      query,
    );
    return pageOf(
      items.map((run) => toView(run, language)),
      total,
      query,
    );
  }

  async get(actor: Actor, id: number, language: Language): Promise<ShortlistView> {
    return toView(await this.visibleRun(actor, id), language);
  }

  async candidates(actor: Actor, id: number, query: CandidateQuery): Promise<CandidatePage> {
    const run = await this.completedRun(actor, id);
    const localityIds = query.localityId ? await this.evidence.expandLocalities([query.localityId]) : null;
    const { items, total } = await this.shortlists.candidates(run, query, localityIds);
    const views = items.map((row) => toCandidate(row, false));
    // Children decided earlier who no longer qualify are listed after the candidates, decision kept.
    if (
      query.decision !== 'none' &&
      query.evidenceChanged === undefined &&
      query.band === undefined &&
      !localityIds
    ) {
      const dropped = (await this.shortlists.droppedOut(run))
        .filter((row) => !query.decision || row.decision === query.decision)
        .map((row) => toCandidate(row, true));
      const lastPage = query.offset + query.pageSize >= total;
      return {
        items: lastPage ? [...views, ...dropped] : views,
        total: total + dropped.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    }
    return pageOf(views, total, query);
  }

  async representation(
    actor: Actor,
    id: number,
    query: RepresentationQuery,
  ): Promise<{
    runId: number;
    localitiesAt: string;
    bands: BandRepresentation[];
  }> {
    const run = await this.completedRun(actor, id);
    const localitiesAt = query.localitiesAt ?? run.parameters.referenceDate;
    const pool = await this.shortlists.pool(run.id);
    const { nodes, successions, names } = await this.shortlists.localityCalendar();
    const calendar = new LocalityCalendar(nodes, successions);
    const bands = run.parameters.ageBands.map((ageBand, band): BandRepresentation => {
      const members = pool.filter((member) => member.band === band);
      const of = (key: (member: (typeof members)[number]) => string) =>
        shares(members.map((member) => ({ key: key(member), candidate: member.via !== null })));
      const quarter = (q: number, candidate: boolean) =>
        members.filter((member) => member.birthQuarter === q && (!candidate || member.via !== null)).length;
      return {
        band,
        ageBand,
        referenceDate: run.parameters.referenceDate,
        pool: members.length,
        candidates: members.filter((member) => member.via !== null).length,
        byLocality: of((member) =>
          member.homeLocalityId === null
            ? 'none'
            : String(calendar.unitOn(member.homeLocalityId, localitiesAt)),
        ).map((group) => ({
          ...group,
          name: group.key === 'none' ? null : (names.get(Number(group.key)) ?? null),
        })),
        byGender: of((member) => member.gender),
        byBirthQuarter: of((member) => `Q${member.birthQuarter}`),
        relativeAgeRatio: relativeAgeRatio(
          { q1: quarter(1, false), q4: quarter(4, false) },
          { q1: quarter(1, true), q4: quarter(4, true) },
        ),
      };
    });
    return { runId: run.id, localitiesAt, bands };
  }

  /** A decision on a candidate of a completed run; kept for the lineage, so rebuilt versions carry it. */
  async decide(actor: Actor, id: number, participantId: number, input: DecideDto): Promise<CandidateView> {
    const run = await this.completedRun(actor, id);
    await inTransaction(this.dataSource, async (manager) => {
      const candidate = await this.shortlists.findCandidate(manager, run.id, participantId);
      if (!candidate || candidate.via === null)
        throw new AppError('not_found', { detail: MESSAGES.notCandidate });
      const current = await this.shortlists.findDecision(manager, run.lineageId, participantId, true);
      if ((current?.version ?? 0) !== input.version) throw new AppError('conflict');
      const next = {
        decision: input.decision,
        note: input.note || null,
        runId: run.id,
        evidenceHash: candidate.evidenceHash,
        decidedById: actor.userId,
      };
      if (current) {
        const result = await manager
          .createQueryBuilder()
          .update(ShortlistDecision)
          .set(next)
          .where('lineage_id = :lineage AND participant_id = :participant AND version = :version', {
            lineage: run.lineageId,
            participant: participantId,
            version: input.version,
          })
          .execute();
        if (result.affected !== 1) throw new AppError('conflict');
      } else {
        try {
          await manager.insert(ShortlistDecision, { lineageId: run.lineageId, participantId, ...next });
        } catch (error) {
          if (isDuplicate(error)) throw new AppError('conflict');
          throw error;
        }
      }
      await this.audit.record(manager, actor, {
        action: 'shortlist.decide',
        entityType: 'shortlist_run',
        entityId: run.id,
        before: current ? { participantId, decision: current.decision, note: current.note } : null,
        after: { participantId, decision: next.decision, note: next.note },
        personalFields: ['note'],
      });
    });
    const { items } = await this.shortlists.candidates(
      run,
      Object.assign(new CandidateQuery(), { page: 1, pageSize: 1 }),
      null,
      participantId,
    );
    return toCandidate(items[0], false);
  }

  /** The run, when the actor may build shortlists for its unit; 404 otherwise. */
  async visibleRun(
    actor: Actor,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ShortlistRun> {
    const run = await this.shortlists.findRun(manager, id);
    if (!run) throw new AppError('not_found');
    this.access.authorize(
      actor,
      await this.shortlists.organisationPath(manager, run.organisationId),
      'shortlist.manage',
    );
    return run;
  }

  private async completedRun(actor: Actor, id: number): Promise<ShortlistRun> {
    const run = await this.visibleRun(actor, id);
    if (run.state !== 'completed') throw new AppError('invalid_state', { detail: MESSAGES.notCompleted });
    return run;
  }

  private async startRun(
    actor: Actor,
    organisationId: number,
    parameters: RunParameters,
    rebuiltFrom: ShortlistRun | null,
  ): Promise<RequestAnswer> {
    const key = stableHash({ organisationId, parameters, scoringVersion: SCORING_VERSION });
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const active = await this.shortlists.findActive(manager, key);
        if (active) return { id: active.id, created: false };
        const lineageVersion = rebuiltFrom
          ? await this.shortlists.nextLineageVersion(manager, rebuiltFrom.lineageId)
          : 1;
        const { identifiers } = await manager.insert(ShortlistRun, {
          organisationId,
          parameters,
          parametersKey: key,
          activeKey: key,
          scoringVersion: SCORING_VERSION,
          lineageId: rebuiltFrom?.lineageId ?? 0,
          lineageVersion,
          rebuiltFromId: rebuiltFrom?.id ?? null,
          requestedById: actor.userId,
        });
        const id = Number(identifiers[0].id);
        if (!rebuiltFrom) await manager.update(ShortlistRun, { id }, { lineageId: id });
        await this.jobs.enqueue(manager, 'shortlists.build', { runId: id });
        await this.audit.record(manager, actor, {
          action: rebuiltFrom ? 'shortlist.rebuild' : 'shortlist.request',
          entityType: 'shortlist_run',
          entityId: id,
          after: { organisationId, parameters, rebuiltFromId: rebuiltFrom?.id ?? null },
        });
        return { id, created: true };
      });
    } catch (error) {
      // Another request with the same parameters committed first: answer with its run.
      if (!isDuplicate(error)) throw error;
      const active = await this.shortlists.findActive(this.dataSource.manager, key);
      if (!active) throw new AppError('conflict');
      return { id: active.id, created: false };
    }
  }

  private async defaultOrganisation(actor: Actor): Promise<number> {
    const held = actor.roles.find((role) => role.role === 'palace_staff' && role.organisationId !== null);
    if (held?.organisationId) return held.organisationId;
    const palace = this.access.scope(actor, 'shortlist.manage').everywhere
      ? await this.shortlists.palaceRoot()
      : undefined;
    if (palace === undefined)
      throw invalidFields([{ path: 'organisationId', message: MESSAGES.noOrganisation }]);
    return palace;
  }

  /** The rules a DTO cannot express; every problem found at once. */
  private async checkRequest(input: CreateShortlistDto): Promise<void> {
    const errors: FieldError[] = [];
    input.ageBands.forEach((band, index) => {
      if (band.min > band.max) errors.push({ path: `ageBands.${index}.max`, message: MESSAGES.bandReversed });
    });
    if (bandsOverlap(input.ageBands)) errors.push({ path: 'ageBands', message: MESSAGES.bandsOverlap });
    if (input.period.to < input.period.from)
      errors.push({ path: 'period.to', message: MESSAGES.periodReversed });
    const disciplines = new Set(await this.evidence.expandDisciplines(input.disciplineIds));
    if (input.disciplineIds.some((id) => !disciplines.has(id)))
      errors.push({ path: 'disciplineIds', message: MESSAGES.unknownDiscipline });
    if (input.localityIds?.length) {
      const known = await this.evidence.existingLocalities(input.localityIds);
      if (input.localityIds.some((id) => !known.has(id)))
        errors.push({ path: 'localityIds', message: MESSAGES.unknownLocality });
    }
    if (errors.length) throw invalidFields(errors);
  }
}

function isDuplicate(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === 'ER_DUP_ENTRY';
}

export function toView(run: ShortlistRun, language: Language): ShortlistView {
  return {
    id: run.id,
    organisationId: run.organisationId,
    state: run.state,
    progress: run.progress,
    phase: run.phase,
    parameters: run.parameters,
    scoringVersion: run.scoringVersion,
    watermark: run.watermark,
    counts: run.counts,
    consentMissingByLocality: run.consentMissingByLocality,
    timings: run.timings,
    attempts: run.attempts,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    failureReason: language === 'en' ? run.failureReasonEn : run.failureReasonVi,
    stale: run.stale,
    staleCount: run.staleCount,
    lineageId: run.lineageId,
    lineageVersion: run.lineageVersion,
    rebuiltFromId: run.rebuiltFromId,
    createdAt: run.createdAt,
  };
}

function toCandidate(row: CandidateRow, droppedOut: boolean): CandidateView {
  const evidence =
    typeof row.evidence === 'string' ? (JSON.parse(row.evidence) as object[]) : (row.evidence as object[]);
  return {
    participantId: Number(row.participant_id),
    fullName: row.full_name,
    gender: row.gender,
    age: row.age === null ? (null as unknown as number) : Number(row.age),
    homeLocalityId: row.home_locality_id === null ? null : Number(row.home_locality_id),
    band: row.band === null ? (null as unknown as number) : Number(row.band),
    rankInBand: row.rank_in_band === null ? null : Number(row.rank_in_band),
    via: row.via,
    score: row.score,
    breakdown: {
      contests: hundredthsText(Number(row.contests_part)),
      assessments: hundredthsText(Number(row.assessments_part)),
      attendance: hundredthsText(Number(row.attendance_part)),
    },
    independentEvidence: Number(row.independent_evidence),
    evidence,
    decision: row.decision
      ? {
          decision: row.decision as Decision,
          note: row.note,
          version: Number(row.decision_version),
          decidedAt: row.decided_at!,
          evidenceChanged: row.decision_hash !== row.evidence_hash,
        }
      : null,
    droppedOut,
  };
}
