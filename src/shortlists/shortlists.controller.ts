import { IdPipe } from '../common/validation/id.pipe';
import { Body, Controller, Get, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Language } from '../common/errors/language';
import { RequestLanguage } from '../common/request-language.decorator';
import {
  CandidatePage,
  CandidateQuery,
  CandidateView,
  CreateShortlistDto,
  DecideDto,
  RepresentationQuery,
  ShortlistPage,
  ShortlistQuery,
  ShortlistView,
  RepresentationView,
} from './dto/shortlist.dto';
import { ShortlistsService } from './shortlists.service';

/** The answer to a shortlist request: the run to poll. */
class RunAccepted {
  @ApiProperty() id!: number;
}

@ApiTags('shortlists')
@ApiBearerAuth()
@Controller('shortlists')
export class ShortlistsController {
  constructor(private readonly shortlists: ShortlistsService) {}

  @Post()
  @ApiOperation({
    summary: 'Request a talent shortlist',
    description:
      '202 with the new run; 200 with the run already pending or building with the same parameters.',
  })
  @ApiAcceptedResponse({ type: RunAccepted })
  @ApiOkResponse({ type: RunAccepted, description: 'The run already pending or building.' })
  async request(
    @CurrentActor() actor: Actor,
    @Body() body: CreateShortlistDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ id: number }> {
    const answer = await this.shortlists.request(actor, body);
    void reply.status(answer.created ? HttpStatus.ACCEPTED : HttpStatus.OK);
    return { id: answer.id };
  }

  @Get()
  @ApiOkResponse({ type: ShortlistPage })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ShortlistQuery,
    @RequestLanguage() language: Language,
  ): Promise<ShortlistPage> {
    return this.shortlists.list(actor, query, language);
  }

  @Get(':id')
  @ApiOkResponse({ type: ShortlistView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @RequestLanguage() language: Language,
  ): Promise<ShortlistView> {
    return this.shortlists.get(actor, id, language);
  }

  @Post(':id/rebuild')
  @ApiOperation({ summary: 'Build a new version with the same parameters (decisions carried over)' })
  @ApiAcceptedResponse({ type: RunAccepted })
  async rebuild(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ id: number }> {
    const answer = await this.shortlists.rebuild(actor, id);
    void reply.status(answer.created ? HttpStatus.ACCEPTED : HttpStatus.OK);
    return { id: answer.id };
  }

  @Get(':id/candidates')
  @ApiOperation({
    summary: 'Candidates ranked within age bands, with evidence; decided children who dropped out last',
  })
  @ApiOkResponse({ type: CandidatePage })
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: CandidateQuery,
  ): Promise<CandidatePage> {
    return this.shortlists.candidates(actor, id, query);
  }

  @Get(':id/representation')
  @ApiOperation({ summary: 'Pool and candidates by locality (units of a date), gender and birth quarter' })
  @ApiOkResponse({ type: RepresentationView })
  representation(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: RepresentationQuery,
  ) {
    return this.shortlists.representation(actor, id, query);
  }

  @Patch(':id/candidates/:participantId')
  @ApiOkResponse({ type: CandidateView })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('participantId', IdPipe) participantId: number,
    @Body() body: DecideDto,
  ): Promise<CandidateView> {
    return this.shortlists.decide(actor, id, participantId, body);
  }
}
