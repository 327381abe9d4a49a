import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsOptionalPresent } from '../../common/validation/is-optional-present';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import { ENTRY_STATES, EntryState } from '../../competition/entities/entry.entity';
import { References } from '../../access/references';

export class CreateEntryDto {
  @References('participant')
  @ApiProperty({ type: [Number], description: 'The participant, or the team’s members.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  members!: number[];

  @References('organisation')
  @ApiProperty({ description: 'The unit the entry represents.' })
  @IsInt()
  @Min(1)
  organisationId!: number;

  @ApiPropertyOptional({ example: 'Bản sonate số 8 (Beethoven)', description: 'The piece, song or project.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ description: 'Team categories only.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  teamName?: string;

  @References('locality')
  @ApiPropertyOptional({
    description:
      'The locality the entry represents; by default the members’ common home locality, else the locality of the organisation it represents.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number;

  @References('user')
  @ApiPropertyOptional({
    description: 'A user holding the coach role; a judge who coaches the entry is recused.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  coachUserId?: number;

  @References('club')
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  clubId?: number;
}

export class BulkEntriesDto {
  @ApiProperty({ type: [CreateEntryDto], description: 'All are registered, or none (errors name each).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CreateEntryDto)
  entries!: CreateEntryDto[];
}

export class UpdateEntryDto {
  @References('participant')
  @ApiPropertyOptional({ type: [Number], description: 'Only while entries are open.' })
  @IsOptionalPresent()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  members?: number[];

  @References('organisation')
  @ApiPropertyOptional()
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  organisationId?: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  teamName?: string | null;

  @References('locality')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  localityId?: number | null;

  @References('user')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  coachUserId?: number | null;

  @References('club')
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  clubId?: number | null;

  @ApiPropertyOptional({
    enum: ENTRY_STATES,
    description: '`withdrawn` needs a reason; `active` reinstates.',
  })
  @IsOptionalPresent()
  @IsIn(ENTRY_STATES)
  state?: EntryState;

  @ApiPropertyOptional({ description: 'Why the entry is withdrawn.' })
  @ValidateIf((entry: UpdateEntryDto) => entry.state === 'withdrawn' || entry.withdrawReason !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  withdrawReason?: string;

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409.' })
  @IsOptionalPresent()
  @IsInt()
  @Min(1)
  version?: number;
}

export class EntryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENTRY_STATES })
  @IsOptional()
  @IsIn(ENTRY_STATES)
  state?: EntryState;

  @References('organisation')
  @ApiPropertyOptional({ description: 'Representing this unit or one below it.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId?: number;

  @ApiPropertyOptional({ description: 'Start of any word of the title, team name or a member’s name.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class EntryMemberView {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
}

export class NamedView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
}

export class EntryView {
  @ApiProperty() id!: number;
  @ApiProperty() categoryId!: number;
  @ApiProperty({ example: 'PIANO-A-007' }) code!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty({ type: NamedView }) organisation!: NamedView;
  @ApiProperty({ type: NamedView, nullable: true }) locality!: NamedView | null;
  @ApiProperty({ type: NamedView, nullable: true }) coach!: NamedView | null;
  @ApiProperty({ type: NamedView, nullable: true }) club!: NamedView | null;
  @ApiProperty({ type: [EntryMemberView] }) members!: EntryMemberView[];
  @ApiProperty({ enum: ENTRY_STATES }) state!: EntryState;
  @ApiProperty({ nullable: true, type: Date }) withdrawnAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) withdrawReason!: string | null;
  @ApiProperty({ nullable: true, type: Number }) advancedFromEntryId!: number | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class EntryPage extends PageOf(EntryView) {}

export class EntryListView {
  @ApiProperty({ type: [EntryView] }) items!: EntryView[];
}
