import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf } from '../../common/pagination';
import { decimalFromNumber, IsDecimalString } from '../../common/validation/is-decimal-string';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { trim } from '../../common/validation/transforms';
import { ROUND_STATES, RoundState } from '../../competition/entities/round.entity';

/** Scales and weights keep at most 4 decimal places (the scores' column). */
const PLACES = 4;

export class CriterionDto {
  @ApiProperty({ example: 'technique', description: 'Short and unique in the rubric: how scores name it.' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  code!: string;

  @ApiProperty({ example: 'Kỹ thuật' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name!: string;

  @ApiPropertyOptional({ example: '0', default: '0' })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  min?: string;

  @ApiProperty({ example: '10' })
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  max!: string;

  @ApiProperty({ example: '0.25' })
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  step!: string;

  @ApiPropertyOptional({
    example: '1',
    default: '1',
    description: 'Weight in the total, or factor (criteria basis).',
  })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  weight?: string;
}

export const MARKED_METHOD_KINDS = ['mean', 'trimmed_mean', 'median', 'normalised'] as const;
/** Judges place (skating) or cross (recall) entries instead of marking them: see src/scoring/engine/skating.md. */
export const RANKED_METHOD_KINDS = ['skating', 'recall'] as const;
export const METHOD_KINDS = [...MARKED_METHOD_KINDS, ...RANKED_METHOD_KINDS] as const;

/** One dance of a ranked round: a column of places (or crosses) on each judge's sheet. */
export class DanceDto {
  @ApiProperty({ example: 'W', description: 'Short and unique in the round: how placements name it.' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  code!: string;

  @ApiProperty({ example: 'Waltz' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name!: string;
}

export class MethodDto {
  @ApiProperty({ enum: METHOD_KINDS })
  @IsIn(METHOD_KINDS)
  kind!: (typeof METHOD_KINDS)[number];

  @ApiPropertyOptional({ description: 'trimmed_mean: marks dropped at each end (1 by default).' })
  @ValidateIf((method: MethodDto) => method.kind === 'trimmed_mean' && method.trim !== undefined)
  @IsInt()
  @Min(1)
  @Max(10)
  trim?: number;

  @ApiPropertyOptional({
    description: 'trimmed_mean: fewest counted judges to trim; below it, the mean (5 by default).',
  })
  @ValidateIf((method: MethodDto) => method.kind === 'trimmed_mean' && method.minPanel !== undefined)
  @IsInt()
  @Min(1)
  @Max(50)
  minPanel?: number;

  @ApiPropertyOptional({ description: 'recall: how many entries each judge crosses in each dance.' })
  @ValidateIf((method: MethodDto) => method.kind === 'recall')
  @IsInt()
  @Min(1)
  @Max(10000)
  recall?: number;
}

export const TIE_BREAK_KINDS = ['criterion', 'headJudge', 'judgesMajority'] as const;

export class TieBreakDto {
  @ApiProperty({ enum: TIE_BREAK_KINDS })
  @IsIn(TIE_BREAK_KINDS)
  kind!: (typeof TIE_BREAK_KINDS)[number];

  @ApiPropertyOptional({ description: 'kind criterion: the criterion’s code.' })
  @ValidateIf((tieBreak: TieBreakDto) => tieBreak.kind === 'criterion')
  @IsString()
  @IsNotEmpty()
  criterion?: string;
}

export class AdvancementDto {
  @ApiPropertyOptional({ description: 'The best N (ties at the boundary included).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  top?: number;

  @ApiPropertyOptional({ description: 'Final scores at or above this.' })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  minScore?: string;
}

/** The rules of a round; every field but the name has a default. */
export class RoundRulesDto {
  @ApiPropertyOptional({ type: MethodDto, description: 'How the judges’ marks aggregate (mean by default).' })
  @IsOptionalPresent()
  @ValidateNested()
  @Type(() => MethodDto)
  method?: MethodDto;

  @ApiPropertyOptional({
    enum: ['totals', 'criteria'],
    description: 'totals (default) or criterion by criterion.',
  })
  @IsOptionalPresent()
  @IsIn(['totals', 'criteria'])
  basis?: 'totals' | 'criteria';

  @ApiPropertyOptional({ minimum: 0, maximum: 4, default: 2 })
  @IsOptionalPresent()
  @IsInt()
  @Min(0)
  @Max(4)
  decimals?: number;

  @ApiPropertyOptional({ type: [TieBreakDto], description: 'Applied in order to equal rounded scores.' })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TieBreakDto)
  tieBreaks?: TieBreakDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1.5',
    description: 'Flag entries whose judges’ totals spread more than this.',
  })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  spreadLimit?: string | null;

  @ApiPropertyOptional({ type: AdvancementDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdvancementDto)
  advancement?: AdvancementDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1',
    description: 'Weight in the category’s final standing.',
  })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(PLACES)
  standingWeight?: string | null;
}

export class CreateRoundDto extends RoundRulesDto {
  @ApiProperty({ example: 'Vòng sơ khảo' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: [CriterionDto], description: 'The rubric of a marked round.' })
  @ValidateIf(
    (round: CreateRoundDto) =>
      round.dances === undefined &&
      !(RANKED_METHOD_KINDS as readonly string[]).includes(round.method?.kind ?? ''),
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];

  @ApiPropertyOptional({ type: [DanceDto], description: 'The dances of a ranked round (skating, recall).' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DanceDto)
  dances?: DanceDto[];
}

export class UpdateRoundDto extends RoundRulesDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: [CriterionDto], description: 'Only before any score is entered.' })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];

  @ApiPropertyOptional({
    type: [DanceDto],
    description: 'Ranked rounds: only before any placement is entered.',
  })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DanceDto)
  dances?: DanceDto[];

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CriterionView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() min!: string;
  @ApiProperty() max!: string;
  @ApiProperty() step!: string;
  @ApiProperty() weight!: string;
}

export class RoundView {
  @ApiProperty() id!: number;
  @ApiProperty() categoryId!: number;
  @ApiProperty() eventId!: number;
  @ApiProperty() position!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CriterionView] }) criteria!: CriterionView[];
  @ApiProperty({ type: MethodDto }) method!: MethodDto;
  @ApiProperty({ enum: ['totals', 'criteria'] }) basis!: 'totals' | 'criteria';
  @ApiProperty() decimals!: number;
  @ApiProperty({ type: [TieBreakDto] }) tieBreaks!: TieBreakDto[];
  @ApiProperty({ nullable: true, type: String }) spreadLimit!: string | null;
  @ApiProperty({ type: AdvancementDto, nullable: true }) advancement!: AdvancementDto | null;
  @ApiProperty({ nullable: true, type: String }) standingWeight!: string | null;
  @ApiProperty({ description: 'Whether this round awards the category’s prizes (its last round).' })
  awardsPrizes!: boolean;
  @ApiProperty({ enum: ROUND_STATES }) state!: RoundState;
  @ApiProperty({ nullable: true, type: Date }) lockedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) lockedBy!: number | null;
  @ApiProperty() publishedVersion!: number;
  @ApiProperty() changedSincePublication!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class RoundPage extends PageOf(RoundView) {}
