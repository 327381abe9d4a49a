import { References } from '../../access/references';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsDecimalString } from '../../common/validation/is-decimal-string';
import { booleanFromQuery, trim } from '../../common/validation/transforms';
import { DECISIONS, type Decision } from '../entities/shortlist-decision.entity';

export class AgeBandDto {
  @ApiProperty({ example: 8 }) @IsInt() @Min(3) @Max(35) min!: number;
  @ApiProperty({ example: 10 }) @IsInt() @Min(3) @Max(35) max!: number;
}

export class PeriodDto {
  @ApiProperty({ example: '2023-01-01' }) @IsDateOnly() from!: string;
  @ApiProperty({ example: '2025-12-31' }) @IsDateOnly() to!: string;
}

export class SelectionDto {
  @ApiProperty({ enum: ['top', 'threshold'] })
  @IsIn(['top', 'threshold'])
  mode!: 'top' | 'threshold';

  @ApiPropertyOptional({ description: 'Candidates per age band (mode top).' })
  @ValidateIf((selection: SelectionDto) => selection.mode === 'top')
  @IsInt()
  @Min(1)
  @Max(10_000)
  perBand?: number;

  @ApiPropertyOptional({ example: '60.00', description: 'Lowest talent score selected (mode threshold).' })
  @ValidateIf((selection: SelectionDto) => selection.mode === 'threshold')
  @IsDecimalString(2)
  minScore?: string;
}

export class WeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100) contests!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) assessments!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) attendance!: number;
}

export class LevelWeightsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100) grassroots!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) district!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) provincial!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) national!: number;
}

/** A shortlist request; what is left out takes the default of talent-score.md. */
export class CreateShortlistDto {
  @References('organisation')
  @ApiPropertyOptional({
    description: 'The requesting unit; by default the first where the caller may build shortlists.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  organisationId?: number;

  @References('discipline')
  @ApiProperty({ type: [Number], description: 'Disciplines; a field includes its disciplines.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
  disciplineIds!: number[];

  @ApiProperty({ example: '2025-06-01', description: 'The day ages and birth quarters are counted on.' })
  @IsDateOnly()
  referenceDate!: string;

  @ApiProperty({ type: [AgeBandDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AgeBandDto)
  ageBands!: AgeBandDto[];

  @ApiProperty({ type: PeriodDto })
  @ValidateNested()
  @Type(() => PeriodDto)
  period!: PeriodDto;

  @References('locality')
  @ApiPropertyOptional({
    type: [Number],
    description: 'Units of any date; a 2019 district means all its communes.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  localityIds?: number[];

  @ApiProperty({ type: SelectionDto })
  @ValidateNested()
  @Type(() => SelectionDto)
  selection!: SelectionDto;

  @ApiPropertyOptional({
    description: 'The best K of each locality get a place when they meet the minimum evidence.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  localQuota?: number;

  @ApiPropertyOptional({ type: WeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;

  @ApiPropertyOptional({ type: LevelWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelWeightsDto)
  levelWeights?: LevelWeightsDto;

  @ApiPropertyOptional({ type: [Number], example: [0.5, 0.3, 0.2, 0.1] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsNumber({}, { each: true })
  @Min(0, { each: true })
  @Max(10, { each: true })
  awardBonus?: number[];

  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(50)
  halfLifeYears?: number;

  @ApiPropertyOptional({ example: 12 })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(600)
  assessmentHalfLifeMonths?: number;

  @ApiPropertyOptional({ example: 0.5 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  teamFactor?: number;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  bestResults?: number;

  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  minEvidence?: number;
}

export class ShortlistQuery extends PageQuery {}

export class CandidateQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Index of the age band (0 for the first).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  band?: number;

  @References('locality')
  @ApiPropertyOptional({ description: 'Home locality (units of any date, as for the request).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  localityId?: number;

  @ApiPropertyOptional({ enum: [...DECISIONS, 'none'] })
  @IsOptional()
  @IsIn([...DECISIONS, 'none'])
  decision?: Decision | 'none';

  @ApiPropertyOptional({ description: 'Only decisions made on different evidence.' })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean()
  evidenceChanged?: boolean;
}

export class RepresentationQuery {
  @ApiPropertyOptional({
    example: '2019-12-31',
    description: 'Group localities by the units valid on this date (default: the reference date).',
  })
  @IsOptional()
  @IsDateOnly()
  localitiesAt?: string;
}

export class DecideDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision!: Decision;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiProperty({ description: 'The decision’s version as read (0 when none yet).' })
  @IsInt()
  @Min(0)
  version!: number;
}

export class ShortlistView {
  @ApiProperty() id!: number;
  @ApiProperty() organisationId!: number;
  @ApiProperty() state!: string;
  @ApiProperty() progress!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) phase!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) parameters!: object;
  @ApiProperty() scoringVersion!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) watermark!:
    object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) counts!: object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  consentMissingByLocality!: object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) timings!:
    object | null;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) startedAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) finishedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) failureReason!: string | null;
  @ApiProperty() stale!: boolean;
  @ApiProperty() staleCount!: number;
  @ApiProperty() lineageId!: number;
  @ApiProperty() lineageVersion!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) rebuiltFromId!: number | null;
  @ApiProperty() createdAt!: Date;
}

export class ShortlistPage extends PageOf(ShortlistView) {}

export class CandidateDecisionView {
  @ApiProperty({ enum: DECISIONS }) decision!: Decision;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() decidedAt!: Date;
  @ApiProperty() evidenceChanged!: boolean;
}

export class CandidateView {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() gender!: string;
  @ApiProperty() age!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) homeLocalityId!: number | null;
  @ApiProperty() band!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) rankInBand!: number | null;
  @ApiPropertyOptional({ nullable: true, enum: ['rank', 'local_quota'] }) via!: string | null;
  @ApiProperty({ example: '41.38' }) score!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) breakdown!: {
    contests: string;
    assessments: string;
    attendance: string;
  };
  @ApiProperty() independentEvidence!: number;
  @ApiProperty() evidence!: object[];
  @ApiPropertyOptional({ type: CandidateDecisionView, nullable: true })
  decision!: CandidateDecisionView | null;
  @ApiProperty({ description: 'Decided earlier in the lineage, no longer a candidate.' })
  droppedOut!: boolean;
}

export class CandidatePage extends PageOf(CandidateView) {}

/** The representation of a run: per age band, pool and candidates by locality, gender and birth quarter. */
export class RepresentationView {
  @ApiProperty() runId!: number;
  @ApiProperty({ example: '2025-07-01' }) localitiesAt!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Each band: pool, candidates, and their shares by locality, gender and birth quarter.',
  })
  bands!: object[];
}
