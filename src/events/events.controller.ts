import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page, PageQuery } from '../common/pagination';
import { CategoriesService } from './categories.service';
import { CategoryPage, CategoryView, CreateCategoryDto } from './dto/category.dto';
import {
  CreateEventDto,
  EventPage,
  EventQuery,
  EventView,
  TransitionDto,
  UpdateEventDto,
} from './dto/event.dto';
import { EventsService } from './events.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly categories: CategoriesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Events of the caller’s units, and those the caller judges in; newest first' })
  @ApiOkResponse({ type: EventPage })
  list(@CurrentActor() actor: Actor, @Query() query: EventQuery): Promise<Page<EventView>> {
    return this.events.list(actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'Create an event (a draft)' })
  @ApiCreatedResponse({ type: EventView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEventDto): Promise<EventView> {
    return this.events.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<EventView> {
    return this.events.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: EventView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateEventDto,
  ): Promise<EventView> {
    return this.events.update(actor, id, body);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Move the event on: draft → open → judging → published → archived (or a step back while harmless)',
  })
  @ApiOkResponse({ type: EventView })
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: TransitionDto,
  ): Promise<EventView> {
    return this.events.transition(actor, id, body);
  }

  @Get(':id/categories')
  @ApiOkResponse({ type: CategoryPage })
  categoriesOf(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: PageQuery,
  ): Promise<Page<CategoryView>> {
    return this.categories.list(actor, id, query);
  }

  @Post(':id/categories')
  @ApiCreatedResponse({ type: CategoryView })
  createCategory(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateCategoryDto,
  ): Promise<CategoryView> {
    return this.categories.create(actor, id, body);
  }
}
