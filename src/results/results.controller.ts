import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../access/actor';
import { CurrentActor, Public } from '../auth/decorators';
import { AdvanceOutcome, AdvancementService } from './advancement.service';
import {
  AdvanceDto,
  AdvanceView,
  CategoryStandingView,
  PublicationList,
  PublicationView,
  PublicResultsView,
  PublishDto,
  ResultsQuery,
  RoundResultsView,
  VersionQuery,
} from './dto/results.dto';
import { PublicBoard } from './public-board/public-board';
import { RoundResultsPayload, ResultsService } from './results.service';
import { CategoryStanding } from './standing';
import { IdPipe } from '../common/validation/id.pipe';

/**
 * How long a cache may keep public results. This server shows a consent withdrawn on the next read, so a
 * cached copy elsewhere may show a withdrawn name for at most this long.
 */
export const PUBLIC_RESULTS_MAX_AGE_SECONDS = 60;

@ApiTags('results')
@ApiBearerAuth()
@Controller('rounds')
export class RoundResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly advancement: AdvancementService,
  ) {}

  @Get(':id/results')
  @ApiOperation({
    summary:
      'Live results and readiness for publication (organisers, the panel’s secretaries); ?version=N: a publication; ?include=breakdown: with each entry’s breakdown',
  })
  @ApiOkResponse({ type: RoundResultsView })
  preview(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: ResultsQuery,
  ): Promise<RoundResultsPayload> {
    return this.results.preview(actor, id, query.version, query.include === 'breakdown');
  }

  @Post(':id/publish')
  @ApiOperation({
    summary:
      'Freeze the results as a new publication (201); the same results as the latest publication: 200 with it, nothing written',
  })
  @ApiCreatedResponse({ type: PublicationView })
  @ApiOkResponse({ type: PublicationView, description: 'Unchanged since the latest publication.' })
  @ApiConflictResponse({ description: 'not_ready, with `blockers` (see the preview’s readiness)' })
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: PublishDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { created, publication } = await this.results.publish(actor, id, body.reason);
    void reply.status(created ? 201 : 200).send(publication);
  }

  @Get(':id/results/versions')
  @ApiOperation({ summary: 'The round’s publications, newest first' })
  @ApiOkResponse({ type: PublicationList })
  versions(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<PublicationList> {
    return this.results.versions(actor, id);
  }

  @Post(':id/advance')
  @ApiOperation({
    summary:
      'Advance the published advancing entries: into the next round, or (targetCategoryId) into a next-level event’s category',
  })
  @ApiCreatedResponse({ type: AdvanceView })
  advance(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: AdvanceDto,
  ): Promise<AdvanceOutcome> {
    return this.advancement.advance(actor, id, body.targetCategoryId, body.recall);
  }
}

@ApiTags('results')
@ApiBearerAuth()
@Controller('categories')
export class CategoryStandingController {
  constructor(private readonly results: ResultsService) {}

  @Get(':id/standing')
  @ApiOperation({
    summary:
      'The final standing over the category’s published rounds that count towards it (their weighted mean), with its prizes',
  })
  @ApiOkResponse({ type: CategoryStandingView })
  @ApiConflictResponse({ description: 'not_ready: a counted round is not published (`blockers`)' })
  standing(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<CategoryStanding> {
    return this.results.standing(actor, id);
  }
}

@ApiTags('results')
@Controller('public/rounds')
export class PublicResultsController {
  constructor(private readonly boards: PublicBoard) {}

  @Public()
  @Get(':id/results')
  @ApiOperation({
    summary:
      'Published results, without authentication: ranks, scores, prizes; names only with consent; ?version=N: an earlier publication',
  })
  @ApiOkResponse({
    type: PublicResultsView,
    headers: {
      ETag: {
        description: 'Changes with the publication and with any consent or name it shows',
        schema: { type: 'string' },
      },
    },
  })
  @ApiNotModifiedResponse({ description: 'If-None-Match names the current ETag.' })
  async get(
    @Param('id', IdPipe) id: number,
    @Query() query: VersionQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const board = await this.boards.board(id, query.version);
    // Set only on success: a round about to be published must not stay "not found" in caches.
    void reply.header('Cache-Control', `public, max-age=${PUBLIC_RESULTS_MAX_AGE_SECONDS}`);
    void reply.header('ETag', board.etag);
    if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, board.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply.type('application/json; charset=utf-8').send(board.body);
  }
}

/** If-None-Match as RFC 9110 reads it: `*`, or a list of tags compared weakly. */
function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
