import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { RECUSAL_REASONS, RecusalReason } from '../../competition/recusal';
import { PANEL_ROLES, PanelRole } from '../../competition/entities/panel-member.entity';
import { References } from '../../access/references';

export class PanelMemberInput {
  @References('user')
  @ApiProperty({ description: 'A user holding the judge role (a secretary: judge or organiser).' })
  @IsInt()
  @Min(1)
  userId!: number;

  @ApiProperty({ enum: PANEL_ROLES, description: 'At most one head and one deputy.' })
  @IsIn(PANEL_ROLES)
  role!: PanelRole;

  @ApiPropertyOptional({ default: false, description: 'Absent for the whole round: owes no marks.' })
  @IsOptional()
  @IsBoolean()
  absent?: boolean;
}

export class PanelConflictInput {
  @References('user')
  @ApiProperty({ description: 'A judge of the panel.' })
  @IsInt()
  @Min(1)
  userId!: number;

  @References('participant')
  @ApiProperty()
  @IsInt()
  @Min(1)
  participantId!: number;

  @ApiProperty({ example: 'cháu ruột' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  relation!: string;
}

export class ReplacePanelDto {
  @ApiProperty({ type: [PanelMemberInput] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PanelMemberInput)
  members!: PanelMemberInput[];

  @ApiPropertyOptional({
    type: [PanelConflictInput],
    description: 'Declared relations; replaces those on record (none when omitted).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PanelConflictInput)
  conflicts?: PanelConflictInput[];
}

/**
 * An account the organiser may seat as a judge: active, with the judge role at an organising unit (or below)
 * within the organiser's reach, or province-wide.
 */
export class PanelCandidateView {
  @ApiProperty() userId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ description: 'Tells two namesakes apart.' }) email!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The unit that granted the judge role; null when granted province-wide.',
  })
  unitName!: string | null;
}

export class PanelMemberView {
  @ApiProperty() userId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: PANEL_ROLES }) role!: PanelRole;
  @ApiProperty() absent!: boolean;
  @ApiProperty({ nullable: true, type: Date }) submittedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) submittedBy!: number | null;
}

export class PanelConflictView {
  @ApiProperty() userId!: number;
  @ApiProperty() participantId!: number;
  @ApiProperty() relation!: string;
}

export class RecusalGroundView {
  @ApiProperty({ enum: RECUSAL_REASONS }) reason!: RecusalReason;
  @ApiProperty({ nullable: true, type: Number, description: 'The member concerned.' })
  participantId!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The declared relation.' })
  relation!: string | null;
}

export class RecusalView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() entryId!: number;
  @ApiProperty({ example: 'A-007' }) entryCode!: string;
  @ApiProperty({ type: [RecusalGroundView] }) grounds!: RecusalGroundView[];
}

export class PanelView {
  @ApiProperty() roundId!: number;
  @ApiProperty({ type: [PanelMemberView] }) members!: PanelMemberView[];
  @ApiProperty({ type: [PanelConflictView], description: 'Declared conflicts: organisers only.' })
  conflicts!: PanelConflictView[];
  @ApiProperty({
    type: [RecusalView],
    description: 'Every recusal for organisers; a judge sees only their own.',
  })
  recusals!: RecusalView[];
}
