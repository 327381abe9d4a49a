import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  BulkConsentsDto,
  BulkConsentsView,
  ConsentCheckQuery,
  ConsentCheckView,
  ConsentView,
  RecordConsentDto,
  WithdrawConsentDto,
} from './dto/consent.dto';
import {
  CreateParticipantDto,
  ParticipantPage,
  ParticipantQuery,
  ParticipantView,
  UpdateParticipantDto,
} from './dto/participant.dto';
import { ParticipantsService } from './participants.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('participants')
@ApiBearerAuth()
@Controller('participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Search participants by any part of the name, without regard to accents; filter by locality, unit, discipline, age',
  })
  @ApiOkResponse({ type: ParticipantPage })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ParticipantQuery,
  ): Promise<Page<ParticipantView> & { totalCapped?: true }> {
    return this.participants.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Register a participant; 409 with the existing id when the same name and date of birth exist',
  })
  @ApiCreatedResponse({ type: ParticipantView })
  @ApiConflictResponse({ description: 'duplicate_participant, with `existingId`' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateParticipantDto): Promise<ParticipantView> {
    return this.participants.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: ParticipantView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ParticipantView> {
    return this.participants.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ParticipantView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateParticipantDto,
  ): Promise<ParticipantView> {
    return this.participants.update(actor, id, body);
  }

  @Get(':id/consents')
  @ApiOkResponse({ type: [ConsentView] })
  consents(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ConsentView[]> {
    return this.participants.consents(actor, id);
  }

  @Post('consents/bulk')
  @ApiOperation({
    summary:
      'Record many consents at once (a class’s paper forms): all of them, or none with each problem named',
  })
  @ApiCreatedResponse({ type: BulkConsentsView })
  async recordConsents(
    @CurrentActor() actor: Actor,
    @Body() body: BulkConsentsDto,
  ): Promise<BulkConsentsView> {
    return { items: await this.participants.recordConsents(actor, body.items) };
  }

  @Post(':id/consents')
  @ApiOperation({ summary: 'Record a consent: the guardian’s for a minor, or the participant’s own' })
  @ApiCreatedResponse({ type: ConsentView })
  recordConsent(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: RecordConsentDto,
  ): Promise<ConsentView> {
    return this.participants.recordConsent(actor, id, body);
  }

  @Post(':id/consents/:consentId/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw a consent; it stops counting at once' })
  @ApiOkResponse({ type: ConsentView })
  withdrawConsent(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('consentId', IdPipe) consentId: number,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentView> {
    return this.participants.withdrawConsent(actor, id, consentId, body.reason);
  }

  @Get(':id/consent-check')
  @ApiOperation({ summary: 'Whether the consents a purpose needs are given; 409 naming the missing ones' })
  @ApiOkResponse({ type: ConsentCheckView })
  @ApiConflictResponse({ description: 'consent_missing, with `missingConsents: [{kind, scope}]`' })
  checkConsent(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: ConsentCheckQuery,
  ): Promise<ConsentCheckView> {
    return this.participants.checkConsent(actor, id, query.purpose);
  }

  @Get(':id/export')
  @ApiOperation({ summary: 'Everything held on the person (data-subject access)' })
  export(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<Record<string, unknown>> {
    return this.participants.export(actor, id);
  }

  @Post(':id/anonymise')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Erase the personal fields; results stay, unlinked, for statistics (admin)' })
  @ApiOkResponse({ type: ParticipantView })
  anonymise(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ParticipantView> {
    return this.participants.anonymise(actor, id);
  }
}
