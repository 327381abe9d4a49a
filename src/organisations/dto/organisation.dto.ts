import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import {
  ORGANISATION_KINDS,
  ORGANISATION_LEVELS,
  OrganisationKind,
  OrganisationLevel,
} from '../entities/organisation.entity';
import { integerFromQuery, trim } from '../../common/validation/transforms';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Đoàn phường Hồng Gai' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiProperty({ enum: ORGANISATION_LEVELS })
  @IsIn(ORGANISATION_LEVELS)
  level!: OrganisationLevel;

  @ApiPropertyOptional({ description: 'The unit it belongs to; only admins create roots.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiProperty({ description: 'The locality it serves, as valid when recorded.' })
  @IsInt()
  @Min(1)
  localityId!: number;

  @ApiPropertyOptional({ example: '2025-07-01' })
  @IsOptional()
  @IsDateOnly()
  validFrom?: string;

  @ApiPropertyOptional({ description: 'The last day it operated; empty while active.' })
  @IsOptional()
  @IsDateOnly()
  validTo?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptionalPresent()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ enum: ORGANISATION_LEVELS })
  @IsOptionalPresent()
  @IsIn(ORGANISATION_LEVELS)
  level?: OrganisationLevel;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Moves the unit and its subtree; null makes it a root (admins).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number | null;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  localityId?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  validFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Set to close the unit.' })
  @IsOptional()
  @IsDateOnly()
  validTo?: string | null;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class OrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The start of any word of the name; diacritics ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ enum: ORGANISATION_LEVELS })
  @IsOptional()
  @IsIn(ORGANISATION_LEVELS)
  level?: OrganisationLevel;

  @ApiPropertyOptional({ description: 'Direct children of this unit.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  localityId?: number;

  @ApiPropertyOptional({ description: 'Only units active on this date.', example: '2025-07-01' })
  @IsOptional()
  @IsDateOnly()
  activeOn?: string;
}

export class OrganisationView {
  @ApiProperty() id!: number;
  @ApiProperty({ nullable: true, type: Number }) parentId!: number | null;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ enum: ORGANISATION_LEVELS }) level!: OrganisationLevel;
  @ApiProperty() localityId!: number;
  @ApiProperty({ nullable: true, type: String }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class OrganisationPage extends PageOf(OrganisationView) {}
