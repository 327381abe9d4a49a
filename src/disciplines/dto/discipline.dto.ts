import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { PageOf, PageQueryOf } from '../../common/pagination';
import { booleanFromQuery, integerFromQuery, trim } from '../../common/validation/transforms';
import { DISCIPLINE_KINDS, DisciplineKind } from '../entities/discipline.entity';

/** The longest stored code (the column's length), a discipline's `FIELD.CODE` included. */
export const DISCIPLINE_CODE_MAX_LENGTH = 40;

/** One part of a code (MUSIC, PIANO), or a discipline's full code (MUSIC.PIANO). */
export const DISCIPLINE_CODE_PATTERN = /^[A-Z0-9_]+(\.[A-Z0-9_]+)?$/;

export class CreateDisciplineDto {
  @ApiPropertyOptional({ description: 'The field a discipline belongs to; none for a field.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiProperty({
    example: 'PIANO',
    description:
      'Upper-case letters, digits and underscores. Under a field, PIANO is stored as MUSIC.PIANO; the full ' +
      'code (MUSIC.PIANO) is accepted too. Stable: it cannot be changed later.',
  })
  @MaxLength(DISCIPLINE_CODE_MAX_LENGTH)
  @Matches(DISCIPLINE_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Piano' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name!: string;

  @ApiPropertyOptional({
    enum: DISCIPLINE_KINDS,
    description: 'Defaults to discipline under a parent, field otherwise.',
  })
  @IsOptional()
  @IsIn(DISCIPLINE_KINDS)
  kind?: DisciplineKind;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Codes are stable: an edit renames or (de)activates, nothing else. */
export class UpdateDisciplineDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  name?: string;

  @ApiPropertyOptional({ description: 'An inactive field or discipline is kept for the records naming it.' })
  @IsOptionalPresent()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Reference data is small: every field and discipline fits in one page. */
export const DISCIPLINE_MAX_PAGE_SIZE = 200;

export class DisciplineQuery extends PageQueryOf(DISCIPLINE_MAX_PAGE_SIZE, DISCIPLINE_MAX_PAGE_SIZE) {
  @ApiPropertyOptional({ description: 'The disciplines of this field.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiPropertyOptional({ enum: DISCIPLINE_KINDS })
  @IsOptional()
  @IsIn(DISCIPLINE_KINDS)
  kind?: DisciplineKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    description: 'The start of any word of the name; diacritics ignored ("co vua" finds Cờ vua).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class DisciplineView {
  @ApiProperty() id!: number;
  @ApiProperty({ nullable: true, type: Number }) parentId!: number | null;
  @ApiProperty({ example: 'MUSIC.PIANO' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: DISCIPLINE_KINDS }) kind!: DisciplineKind;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}

export class DisciplineDetail extends DisciplineView {
  @ApiProperty({
    type: [DisciplineView],
    description: 'A field’s disciplines, by name; none for a discipline.',
  })
  children!: DisciplineView[];
}

export class DisciplinePage extends PageOf(DisciplineView) {}
