import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import { Gender, GENDERS } from '../entities/participant.entity';
import { MAX_AGE, MIN_AGE, normaliseName, SEARCH_COUNT_CAP } from '../participant-rules';
import { References } from '../../access/references';

const name = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseName(value) : value);

export class CreateParticipantDto {
  @ApiProperty({ example: 'Nguyễn Thị Ánh' })
  @Transform(name)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName!: string;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS)
  gender!: Gender;

  @ApiProperty({
    example: '2012-05-03',
    description: `A real date; the age today must be ${MIN_AGE}–${MAX_AGE}.`,
  })
  @IsDateOnly()
  dateOfBirth!: string;

  @References('locality')
  @ApiPropertyOptional({ description: 'The home locality (commune, ward…) as valid today.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  homeLocalityId?: number;

  @ApiPropertyOptional({ example: 'Trường THCS Hồng Gai' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  school?: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn Bình' })
  @IsOptional()
  @Transform(name)
  @IsString()
  @MaxLength(150)
  guardianName?: string;

  @ApiPropertyOptional({ example: 'bố' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  guardianRelationship?: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  guardianPhone?: string;

  @References('organisation')
  @ApiProperty({ description: 'The unit registering the participant; the caller must manage it.' })
  @IsInt()
  @Min(1)
  organisationId!: number;

  @References('discipline')
  @ApiPropertyOptional({ type: [Number], description: 'Disciplines the participant shows talent in.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  disciplineIds?: number[];

  @ApiPropertyOptional({
    description: 'Register even though someone has the same name and date of birth: another person.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;
}

export class UpdateParticipantDto {
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @Transform(name)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  fullName?: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptionalPresent()
  @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsDateOnly()
  dateOfBirth?: string;

  @References('locality')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  homeLocalityId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  school?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(name)
  @IsString()
  @MaxLength(150)
  guardianName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  guardianRelationship?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  guardianPhone?: string | null;

  @References('discipline')
  @ApiPropertyOptional({ type: [Number], description: 'Replaces the list.' })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  disciplineIds?: number[];

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ParticipantQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'The start of any part of the name, without regard to case or accents: "duc", "van duc", "nguyen van d".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @References('locality')
  @ApiPropertyOptional({ description: 'Home locality.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  localityId?: number;

  @References('organisation')
  @ApiPropertyOptional({ description: 'Registered by this unit or one below it.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId?: number;

  @References('discipline')
  @ApiPropertyOptional({
    description: 'Registered in this discipline (or, for a field, any of its disciplines).',
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  disciplineId?: number;

  @ApiPropertyOptional({ description: 'Age today at least (needs the right to see dates of birth).' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(120)
  ageMin?: number;

  @ApiPropertyOptional({ description: 'Age today at most (needs the right to see dates of birth).' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(120)
  ageMax?: number;

  @ApiPropertyOptional({
    description:
      'Born on this day, YYYY-MM-DD (needs the right to see dates of birth), as a pasted list names a child.',
  })
  @IsOptional()
  @IsDateOnly()
  dateOfBirth?: string;
}

/**
 * A participant as the caller may see it. Fields a role may not see (a judge: date of birth, guardian,
 * phone) are absent, not blanked.
 */
export class ParticipantView {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'Empty once anonymised.' }) fullName!: string;
  @ApiProperty({ enum: GENDERS }) gender!: Gender;
  @ApiPropertyOptional({ nullable: true, type: String }) dateOfBirth?: string | null;
  @ApiProperty({ nullable: true, type: Number }) homeLocalityId!: number | null;
  @ApiProperty({ nullable: true, type: String }) school!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) guardianName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) guardianRelationship?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) guardianPhone?: string | null;
  @ApiProperty() organisationId!: number;
  @ApiProperty({ type: [Number] }) disciplineIds!: number[];
  @ApiProperty() anonymised!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class ParticipantPage extends PageOf(ParticipantView) {
  @ApiPropertyOptional({
    description: `Present (true) when a name search matched more than ${SEARCH_COUNT_CAP.toLocaleString('en')}: \`total\` is then ${SEARCH_COUNT_CAP.toLocaleString('en')}.`,
  })
  totalCapped?: true;
}
