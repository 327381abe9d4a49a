import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';
import { EXPORT_KINDS, EXPORT_STATES, ExportKind, ExportState } from '../entities/export-job.entity';

export class CreateExportDto {
  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS)
  kind!: ExportKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'round_results {roundId}; category_standing {categoryId}; summary {from, to, groupBy?, localitiesAt?} (as GET /reports/summary); review {from, to}; participants {organisationId}; shortlist {shortlistId} (a completed version, with each candidate’s evidence).',
    example: { roundId: 12 },
  })
  @IsObject()
  params!: Record<string, unknown>;
}

export class ExportAccepted {
  @ApiProperty() id!: number;
}

export class ExportView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: EXPORT_KINDS }) kind!: ExportKind;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty({ enum: EXPORT_STATES }) state!: ExportState;
  @ApiProperty({ description: '0–100.' }) progress!: number;
  @ApiProperty({ description: 'Data rows written so far.' }) rows!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) fileName!: string | null;
  @ApiProperty() byteSize!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) failure!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) finishedAt!: Date | null;
  @ApiProperty({ description: 'The file is deleted after this.' }) expiresAt!: Date;
}
