import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCE_STATUSES } from '../../clubs/entities/attendance.entity';
import { ENTRY_STATES } from '../../competition/entities/entry.entity';
import { ConsentView } from './consent.dto';
import { ParticipantView } from './participant.dto';

// The answer of GET /participants/:id/export (data-subject access): everything held on the person.

class ExportedDiscipline {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

class ExportedMembership {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'The club’s name.' }) club!: string;
  @ApiProperty({ example: '2026-01-15' }) joinedOn!: string;
  @ApiProperty({ nullable: true, type: String }) leftOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) leaveReason!: string | null;
}

class ExportedAttendance {
  @ApiProperty({ example: '2026-01-15' }) date!: string;
  @ApiProperty({ description: 'The club’s name.' }) club!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

class ExportedMark {
  @ApiProperty({ description: 'The rubric criterion’s code.' }) criterion!: string;
  @ApiProperty({ example: '7.5' }) value!: string;
}

class ExportedAssessment {
  @ApiProperty() id!: number;
  @ApiProperty({ example: '2026-01-15' }) assessedOn!: string;
  @ApiProperty({ description: 'The rubric’s name.' }) rubric!: string;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ type: [ExportedMark], description: 'In the rubric’s order.' }) marks!: ExportedMark[];
}

class ExportedEntry {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'The event’s name.' }) event!: string;
  @ApiProperty({ description: 'The category’s name.' }) category!: string;
  @ApiProperty({ example: 'A-007' }) code!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty({ enum: ENTRY_STATES }) state!: string;
  @ApiProperty({ nullable: true, type: Date }) withdrawnAt!: Date | null;
}

class ExportedResult {
  @ApiProperty() eventId!: number;
  @ApiProperty() eventName!: string;
  @ApiProperty({ enum: ['grassroots', 'district', 'provincial', 'national'] }) eventLevel!: string;
  @ApiProperty({ example: '2026-06-01' }) eventDate!: string;
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

class ExportedAuditEntry {
  @ApiProperty({ description: 'The audit log’s id (a 64-bit number, as a string).' }) id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ nullable: true, type: Number }) actorId!: number | null;
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before!: object | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) after!: object | null;
}

export class ParticipantExport {
  @ApiProperty() exportedAt!: string;
  @ApiProperty({ type: ParticipantView }) participant!: ParticipantView;
  @ApiProperty({ type: [ExportedDiscipline] }) disciplines!: ExportedDiscipline[];
  @ApiProperty({ type: [ConsentView] }) consents!: ConsentView[];
  @ApiProperty({ type: [ExportedMembership] }) memberships!: ExportedMembership[];
  @ApiProperty({ type: [ExportedAttendance] }) attendance!: ExportedAttendance[];
  @ApiProperty({ type: [ExportedAssessment] }) assessments!: ExportedAssessment[];
  @ApiProperty({ type: [ExportedEntry] }) entries!: ExportedEntry[];
  @ApiProperty({ type: [ExportedResult] }) results!: ExportedResult[];
  @ApiProperty({ type: [ExportedAuditEntry] }) auditTrail!: ExportedAuditEntry[];
}
