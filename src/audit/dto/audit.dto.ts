import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { integerFromQuery } from '../../common/validation/transforms';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The acting user’s id.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  actor?: number;

  @ApiPropertyOptional({ description: 'The entity type: user, organisation, locality…', example: 'user' })
  @IsOptional()
  @Matches(/^[a-z_]{1,60}$/)
  entity?: string;

  @ApiPropertyOptional({ description: 'With `entity`: one record.' })
  @IsOptional()
  @MaxLength(40)
  entityId?: string;

  @ApiPropertyOptional({ example: 'update' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/)
  action?: string;

  @ApiPropertyOptional({
    description: 'From this instant (ISO 8601; a date means its start, UTC).',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    description: 'Before this instant (a date means its end, UTC).',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ nullable: true, type: Number }) actorId!: number | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ nullable: true, type: Object }) before!: object | null;
  @ApiProperty({ nullable: true, type: Object }) after!: object | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
}

export class AuditPage extends PageOf(AuditEntryView) {}
