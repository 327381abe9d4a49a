import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  CreateOrganisationDto,
  OrganisationPage,
  OrganisationQuery,
  OrganisationView,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations within the caller’s reach (all for admins)' })
  @ApiOkResponse({ type: OrganisationPage })
  list(@CurrentActor() actor: Actor, @Query() query: OrganisationQuery): Promise<Page<OrganisationView>> {
    return this.organisations.list(actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a unit under one the caller manages (roots: admins)' })
  @ApiCreatedResponse({ type: OrganisationView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisationView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<OrganisationView> {
    return this.organisations.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit, move or close a unit the caller manages' })
  @ApiOkResponse({ type: OrganisationView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, body);
  }
}
