import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LocalisedText } from '../common/errors/language';
import { inTransaction } from '../database/transaction';
import { missingConsents } from '../participants/consent-rules';
import type { ConsentKind } from '../participants/entities/consent.entity';
import { ageOn, todayInVietnam } from '../participants/participant-rules';
import { RunCounts, RunPhase, ShortlistRun } from './entities/shortlist-run.entity';
import {
  AssessmentRow,
  AttendanceRow,
  EvidenceRepository,
  GatherScope,
  ParticipantRow,
  ResultRow,
} from './evidence.repository';
import { stableHash } from './run-parameters';
import { ParticipantRows } from './row-stream';
import { ShortlistsRepository, type PoolRow } from './shortlists.repository';
import type { ParticipantEvidence } from './talent/evidence';
import { hundredthsText } from './talent/hundredths';
import { birthQuarter } from './talent/representation';
import { bandOf, placeAndSelect, type Scored } from './talent/selection';
import { scoreParticipant } from './talent/talent-score';

/** Rows written per INSERT. */
const WRITE_BATCH = 500;
/** Progress: gathering up to 5, scoring (reading and writing the pool) up to 85, then ranking and selection. */
const SCORING_START = 5;
const WRITING_START = 85;

/** What the build keeps in memory per child: a few numbers, not the evidence. */
interface Compact extends Scored {
  evidence: [];
}

export type ProgressReport = (percent: number) => Promise<unknown>;

/**
 * Builds a run: streams the evidence (a fixed number of queries), scores each child in the pure core as it
 * arrives, writes the pool in batches, then ranks and selects and completes the run in one transaction.
 * Retry-safe: an attempt starts by deleting what an earlier one wrote, and candidates are read only once
 * the run is completed, so a worker killed mid-build leaves nothing visible and no duplicates.
 */
@Injectable()
export class ShortlistBuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evidence: EvidenceRepository,
    private readonly shortlists: ShortlistsRepository,
    private readonly audit: AuditService,
  ) {}

  async build(runId: number, report: ProgressReport): Promise<void> {
    const run = await this.shortlists.claim(runId);
    if (!run) return; // completed or failed already: a repeated delivery changes nothing
    const timings: Partial<Record<RunPhase, number>> = {};
    const parameters = run.parameters;
    const today = todayInVietnam();

    let started = Date.now();
    await this.setProgress(run.id, 'gathering', 1, report);
    await this.shortlists.deleteCandidates(run.id);
    const disciplineIds = await this.evidence.expandDisciplines(parameters.disciplineIds);
    const localityIds = parameters.localityIds
      ? await this.evidence.expandLocalities(parameters.localityIds)
      : null;
    const ages = parameters.ageBands.flatMap((band) => [band.min, band.max]);
    const scope: GatherScope = {
      disciplineIds: disciplineIds.length ? disciplineIds : [0],
      from: parameters.period.from,
      to: parameters.period.to,
      bornFrom: dayAfter(yearsBefore(parameters.referenceDate, Math.max(...ages) + 1)),
      bornTo: yearsBefore(parameters.referenceDate, Math.min(...ages)),
      localityIds: localityIds ? (localityIds.length ? localityIds : [0]) : null,
    };
    const prizeLists = await this.evidence.prizeLists(scope.disciplineIds);
    const total = await this.evidence.countParticipants(scope);
    const watermark = await this.evidence.watermark();
    timings.gathering = Date.now() - started;

    started = Date.now();
    await this.setProgress(run.id, 'scoring', SCORING_START, report);
    const compact: Compact[] = [];
    const consentMissing: Record<string, number> = {};
    let considered = 0;
    let seen = 0;
    let nextReport = SCORING_START + 5;
    let batch: PoolRow[] = [];
    const runners = [0, 1, 2, 3].map(() => this.dataSource.createQueryRunner());
    try {
      const [people, results, assessments, attendance] = await Promise.all([
        this.evidence.participants(runners[0], scope),
        this.evidence.results(runners[1], scope),
        this.evidence.assessments(runners[2], scope),
        this.evidence.attendance(runners[3], scope),
      ]);
      const resultRows = new ParticipantRows<ResultRow>(results);
      const assessmentRows = new ParticipantRows<AssessmentRow>(assessments);
      const attendanceRows = new ParticipantRows<AttendanceRow>(attendance);
      for (let person = await people.next(); !person.done; person = await people.next()) {
        const row: ParticipantRow = person.value;
        const id = Number(row.participant_id);
        seen += 1;
        const [ownResults, ownAssessments, ownAttendance] = [
          await resultRows.take(id),
          await assessmentRows.take(id),
          await attendanceRows.take(id),
        ];
        const age = ageOn(row.date_of_birth, parameters.referenceDate);
        const band = bandOf(age, parameters.ageBands);
        const hasEvidence = ownResults.length + ownAssessments.length + ownAttendance.length > 0;
        if (band >= 0 && hasEvidence) {
          considered += 1;
          const active = (row.consent_kinds ?? '')
            .split(',')
            .filter(Boolean)
            .map((kind) => ({ kind: kind as ConsentKind, scopes: ['shortlisting' as const] }));
          if (missingConsents('shortlisting', ageOn(row.date_of_birth, today), active).length > 0) {
            const key = String(row.home_locality_id ?? 'null');
            consentMissing[key] = (consentMissing[key] ?? 0) + 1;
          } else {
            const child = toEvidence(row, age, ownResults, ownAssessments, ownAttendance, prizeLists);
            const scored = scoreParticipant(child, parameters.talent, parameters.period.to);
            batch.push({
              participantId: id,
              band,
              score: hundredthsText(scored.score),
              contestsPart: scored.parts.contests,
              assessmentsPart: scored.parts.assessments,
              attendancePart: scored.parts.attendance,
              independentEvidence: scored.independentEvidence,
              meetsMinimum: scored.meetsMinimum,
              homeLocalityId: row.home_locality_id === null ? null : Number(row.home_locality_id),
              gender: row.gender,
              age,
              birthQuarter: birthQuarter(row.date_of_birth, parameters.referenceDate),
              evidence: JSON.stringify(scored.evidence),
              evidenceHash: stableHash(scored.evidence),
            });
            compact.push({ ...scored, evidence: [], age, homeLocalityId: child.homeLocalityId });
            if (batch.length >= WRITE_BATCH) {
              await this.shortlists.insertPool(run.id, batch);
              batch = [];
            }
          }
        }
        const percent =
          SCORING_START + Math.floor(((WRITING_START - SCORING_START) * seen) / Math.max(1, total));
        if (percent >= nextReport) {
          await this.setProgress(run.id, 'scoring', percent, report);
          nextReport = percent + 5;
        }
      }
      if (batch.length) await this.shortlists.insertPool(run.id, batch);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
    timings.scoring = Date.now() - started;

    started = Date.now();
    await this.setProgress(run.id, 'writing', WRITING_START, report);
    const placed = placeAndSelect(compact, parameters.ageBands, selectionOf(run), parameters.localQuota);
    await this.shortlists.writeRanks(run.id);
    const byVia = { rank: [] as number[], local_quota: [] as number[] };
    for (const row of placed) if (row.via) byVia[row.via].push(row.child.participantId);
    await this.shortlists.markCandidates(run.id, 'rank', byVia.rank);
    await this.shortlists.markCandidates(run.id, 'local_quota', byVia.local_quota);
    timings.writing = Date.now() - started;

    const counts: RunCounts = {
      considered,
      scored: compact.length,
      consentMissing: Object.values(consentMissing).reduce((a, b) => a + b, 0),
      candidates: byVia.rank.length + byVia.local_quota.length,
    };
    await inTransaction(this.dataSource, async (manager) => {
      const completed = await this.shortlists.complete(manager, run.id, run.attempts, {
        counts,
        consentMissingByLocality: consentMissing,
        timings,
        watermark: {
          readAt: new Date().toISOString(),
          lastPublicationAt: watermark.publication ? new Date(watermark.publication).toISOString() : null,
          lastAssessmentChangeAt: watermark.assessment ? new Date(watermark.assessment).toISOString() : null,
          lastAttendanceAt: watermark.attendance ? new Date(watermark.attendance).toISOString() : null,
        },
      });
      if (completed) {
        await this.audit.record(manager, null, {
          action: 'shortlist.complete',
          entityType: 'shortlist_run',
          entityId: run.id,
          after: { counts },
        });
      }
    });
    await report(100);
  }

  /** After the last attempt: the run ends failed with a readable reason. */
  async fail(runId: number, reason: LocalisedText): Promise<void> {
    await inTransaction(this.dataSource, async (manager: EntityManager) => {
      if (await this.shortlists.fail(manager, runId, reason)) {
        await this.audit.record(manager, null, {
          action: 'shortlist.fail',
          entityType: 'shortlist_run',
          entityId: runId,
          after: { reason: reason.en },
        });
      }
    });
  }

  private async setProgress(id: number, phase: RunPhase, percent: number, report: ProgressReport) {
    await this.shortlists.progress(id, phase, percent);
    await report(percent);
  }
}

