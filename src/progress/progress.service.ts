import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AssessmentsRepository, MarkRow } from '../assessments/assessments.repository';
import { ClubsRepository } from '../clubs/clubs.repository';
import { holdsCoachRole } from '../clubs/clubs.service';
import { AppError } from '../common/errors/app-error';
import { Page, PageQuery, pageOf } from '../common/pagination';
import { todayInVietnam } from '../participants/participant-rules';
import { ParticipantsService } from '../participants/participants.service';
import { ResultsRepository } from '../results/results.repository';
import { LatestAssessment, ParticipantProgress, RubricSeries, Trainee } from './progress.dto';
import {
  assessmentsDropping,
  attendanceDropping,
  attendanceRate,
  normalisedAssessment,
} from './progress-rules';

/** A trainee's progress over time, and a coach's trainees at a glance. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly clubs: ClubsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly results: ResultsRepository,
  ) {}

  /**
   * Ready to draw: marks per criterion over time, attendance by month, and contest results as last published
   * (newest event first); for those who see the person in full.
   */
  async ofParticipant(actor: Actor, participantId: number): Promise<ParticipantProgress> {
    await this.participants.fullyVisible(this.dataSource.manager, actor, participantId);
    const [marks, attendance, results] = await Promise.all([
      this.assessments.marks([participantId]),
      this.clubs.attendanceByMonth([participantId]),
      this.results.participantResults(participantId),
    ]);
    const months = [...new Set(attendance.map((row) => row.month))];
    return {
      participantId,
      assessments: series(marks),
      attendance: months.map((month) => {
        const count = (status: string) =>
          Number(attendance.find((row) => row.month === month && row.status === status)?.n ?? 0);
        return {
          month,
          present: count('present'),
          absent: count('absent'),
          excused: count('excused'),
          rate: attendanceRate(count('present'), count('absent')),
        };
      }),
      results,
    };
  }

  /** The active members of the clubs the caller coaches, with their latest assessment, attendance and flags. */
  async trainees(actor: Actor, query: PageQuery): Promise<Page<Trainee>> {
    if (!holdsCoachRole(actor)) throw new AppError('forbidden');
    const { rows, total } = await this.clubs.trainees(actor.userId, query);
    const ids = rows.map((row) => row.participant_id);
    const today = todayInVietnam();
    const [clubs, windows, marks] = await Promise.all([
      this.clubs.traineeClubs(actor.userId, ids),
      this.clubs.attendanceWindows(actor.userId, ids, today),
      this.assessments.marks(ids),
    ]);
    const items = rows.map((row): Trainee => {
      const window = windows.find((candidate) => candidate.participant_id === row.participant_id);
      const recent = {
        present: Number(window?.recent_present ?? 0),
        absent: Number(window?.recent_absent ?? 0),
      };
      const earlier = {
        present: Number(window?.earlier_present ?? 0),
        absent: Number(window?.earlier_absent ?? 0),
      };
      const [latest, previous] = lastTwoOnSameRubric(
        marks.filter((mark) => mark.participant_id === row.participant_id),
      );
      return {
        participantId: row.participant_id,
        fullName: row.full_name,
        dateOfBirth: row.date_of_birth,
        clubs: clubs
          .filter((club) => club.participant_id === row.participant_id)
          .map((club) => ({ id: club.id, name: club.name })),
        latestAssessment: latest ?? null,
        attendanceRate90Days: attendanceRate(recent.present, recent.absent),
        flags: {
          attendanceDropping: attendanceDropping(recent, earlier),
          assessmentsDropping: assessmentsDropping(latest?.normalisedScore, previous?.normalisedScore),
        },
      };
    });
    return pageOf(items, total, query);
  }
}

/** Marks grouped by rubric, then criterion, in date order. */
function series(marks: MarkRow[]): RubricSeries[] {
  const rubrics = new Map<number, RubricSeries>();
  for (const mark of marks) {
    const rubric = rubrics.get(mark.rubric_id) ?? {
      rubricId: mark.rubric_id,
      rubricName: mark.rubric_name,
      criteria: [],
    };
    rubrics.set(mark.rubric_id, rubric);
    let criterion = rubric.criteria.find((candidate) => candidate.criterionId === mark.criterion_id);
    if (!criterion) {
      criterion = {
        criterionId: mark.criterion_id,
        code: mark.code,
        name: mark.criterion_name,
        min: mark.min,
        max: mark.max,
        points: [],
      };
      rubric.criteria.push(criterion);
    }
    criterion.points.push({ date: mark.assessed_on, value: mark.value, assessmentId: mark.assessment_id });
  }
  return [...rubrics.values()];
}

/** The latest assessment and the one before it on the same rubric, each as a normalised score. */
function lastTwoOnSameRubric(marks: MarkRow[]): [LatestAssessment?, LatestAssessment?] {
  const assessments = [...new Set(marks.map((mark) => mark.assessment_id))].map((id): LatestAssessment => {
    const own = marks.filter((mark) => mark.assessment_id === id);
    return {
      assessmentId: id,
      assessedOn: own[0].assessed_on,
      rubricId: own[0].rubric_id,
      rubricName: own[0].rubric_name,
      normalisedScore: normalisedAssessment(own),
    };
  });
  // Marks come oldest first; the last assessment is the latest.
  const latest = assessments.at(-1);
  const previous = latest && assessments.filter((candidate) => candidate.rubricId === latest.rubricId).at(-2);
  return [latest, previous];
}
