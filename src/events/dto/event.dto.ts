import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import {
  EVENT_KINDS,
  EVENT_LEVELS,
  EVENT_STATES,
  EventKind,
  EventLevel,
  EventState,
} from '../../competition/entities/event.entity';
import { References } from '../../access/references';

export class CreateEventDto {
  @ApiProperty({ example: 'Hội thi Tài năng nhí thành phố Hạ Long 2026' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ enum: EVENT_LEVELS })
  @IsIn(EVENT_LEVELS)
  level!: EventLevel;

  @References('organisation')
  @ApiProperty({
    type: [Number],
    description:
      'The organising units (Đoàn, Hội, Đội, the palace …), the lead first; the caller must run events at the lead.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  organisationIds!: number[];

  @ApiPropertyOptional({ example: 'Cung Văn hóa Thanh thiếu nhi tỉnh' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  venue?: string;

  @References('locality')
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number;

  @ApiProperty({ example: '2026-06-01' })
  @IsDateOnly()
  startDate!: string;

  @ApiProperty({ example: '2026-06-02' })
  @IsDateOnly()
  endDate!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class UpdateEventDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: EVENT_KINDS, description: 'Only while a draft.' })
  @IsOptionalPresent()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional({ enum: EVENT_LEVELS })
  @IsOptionalPresent()
  @IsIn(EVENT_LEVELS)
  level?: EventLevel;

  @References('organisation')
  @ApiPropertyOptional({
    type: [Number],
    description: 'Replaces the organising units; the caller must stay one of them.',
  })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  organisationIds?: number[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @References('locality')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number | null;

  @ApiPropertyOptional({ description: 'Only before judging starts (ages are taken on the first day).' })
  @IsOptionalPresent()
  @IsDateOnly()
  startDate?: string;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsDateOnly()
  endDate?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TransitionDto {
  @ApiProperty({ enum: EVENT_STATES })
  @IsIn(EVENT_STATES)
  to!: EventState;

  @ApiPropertyOptional({ description: 'Recorded in the audit log; required for a step back.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class EventQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Any word of the name starts with this; diacritics ignored.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: EVENT_STATES })
  @IsOptional()
  @IsIn(EVENT_STATES)
  state?: EventState;

  @ApiPropertyOptional({ enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional({ enum: EVENT_LEVELS })
  @IsOptional()
  @IsIn(EVENT_LEVELS)
  level?: EventLevel;

  @References('organisation')
  @ApiPropertyOptional({ description: 'Organised by this unit or one below it.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId?: number;

  @ApiPropertyOptional({ description: 'Events ending on or after this day.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ description: 'Events starting on or before this day.' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class EventOrganisationView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
}

export class EventView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty({ enum: EVENT_LEVELS }) level!: EventLevel;
  @ApiProperty({ type: [EventOrganisationView], description: 'The lead first.' })
  organisations!: EventOrganisationView[];
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ nullable: true, type: Number }) localityId!: number | null;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: EVENT_STATES }) state!: EventState;
  @ApiProperty({ enum: EVENT_STATES, isArray: true, description: 'The states it may move to next.' })
  nextStates!: EventState[];
  @ApiProperty() categoryCount!: number;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class EventPage extends PageOf(EventView) {}
