import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../common/pagination';

export class ProgressPoint {
  @ApiProperty({ example: '2026-09-15' }) date!: string;
  @ApiProperty({ example: '7.50' }) value!: string;
  @ApiProperty() assessmentId!: number;
}

export class CriterionSeries {
  @ApiProperty() criterionId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() min!: string;
  @ApiProperty() max!: string;
  @ApiProperty({ type: [ProgressPoint] }) points!: ProgressPoint[];
}

export class RubricSeries {
  @ApiProperty() rubricId!: number;
  @ApiProperty() rubricName!: string;
  @ApiProperty({ type: [CriterionSeries] }) criteria!: CriterionSeries[];
}

export class MonthlyAttendance {
  @ApiProperty({ example: '2026-09' }) month!: string;
  @ApiProperty() present!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'present ÷ (present + absent); excused left out',
  })
  rate!: number | null;
}

/** One contest result, as its round's latest publication gives it. */
export class ContestResult {
  @ApiProperty() eventId!: number;
  @ApiProperty() eventName!: string;
  @ApiProperty({ enum: ['grassroots', 'district', 'provincial', 'national'] }) eventLevel!: string;
  @ApiProperty({ example: '2026-06-01', description: 'The event’s first day.' }) eventDate!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty() categoryName!: string;
  @ApiProperty() roundName!: string;
  @ApiProperty() roundPosition!: number;
  @ApiProperty({ example: 'A-007' }) entryCode!: string;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: String, example: '8.75' }) finalScore!: string | null;
  @ApiProperty({ nullable: true, type: String }) prize!: string | null;
  @ApiProperty() advances!: boolean;
  @ApiProperty() publishedAt!: Date;
}

export class ParticipantProgress {
  @ApiProperty() participantId!: number;
  @ApiProperty({ type: [RubricSeries], description: 'Each criterion’s marks over time, per rubric.' })
  assessments!: RubricSeries[];
  @ApiProperty({ type: [MonthlyAttendance] }) attendance!: MonthlyAttendance[];
  @ApiProperty({
    type: [ContestResult],
    description: 'Published contest results of the participant’s entries, newest event first.',
  })
  results!: ContestResult[];
}

export class TraineeClub {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
}

export class LatestAssessment {
  @ApiProperty() assessmentId!: number;
  @ApiProperty() assessedOn!: string;
  @ApiProperty() rubricId!: number;
  @ApiProperty() rubricName!: string;
  @ApiProperty({ description: 'The marks’ mean place on their scales, 0 to 1.' }) normalisedScore!: number;
}

export class TraineeFlags {
  @ApiProperty({ description: 'Attendance in the last 90 days 20 points or more below the 90 days before.' })
  attendanceDropping!: boolean;
  @ApiProperty({
    description: 'The latest assessment 0.1 or more below the previous one on the same rubric.',
  })
  assessmentsDropping!: boolean;
}

export class Trainee {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth!: string | null;
  @ApiProperty({ type: [TraineeClub] }) clubs!: TraineeClub[];
  @ApiProperty({ nullable: true, type: LatestAssessment }) latestAssessment!: LatestAssessment | null;
  @ApiProperty({ nullable: true, type: Number, description: 'In the caller’s clubs, over the last 90 days.' })
  attendanceRate90Days!: number | null;
  @ApiProperty({ type: TraineeFlags }) flags!: TraineeFlags;
}

export class TraineePage extends PageOf(Trainee) {}
