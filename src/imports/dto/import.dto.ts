import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { IMPORT_STATES, ImportState } from '../entities/import-job.entity';
import { integerFromQuery } from '../../common/validation/transforms';

/** The form fields sent with the file. */
export class ImportParticipantsForm {
  @ApiProperty({ description: 'The unit registering the imported participants; the caller must manage it.' })
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  organisationId!: number;
}

export class ImportAccepted {
  @ApiProperty() id!: number;
}

export class ImportRowErrorView {
  @ApiProperty({ description: 'The row in the file; the header is row 1.' }) row!: number;
  @ApiProperty() column!: string;
  @ApiProperty() message!: string;
}

export class ImportView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: IMPORT_STATES }) state!: ImportState;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: 'csv' | 'xlsx';
  @ApiProperty() organisationId!: number;
  @ApiProperty({ description: 'Data rows in the file.' }) totalRows!: number;
  @ApiProperty({ description: 'Rows checked so far.' }) processedRows!: number;
  @ApiProperty() importedRows!: number;
  @ApiProperty({
    description: 'Rows naming someone already registered (or repeated in the file): not imported again.',
  })
  duplicateRows!: number;
  @ApiProperty({ type: [ImportRowErrorView], description: 'When any row is wrong, nothing is imported.' })
  errors!: ImportRowErrorView[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) finishedAt!: Date | null;
}
