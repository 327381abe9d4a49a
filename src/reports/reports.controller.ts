import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { ReviewQuery, ReviewView, SummaryQuery, SummaryView } from './dto/report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  @ApiOperation({
    summary:
      'Programme figures within the caller’s subtree, grouped by up to two of locality, discipline, organisation, year',
  })
  @ApiOkResponse({ type: SummaryView })
  summary(@CurrentActor() actor: Actor, @Query() query: SummaryQuery): Promise<SummaryView> {
    return this.reports.summary(actor, query);
  }

  @Get('review')
  @ApiOperation({
    summary: 'A programme review (sơ kết 2019–2022, tổng kết 2019–2025): each figure per year with its trend',
  })
  @ApiOkResponse({ type: ReviewView })
  review(@CurrentActor() actor: Actor, @Query() query: ReviewQuery): Promise<ReviewView> {
    return this.reports.review(actor, query);
  }
}
