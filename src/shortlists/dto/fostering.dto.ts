import { References } from '../../access/references';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { trim } from '../../common/validation/transforms';

export class CreateProgrammeDto {
  @ApiProperty({ example: 'Bồi dưỡng năng khiếu Piano 2026' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'The palace club that runs it; enrolled children become its members.' })
  @IsInt()
  @Min(1)
  clubId!: number;

  @References('discipline')
  @ApiProperty({ description: 'The club’s discipline or its field.' })
  @IsInt()
  @Min(1)
  disciplineId!: number;

  @ApiProperty({ example: '2026-01-05' }) @IsDateOnly() startsOn!: string;
  @ApiProperty({ example: '2026-06-30' }) @IsDateOnly() endsOn!: string;

  @ApiProperty({ example: 20 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity!: number;
}

export class ProgrammeQuery extends PageQuery {}

export class EnrolDto {
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  participantIds!: number[];
}

export class ProgrammeView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() clubId!: number;
  @ApiProperty() clubName!: string;
  @ApiProperty() disciplineId!: number;
  @ApiProperty() disciplineName!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() enrolled!: number;
  @ApiProperty() version!: number;
}

export class ProgrammePage extends PageOf(ProgrammeView) {}

export class ProgrammeDisciplineView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
}

/** A club that may run a fostering programme: one of a unit where the caller runs them, open today. */
export class ProgrammeClubView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: ProgrammeDisciplineView }) discipline!: ProgrammeDisciplineView;
  @ApiProperty({
    type: ProgrammeDisciplineView,
    nullable: true,
    description: 'The field the club’s discipline belongs to: a programme may name either.',
  })
  field!: ProgrammeDisciplineView | null;
}

export class EnrolmentView {
  @ApiProperty() participantId!: number;
  @ApiProperty() runId!: number;
  @ApiProperty() membershipId!: number;
}
