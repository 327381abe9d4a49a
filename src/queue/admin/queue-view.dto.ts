import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';

export class QueueSummaryView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Jobs by state.' })
  counts!: Record<string, number>;
}

export class QueueSummaryList {
  @ApiProperty({ type: [QueueSummaryView] }) items!: QueueSummaryView[];
}

export class FailedJobView {
  @ApiProperty({ type: String, nullable: true }) id!: string | undefined;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Record ids only (job payloads never hold more).',
  })
  data!: unknown;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty() failedReason!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
}

export class FailedJobPage extends PageOf(FailedJobView) {}
