import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { integerFromQuery, trim } from '../../common/validation/transforms';

/** A decimal with at most two places, given as a JSON number or string; answered as a string. */
const DECIMAL = /^-?\d{1,4}(\.\d{1,2})?$/;
const asText = ({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value);

export class CriterionDto {
  @ApiProperty({ example: 'TECHNIQUE' })
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/)
  code!: string;

  @ApiProperty({ example: 'Kỹ thuật' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name!: string;

  @ApiProperty({ example: '0' })
  @Transform(asText)
  @Matches(DECIMAL)
  min!: string;

  @ApiProperty({ example: '10' })
  @Transform(asText)
  @Matches(DECIMAL)
  max!: string;

  @ApiProperty({ example: '0.5' })
  @Transform(asText)
  @Matches(DECIMAL)
  step!: string;
}

export class CreateRubricDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  disciplineId!: number;

  @ApiProperty({ example: 'Đánh giá cờ vua cơ bản' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name!: string;

  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((criterion: CriterionDto) => criterion.code)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];
}

export class UpdateRubricDto {
  @ApiPropertyOptional({ description: 'false retires the rubric: no new assessments use it.' })
  @IsOptionalPresent()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name?: string;
}

export class RubricQuery {
  @ApiPropertyOptional({ description: 'Rubrics of this discipline (and of its field).' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  disciplineId?: number;
}

export class CriterionView {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() min!: string;
  @ApiProperty() max!: string;
  @ApiProperty() step!: string;
}

export class RubricView {
  @ApiProperty() id!: number;
  @ApiProperty() disciplineId!: number;
  @ApiProperty() name!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [CriterionView] }) criteria!: CriterionView[];
  @ApiProperty() version!: number;
}

export class ScoreDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  criterionId!: number;

  @ApiProperty({ example: '7.5', description: 'On the criterion’s scale (min to max, in its steps).' })
  @Transform(asText)
  @Matches(DECIMAL)
  value!: string;
}

export class CreateAssessmentDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  participantId!: number;

  @ApiProperty({ description: 'The club the participant trains in, which the caller coaches.' })
  @IsInt()
  @Min(1)
  clubId!: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  rubricId!: number;

  @ApiProperty({ example: '2026-09-15' })
  @IsDateOnly()
  assessedOn!: string;

  @ApiProperty({ type: [ScoreDto], description: 'One mark for every criterion of the rubric.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique((score: ScoreDto) => score.criterionId)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores!: ScoreDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class UpdateAssessmentDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsDateOnly()
  assessedOn?: string;

  @ApiPropertyOptional({ type: [ScoreDto], description: 'Replaces the marks (every criterion again).' })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique((score: ScoreDto) => score.criterionId)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores?: ScoreDto[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  comment?: string | null;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class AssessmentScoreView {
  @ApiProperty() criterionId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() value!: string;
}

export class AssessmentView {
  @ApiProperty() id!: number;
  @ApiProperty() participantId!: number;
  @ApiProperty() clubId!: number;
  @ApiProperty() rubricId!: number;
  @ApiProperty() assessedOn!: string;
  @ApiProperty() assessorId!: number;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ type: [AssessmentScoreView] }) scores!: AssessmentScoreView[];
  @ApiProperty() version!: number;
}
