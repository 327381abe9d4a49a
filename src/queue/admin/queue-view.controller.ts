import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/decorators';
import { PageQuery, pageOf } from '../../common/pagination';
import { FailedJobPage, QueueSummaryList } from './queue-view.dto';
import { QueueViewService } from './queue-view.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueViewController {
  constructor(private readonly view: QueueViewService) {}

  @Get()
  @ApiOperation({ summary: 'Every queue with its job counts by state (administrators)' })
  @ApiOkResponse({ type: QueueSummaryList })
  summary(@CurrentActor() actor: Actor) {
    return this.view.summary(actor);
  }

  @Get(':name/failed')
  @ApiOperation({ summary: 'A queue’s failed jobs with their reasons and attempts; job data holds ids only' })
  @ApiOkResponse({ type: FailedJobPage })
  async failed(@CurrentActor() actor: Actor, @Param('name') name: string, @Query() query: PageQuery) {
    const { items, total } = await this.view.failed(actor, name, query);
    return pageOf(items, total, query);
  }
}
