import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import { ClubsService } from './clubs.service';
import {
  AddMemberDto,
  AssignCoachDto,
  ClubPage,
  ClubQuery,
  ClubView,
  CreateClubDto,
  CreateSessionDto,
  LeaveClubDto,
  MembershipPage,
  MembershipView,
  MemberCandidatePage,
  MemberCandidateQuery,
  MemberCandidateView,
  MemberQuery,
  RecordAttendanceDto,
  SessionAttendanceView,
  SessionPage,
  SessionQuery,
  SessionView,
  UpdateClubDto,
} from './dto/club.dto';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('clubs')
@ApiBearerAuth()
@Controller('clubs')
export class ClubsController {
  constructor(private readonly clubs: ClubsService) {}

  @Get()
  @ApiOperation({ summary: 'Clubs of the caller’s units, or the clubs a coach is assigned to' })
  @ApiOkResponse({ type: ClubPage })
  list(@CurrentActor() actor: Actor, @Query() query: ClubQuery): Promise<Page<ClubView>> {
    return this.clubs.list(actor, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ClubView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateClubDto): Promise<ClubView> {
    return this.clubs.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: ClubView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ClubView> {
    return this.clubs.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ClubView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateClubDto,
  ): Promise<ClubView> {
    return this.clubs.update(actor, id, body);
  }

  @Post(':id/coaches')
  @ApiOperation({ summary: 'Assign a coach (a user holding the coach role where the club is)' })
  @ApiCreatedResponse({ type: ClubView })
  assignCoach(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: AssignCoachDto,
  ): Promise<ClubView> {
    return this.clubs.assignCoach(actor, id, body.userId);
  }

  @Delete(':id/coaches/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  removeCoach(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('userId', IdPipe) userId: number,
  ): Promise<void> {
    return this.clubs.removeCoach(actor, id, userId);
  }

  @Get(':id/members')
  @ApiOkResponse({ type: MembershipPage })
  members(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: MemberQuery,
  ): Promise<Page<MembershipView>> {
    return this.clubs.members(actor, id, query);
  }

  @Get(':id/member-candidates')
  @ApiOperation({ summary: 'Children of the club’s unit matching a name, whom its coaches may add' })
  @ApiOkResponse({ type: MemberCandidatePage })
  memberCandidates(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: MemberCandidateQuery,
  ): Promise<Page<MemberCandidateView>> {
    return this.clubs.memberCandidates(actor, id, query);
  }

  @Post(':id/members')
  @ApiOperation({ summary: 'Add a member; needs room and, for a minor, the guardian’s consent' })
  @ApiCreatedResponse({ type: MembershipView })
  addMember(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: AddMemberDto,
  ): Promise<MembershipView> {
    return this.clubs.addMember(actor, id, body);
  }

  @Patch(':id/members/:membershipId')
  @ApiOperation({ summary: 'End a membership (the history stays)' })
  @ApiOkResponse({ type: MembershipView })
  leave(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('membershipId', IdPipe) membershipId: number,
    @Body() body: LeaveClubDto,
  ): Promise<MembershipView> {
    return this.clubs.leave(actor, id, membershipId, body);
  }

  @Get(':id/sessions')
  @ApiOkResponse({ type: SessionPage })
  sessions(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: SessionQuery,
  ): Promise<Page<SessionView>> {
    return this.clubs.sessions(actor, id, query);
  }

  @Post(':id/sessions')
  @ApiCreatedResponse({ type: SessionView })
  createSession(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateSessionDto,
  ): Promise<SessionView> {
    return this.clubs.createSession(actor, id, body);
  }
}

@ApiTags('clubs')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(private readonly clubs: ClubsService) {}

  @Get(':id')
  @ApiOkResponse({ type: SessionAttendanceView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<SessionAttendanceView> {
    return this.clubs.session(actor, id);
  }

  @Put(':id/attendance')
  @ApiOperation({ summary: 'Record (or correct) a whole session’s attendance in one request' })
  @ApiOkResponse({ type: SessionAttendanceView })
  recordAttendance(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: RecordAttendanceDto,
  ): Promise<SessionAttendanceView> {
    return this.clubs.recordAttendance(actor, id, body);
  }
}
