import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { EntryView, UpdateEntryDto } from './dto/entry.dto';
import { EntriesService } from './entries.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('events')
@ApiBearerAuth()
@Controller('entries')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Get(':id')
  @ApiOkResponse({ type: EntryView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<EntryView> {
    return this.entries.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit, withdraw (state: withdrawn, withdrawReason) or reinstate an entry' })
  @ApiOkResponse({ type: EntryView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateEntryDto,
  ): Promise<EntryView> {
    return this.entries.update(actor, id, body);
  }
}
