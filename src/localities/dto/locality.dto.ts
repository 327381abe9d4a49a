import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { PageOf, PageQueryOf } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { LOCALITY_KINDS, LOCALITY_LEVELS, LocalityKind, LocalityLevel } from '../entities/locality.entity';
import { integerFromQuery, trim } from '../../common/validation/transforms';

export class SuccessionLink {
  @ApiProperty({ description: 'The other unit.' })
  @IsInt()
  @Min(1)
  id!: number;

  @ApiPropertyOptional({ default: false, description: 'Only part of the former unit’s territory passed on.' })
  @IsOptional()
  @IsBoolean()
  partial?: boolean;
}

export class CreateLocalityDto {
  @ApiPropertyOptional({ description: 'The unit above it; none for a province.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiProperty({ enum: LOCALITY_LEVELS })
  @IsIn(LOCALITY_LEVELS)
  level!: LocalityLevel;

  @ApiProperty({
    enum: LOCALITY_KINDS,
    description: 'province; city, town, district; ward, commune, township, special_zone',
  })
  @IsIn(LOCALITY_KINDS)
  kind!: LocalityKind;

  @ApiProperty({ example: '07054', description: 'The official (GSO) code.' })
  @Matches(/^\d{2,5}$/)
  code!: string;

  @ApiProperty({ example: 'Quảng La' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ example: 'Xã Quảng La', description: 'Defaults to the name.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName?: string;

  @ApiPropertyOptional({ example: '2025-07-01' })
  @IsOptional()
  @IsDateOnly()
  validFrom?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  validTo?: string;

  @ApiPropertyOptional({
    type: [SuccessionLink],
    description: 'The former units this one replaces, wholly or in part.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((link: SuccessionLink) => link.id)
  @ValidateNested({ each: true })
  @Type(() => SuccessionLink)
  predecessors?: SuccessionLink[];
}

export class UpdateLocalityDto {
  @ApiPropertyOptional({ enum: LOCALITY_KINDS })
  @IsOptionalPresent()
  @IsIn(LOCALITY_KINDS)
  kind?: LocalityKind;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Matches(/^\d{2,5}$/)
  code?: string;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  validFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'The last day the unit existed: closes it.' })
  @IsOptional()
  @IsDateOnly()
  validTo?: string | null;

  @ApiPropertyOptional({
    type: [SuccessionLink],
    description: 'The units that replaced it: replaces the list.',
  })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((link: SuccessionLink) => link.id)
  @ValidateNested({ each: true })
  @Type(() => SuccessionLink)
  successors?: SuccessionLink[];

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Reference data is small: a whole level fits in one page. */
export const LOCALITY_MAX_PAGE_SIZE = 1000;

export class LocalityQuery extends PageQueryOf(LOCALITY_MAX_PAGE_SIZE, LOCALITY_MAX_PAGE_SIZE) {
  @ApiPropertyOptional({ description: 'Only the units valid on this date.', example: '2025-07-01' })
  @IsOptional()
  @IsDateOnly()
  at?: string;

  @ApiPropertyOptional({ enum: LOCALITY_LEVELS })
  @IsOptional()
  @IsIn(LOCALITY_LEVELS)
  level?: LocalityLevel;

  @ApiPropertyOptional({ enum: LOCALITY_KINDS })
  @IsOptional()
  @IsIn(LOCALITY_KINDS)
  kind?: LocalityKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{1,5}$/)
  code?: string;

  @ApiPropertyOptional({
    description: 'The start of any word of the name; diacritics ignored ("dong" finds Đông).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class LocalityView {
  @ApiProperty() id!: number;
  @ApiProperty({ nullable: true, type: Number }) parentId!: number | null;
  @ApiProperty({ enum: LOCALITY_LEVELS }) level!: LocalityLevel;
  @ApiProperty({ enum: LOCALITY_KINDS }) kind!: LocalityKind;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty() version!: number;
}

export class LinkedLocality {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() partial!: boolean;
}

export class LocalityDetail extends LocalityView {
  @ApiProperty({ type: [LinkedLocality], description: 'Former units it replaced.' })
  predecessors!: LinkedLocality[];
  @ApiProperty({ type: [LinkedLocality], description: 'Units that replaced it.' })
  successors!: LinkedLocality[];
}

export class LocalityPage extends PageOf(LocalityView) {}
