import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { IDEMPOTENCY_HEADER, IdempotencyService, REPLAYED_HEADER } from '../idempotency/idempotency.service';
import {
  EnterScoresDto,
  ReopenSheetDto,
  ScoreSheetView,
  SheetOwnerDto,
  SheetQuery,
} from './dto/score-sheet.dto';
import { ScoreSheetsService } from './score-sheets.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds')
export class ScoreSheetsController {
  constructor(
    private readonly sheets: ScoreSheetsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get(':id/sheet')
  @ApiOperation({
    summary: 'A judge’s score sheet: what they owe, with their own marks only',
    description: 'A judge reads their own; a secretary of the panel or an organiser names the judge.',
  })
  @ApiOkResponse({ type: ScoreSheetView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: SheetQuery,
  ): Promise<ScoreSheetView> {
    return this.sheets.get(actor, id, query.judgeId);
  }

  @Put(':id/scores')
  @ApiOperation({
    summary: 'Enter many marks at once, all or nothing',
    description:
      'A filled cell changes only with the version read (409 listing the conflicts otherwise). The same request ' +
      `retried with the same ${IDEMPOTENCY_HEADER} applies once; the replayed answer carries ${REPLAYED_HEADER}: true.`,
  })
  @ApiHeader({ name: IDEMPOTENCY_HEADER, required: false, description: '1–100 printable ASCII characters.' })
  @ApiOkResponse({ type: ScoreSheetView })
  async enterScores(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: EnterScoresDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ScoreSheetView> {
    const answer = await this.sheets.enterScores(actor, id, body, this.idempotency.keyFrom(key));
    if (answer.replayed) void reply.header(REPLAYED_HEADER, 'true');
    void reply.status(answer.status);
    return answer.body;
  }

  @Post(':id/sheet/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Submit a sheet once every owed mark is in',
    description:
      'Answers 409 not_ready listing the empty cells by entry; an already submitted sheet is left as is.',
  })
  @ApiOkResponse({ type: ScoreSheetView })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: SheetOwnerDto,
  ): Promise<ScoreSheetView> {
    return this.sheets.submit(actor, id, body.judgeId);
  }

  @Post(':id/sheets/:judgeId/reopen')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Reopen a submitted sheet so the judge can change marks (organisers, with a reason)',
  })
  @ApiOkResponse({ type: ScoreSheetView })
  reopen(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('judgeId', IdPipe) judgeId: number,
    @Body() body: ReopenSheetDto,
  ): Promise<ScoreSheetView> {
    return this.sheets.reopen(actor, id, judgeId, body);
  }
}
