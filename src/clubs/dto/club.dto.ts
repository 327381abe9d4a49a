import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '../entities/attendance.entity';
import { CLUB_KINDS, ClubKind } from '../entities/club.entity';
import { References } from '../../access/references';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CreateClubDto {
  @References('organisation')
  @ApiProperty({ description: 'The unit running the club; the caller must manage its clubs.' })
  @IsInt()
  @Min(1)
  organisationId!: number;

  @ApiProperty({ example: 'Câu lạc bộ Cờ vua Hồng Gai' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: CLUB_KINDS })
  @IsIn(CLUB_KINDS)
  kind!: ClubKind;

  @References('discipline')
  @ApiProperty()
  @IsInt()
  @Min(1)
  disciplineId!: number;

  @References('locality')
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number;

  @ApiPropertyOptional({ example: 'Thứ Ba và Thứ Năm, 17:30–19:00' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  schedule?: string;

  @ApiPropertyOptional({ description: 'Active members at most; none for no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  validFrom?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  validTo?: string;
}

export class UpdateClubDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: CLUB_KINDS })
  @IsOptionalPresent()
  @IsIn(CLUB_KINDS)
  kind?: ClubKind;

  @References('discipline')
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  disciplineId?: number;

  @References('locality')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  schedule?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Lowering it never removes members; it only stops new ones.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsDateOnly()
  validFrom?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The last day the club ran: closes it.' })
  @IsOptional()
  @IsDateOnly()
  validTo?: string | null;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ClubQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The start of any word of the name; diacritics ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @References('organisation')
  @ApiPropertyOptional({ description: 'Run by this unit or one below it.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId?: number;

  @References('discipline')
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  disciplineId?: number;

  @ApiPropertyOptional({ enum: CLUB_KINDS })
  @IsOptional()
  @IsIn(CLUB_KINDS)
  kind?: ClubKind;

  @ApiPropertyOptional({ description: 'Only clubs running on this date.' })
  @IsOptional()
  @IsDateOnly()
  activeOn?: string;
}

export class CoachView {
  @ApiProperty() userId!: number;
  @ApiProperty() fullName!: string;
}

export class ClubView {
  @ApiProperty() id!: number;
  @ApiProperty() organisationId!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CLUB_KINDS }) kind!: ClubKind;
  @ApiProperty() disciplineId!: number;
  @ApiProperty({ nullable: true, type: Number }) localityId!: number | null;
  @ApiProperty({ nullable: true, type: String }) schedule!: string | null;
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty({ nullable: true, type: String }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty() activeMembers!: number;
  @ApiProperty({ type: [CoachView] }) coaches!: CoachView[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class ClubPage extends PageOf(ClubView) {}

export class AssignCoachDto {
  @References('user')
  @ApiProperty({ description: 'A user holding the coach role within the club’s reach.' })
  @IsInt()
  @Min(1)
  userId!: number;
}

export class AddMemberDto {
  @References('participant')
  @ApiProperty()
  @IsInt()
  @Min(1)
  participantId!: number;

  @ApiPropertyOptional({ description: 'Defaults to today.' })
  @IsOptional()
  @IsDateOnly()
  joinedOn?: string;
}

export class LeaveClubDto {
  @ApiProperty({ description: 'The last day as a member.' })
  @IsDateOnly()
  leftOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class MemberQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['active', 'all'],
    default: 'active',
    description: '`all` includes past memberships.',
  })
  @IsOptional()
  @IsIn(['active', 'all'])
  status: 'active' | 'all' = 'active';
}

export class MembershipView {
  @ApiProperty() id!: number;
  @ApiProperty() clubId!: number;
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() joinedOn!: string;
  @ApiProperty({ nullable: true, type: String }) leftOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) leaveReason!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}

export class MembershipPage extends PageOf(MembershipView) {}

export class MemberCandidateQuery extends PageQuery {
  @ApiProperty({ description: 'The start of any part of the name, without regard to case or accents.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q!: string;
}

/** A child of the club's unit whom a coach may add: just enough to tell namesakes apart. */
export class MemberCandidateView {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true, example: '2014-03-09' }) dateOfBirth!: string | null;
}

export class MemberCandidatePage extends PageOf(MemberCandidateView) {}

export class CreateSessionDto {
  @ApiProperty({ example: '2026-09-08' })
  @IsDateOnly()
  date!: string;

  @ApiPropertyOptional({ example: '17:30' })
  @IsOptional()
  @Matches(TIME)
  startTime?: string;

  @ApiPropertyOptional({ example: '19:00' })
  @IsOptional()
  @Matches(TIME)
  endTime?: string;

  @ApiPropertyOptional({ example: 'Khai cuộc Italia' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  topic?: string;
}

export class SessionQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class AttendanceSummary {
  @ApiProperty() present!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
}

export class SessionView {
  @ApiProperty() id!: number;
  @ApiProperty() clubId!: number;
  @ApiProperty() date!: string;
  @ApiProperty({ nullable: true, type: String }) startTime!: string | null;
  @ApiProperty({ nullable: true, type: String }) endTime!: string | null;
  @ApiProperty({ nullable: true, type: String }) topic!: string | null;
  @ApiProperty({ type: AttendanceSummary }) attendance!: AttendanceSummary;
  @ApiProperty() version!: number;
}

export class SessionPage extends PageOf(SessionView) {}

export class AttendanceRecordDto {
  @References('participant')
  @ApiProperty()
  @IsInt()
  @Min(1)
  participantId!: number;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  note?: string;
}

export class RecordAttendanceDto {
  @ApiProperty({
    type: [AttendanceRecordDto],
    description: 'The whole session: replaces what was recorded before.',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique((record: AttendanceRecordDto) => record.participantId)
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordDto)
  records!: AttendanceRecordDto[];
}

export class AttendanceRecordView {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class SessionAttendanceView {
  @ApiProperty({ type: SessionView }) session!: SessionView;
  @ApiProperty({ type: [AttendanceRecordView] }) records!: AttendanceRecordView[];
}
