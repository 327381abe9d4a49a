import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  CreateDisciplineDto,
  DisciplineDetail,
  DisciplinePage,
  DisciplineQuery,
  DisciplineView,
  UpdateDisciplineDto,
} from './dto/discipline.dto';
import { DisciplinesService } from './disciplines.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('disciplines')
@ApiBearerAuth()
@Controller('disciplines')
export class DisciplinesController {
  constructor(private readonly disciplines: DisciplinesService) {}

  @Get()
  @ApiOperation({ summary: 'Fields and disciplines: each field by name, then its disciplines by name' })
  @ApiOkResponse({ type: DisciplinePage })
  list(@Query() query: DisciplineQuery): Promise<Page<DisciplineView>> {
    return this.disciplines.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a field, or a discipline within a field (admin)' })
  @ApiCreatedResponse({ type: DisciplineDetail })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDisciplineDto): Promise<DisciplineDetail> {
    return this.disciplines.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A field with its disciplines, or one discipline' })
  @ApiOkResponse({ type: DisciplineDetail })
  get(@Param('id', IdPipe) id: number): Promise<DisciplineDetail> {
    return this.disciplines.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename, deactivate or reactivate a field or discipline; codes are stable (admin)',
  })
  @ApiOkResponse({ type: DisciplineDetail })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateDisciplineDto,
  ): Promise<DisciplineDetail> {
    return this.disciplines.update(actor, id, body);
  }
}
