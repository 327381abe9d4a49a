import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import { IdPipe } from '../common/validation/id.pipe';
import {
  InvitableQuery,
  InvitableUnitView,
  InvitationPage,
  InvitationQuery,
  InvitationView,
  InviteOrganisationDto,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('events/:id/invitations')
  @ApiOperation({ summary: 'Invite a unit to co-organise the event; it does once its organisers accept' })
  @ApiCreatedResponse({ type: InvitationView })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: InviteOrganisationDto,
  ): Promise<InvitationView> {
    return this.invitations.invite(actor, id, body.organisationId);
  }

  @Get('events/:id/invitable-organisations')
  @ApiOperation({ summary: 'Units of the province the event may invite, found by a word of their name' })
  @ApiOkResponse({ type: [InvitableUnitView] })
  invitable(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: InvitableQuery,
  ): Promise<InvitableUnitView[]> {
    return this.invitations.invitable(actor, id, query.q);
  }

  @Get('events/:id/invitations')
  @ApiOperation({ summary: 'The invitations the event has sent, answered or not, newest first' })
  @ApiOkResponse({ type: [InvitationView] })
  ofEvent(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<InvitationView[]> {
    return this.invitations.ofEvent(actor, id);
  }

  @Get('invitations')
  @ApiOperation({ summary: 'Invitations to co-organise events, addressed to the units whose events I run' })
  @ApiOkResponse({ type: InvitationPage })
  list(@CurrentActor() actor: Actor, @Query() query: InvitationQuery): Promise<Page<InvitationView>> {
    return this.invitations.list(actor, query);
  }

  @Post('invitations/:id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept: the unit co-organises the event' })
  @ApiOkResponse({ type: InvitationView })
  accept(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<InvitationView> {
    return this.invitations.decide(actor, id, true);
  }

  @Post('invitations/:id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline the invitation' })
  @ApiOkResponse({ type: InvitationView })
  decline(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<InvitationView> {
    return this.invitations.decide(actor, id, false);
  }
}
