import { IdPipe } from '../common/validation/id.pipe';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  CreateProgrammeDto,
  EnrolDto,
  EnrolmentView,
  ProgrammeClubView,
  ProgrammePage,
  ProgrammeQuery,
  ProgrammeView,
} from './dto/fostering.dto';
import { FosteringService } from './fostering.service';

@ApiTags('fostering')
@ApiBearerAuth()
@Controller('fostering-programmes')
export class FosteringController {
  constructor(private readonly fostering: FosteringService) {}

  @Get()
  @ApiOkResponse({ type: ProgrammePage })
  list(@CurrentActor() actor: Actor, @Query() query: ProgrammeQuery): Promise<Page<ProgrammeView>> {
    return this.fostering.list(actor, query);
  }

  @Get('clubs')
  @ApiOperation({ summary: 'The clubs a new programme may be run through' })
  @ApiOkResponse({ type: [ProgrammeClubView] })
  clubs(@CurrentActor() actor: Actor): Promise<ProgrammeClubView[]> {
    return this.fostering.programmeClubs(actor);
  }

  @Post()
  @ApiCreatedResponse({ type: ProgrammeView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProgrammeDto): Promise<ProgrammeView> {
    return this.fostering.create(actor, body);
  }

  @Post(':id/enrolments')
  @ApiOperation({ summary: 'Enrol accepted candidates: all or none, with an error per child' })
  @ApiCreatedResponse({ type: [EnrolmentView] })
  enrol(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: EnrolDto,
  ): Promise<EnrolmentView[]> {
    return this.fostering.enrol(actor, id, body);
  }
}
