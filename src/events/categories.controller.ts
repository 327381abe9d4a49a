import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page, PageQuery } from '../common/pagination';
import { CategoriesService } from './categories.service';
import { CategoryView, UpdateCategoryDto } from './dto/category.dto';
import {
  BulkEntriesDto,
  CreateEntryDto,
  EntryListView,
  EntryPage,
  EntryQuery,
  EntryView,
} from './dto/entry.dto';
import { CreateRoundDto, RoundPage, RoundView } from './dto/round.dto';
import { EntriesService } from './entries.service';
import { RoundsService } from './rounds.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('events')
@ApiBearerAuth()
@Controller('categories')
export class CategoriesController {
  constructor(
    private readonly categories: CategoriesService,
    private readonly rounds: RoundsService,
    private readonly entries: EntriesService,
  ) {}

  @Get(':id')
  @ApiOkResponse({ type: CategoryView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<CategoryView> {
    return this.categories.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CategoryView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateCategoryDto,
  ): Promise<CategoryView> {
    return this.categories.update(actor, id, body);
  }

  @Get(':id/rounds')
  @ApiOkResponse({ type: RoundPage })
  roundsOf(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: PageQuery,
  ): Promise<Page<RoundView>> {
    return this.rounds.list(actor, id, query);
  }

  @Post(':id/rounds')
  @ApiOperation({ summary: 'Add the next round, with its rubric and rules (checked by the results engine)' })
  @ApiCreatedResponse({ type: RoundView })
  createRound(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateRoundDto,
  ): Promise<RoundView> {
    return this.rounds.create(actor, id, body);
  }

  @Get(':id/entries')
  @ApiOkResponse({ type: EntryPage })
  entriesOf(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Query() query: EntryQuery,
  ): Promise<Page<EntryView>> {
    return this.entries.list(actor, id, query);
  }

  @Post(':id/entries')
  @ApiOperation({ summary: 'Register an entry; eligibility is checked for every member' })
  @ApiCreatedResponse({ type: EntryView })
  async register(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateEntryDto,
  ): Promise<EntryView> {
    const [entry] = await this.entries.register(actor, id, [body], false);
    return entry;
  }

  @Post(':id/entries/bulk')
  @ApiOperation({ summary: 'Register many entries at once: all of them, or none with every problem named' })
  @ApiCreatedResponse({ type: EntryListView })
  async registerMany(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: BulkEntriesDto,
  ): Promise<EntryListView> {
    return { items: await this.entries.register(actor, id, body.entries, true) };
  }
}
