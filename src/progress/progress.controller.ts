import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page, PageQuery } from '../common/pagination';
import { ParticipantProgress, Trainee, TraineePage } from './progress.dto';
import { ProgressService } from './progress.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('participants')
@ApiBearerAuth()
@Controller('participants')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get(':id/progress')
  @ApiOperation({
    summary: 'A timeline ready to draw: assessments per criterion, attendance by month, contest results',
  })
  @ApiOkResponse({ type: ParticipantProgress })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ParticipantProgress> {
    return this.progress.ofParticipant(actor, id);
  }
}

@ApiTags('clubs')
@ApiBearerAuth()
@Controller('me/trainees')
export class TraineesController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @ApiOperation({
    summary: 'A coach’s trainees with their latest assessment, 90-day attendance and warning flags',
  })
  @ApiOkResponse({ type: TraineePage })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Page<Trainee>> {
    return this.progress.trainees(actor, query);
  }
}