function selectionOf(run: ShortlistRun) {
  const selection = run.parameters.selection;
  return selection.mode === 'top'
    ? selection
    : { mode: 'threshold' as const, minScore: Math.round(Number(selection.minScore) * 100) };
}

function toEvidence(
  row: ParticipantRow,
  age: number,
  results: ResultRow[],
  assessments: AssessmentRow[],
  attendance: AttendanceRow[],
  prizeLists: Map<number, string[]>,
): ParticipantEvidence {
  const marks = new Map<number, AssessmentRow[]>();
  for (const mark of assessments) {
    const id = Number(mark.assessment_id);
    marks.set(id, [...(marks.get(id) ?? []), mark]);
  }
  return {
    participantId: Number(row.participant_id),
    age,
    gender: row.gender,
    dateOfBirth: row.date_of_birth,
    homeLocalityId: row.home_locality_id === null ? null : Number(row.home_locality_id),
    results: results.map((result) => {
      const place = result.prize
        ? (prizeLists.get(Number(result.category_id)) ?? []).indexOf(result.prize)
        : -1;
      return {
        eventId: Number(result.event_id),
        eventName: result.event_name,
        level: result.level,
        eventEndDate: result.end_date,
        roundId: Number(result.round_id),
        roundName: result.round_name,
        team: result.format === 'team',
        rank: Number(result.entry_rank),
        tied: Number(result.tied),
        ranked: Number(result.ranked),
        prize: result.prize,
        prizePlace: place >= 0 ? place : null,
      };
    }),
    assessments: [...marks.entries()].map(([assessmentId, rows]) => ({
      assessmentId,
      assessedOn: rows[0].assessed_on,
      assessorId: Number(rows[0].assessor_id),
      clubId: Number(rows[0].club_id),
      marks: rows.map((mark) => ({
        value: Number(mark.value),
        min: Number(mark.min),
        max: Number(mark.max),
      })),
    })),
    attendance: attendance.map((club) => ({
      clubId: Number(club.club_id),
      clubName: club.club_name,
      present: Number(club.present),
      absent: Number(club.absent),
    })),
  };
}

/** The same day `years` earlier (29 February → 28 February). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return `${y - years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
