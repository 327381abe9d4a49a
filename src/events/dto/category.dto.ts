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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf } from '../../common/pagination';
import { decimalFromNumber, IsDecimalString } from '../../common/validation/is-decimal-string';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { trim } from '../../common/validation/transforms';
import { CATEGORY_FORMATS, CategoryFormat } from '../../competition/entities/category.entity';
import { ROUND_STATES, RoundState } from '../../competition/entities/round.entity';
import { References } from '../../access/references';

const upperCaseTrim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** One prize rule of the organising committee: `count` of them, and/or for scores from `minScore`. */
const TIES_USE_NEXT_PLACES =
  'Entries sharing a prize beyond its count take the next prizes’ places (two tied firsts with one first prize and one second: no second prize). False by default: the next prize keeps its count.';

export class PrizeRuleDto {
  @ApiProperty({ example: 'Giải Nhất', description: 'As printed on the certificate.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  prize!: string;

  @ApiPropertyOptional({ example: 1, description: 'How many (more when entries tie at the boundary).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  count?: number;

  @ApiPropertyOptional({ example: '9.00', description: 'Only final scores at or above this.' })
  @IsOptional()
  @Transform(decimalFromNumber)
  @IsDecimalString(4)
  minScore?: string;
}

export class CreateCategoryDto {
  @ApiProperty({ example: 'PIANO-A', description: 'Short, unique in the event; entry codes start with it.' })
  @Transform(upperCaseTrim)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,19}$/)
  code!: string;

  @ApiProperty({ example: 'Piano, bảng A (8–11 tuổi)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @References('discipline')
  @ApiProperty()
  @IsInt()
  @Min(1)
  disciplineId!: number;

  @ApiPropertyOptional({ description: 'Youngest age allowed, in whole years on the reference date.' })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(35)
  minAge?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(35)
  maxAge?: number;

  @ApiPropertyOptional({ description: 'The day ages are taken on; the event’s first day by default.' })
  @IsOptional()
  @IsDateOnly()
  ageReferenceDate?: string;

  @ApiProperty({ enum: CATEGORY_FORMATS })
  @IsIn(CATEGORY_FORMATS)
  format!: CategoryFormat;

  @ApiPropertyOptional({ description: 'Team categories: fewest members (2 by default).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  minMembers?: number;

  @ApiPropertyOptional({ description: 'Team categories: most members (30 by default).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  maxMembers?: number;

  @ApiPropertyOptional({
    type: [PrizeRuleDto],
    description: 'Applied in order by the category’s last round; none for a playground.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PrizeRuleDto)
  prizes?: PrizeRuleDto[];

  @ApiPropertyOptional({ default: false, example: false, description: TIES_USE_NEXT_PLACES })
  @IsOptional()
  @IsBoolean()
  tiesUseNextPlaces?: boolean;
}

export class UpdateCategoryDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @References('discipline')
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  disciplineId?: number;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(35)
  minAge?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(35)
  maxAge?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsDateOnly()
  ageReferenceDate?: string | null;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  @Max(200)
  minMembers?: number;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  @Max(200)
  maxMembers?: number;

  @ApiPropertyOptional({ type: [PrizeRuleDto] })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PrizeRuleDto)
  prizes?: PrizeRuleDto[];

  @ApiPropertyOptional({ description: TIES_USE_NEXT_PLACES })
  @IsOptionalPresent()
  @IsBoolean()
  tiesUseNextPlaces?: boolean;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class RoundSummaryView {
  @ApiProperty() id!: number;
  @ApiProperty() position!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROUND_STATES }) state!: RoundState;
  @ApiProperty() publishedVersion!: number;
}

export class CategoryView {
  @ApiProperty() id!: number;
  @ApiProperty() eventId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() disciplineId!: number;
  @ApiProperty({ nullable: true, type: Number }) minAge!: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxAge!: number | null;
  @ApiProperty({ nullable: true, type: String }) ageReferenceDate!: string | null;
  @ApiProperty({ description: 'The day ages are actually taken on.' }) agesOn!: string;
  @ApiProperty({ enum: CATEGORY_FORMATS }) format!: CategoryFormat;
  @ApiProperty() minMembers!: number;
  @ApiProperty() maxMembers!: number;
  @ApiProperty({ type: [PrizeRuleDto] }) prizes!: PrizeRuleDto[];
  @ApiProperty({ description: TIES_USE_NEXT_PLACES }) tiesUseNextPlaces!: boolean;
  @ApiProperty({ description: 'Active entries.' }) entryCount!: number;
  @ApiProperty({ type: [RoundSummaryView] }) rounds!: RoundSummaryView[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CategoryPage extends PageOf(CategoryView) {}
