import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { RoundView, UpdateRoundDto } from './dto/round.dto';
import { RoundsService } from './rounds.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('events')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get(':id')
  @ApiOkResponse({ type: RoundView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<RoundView> {
    return this.rounds.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: RoundView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateRoundDto,
  ): Promise<RoundView> {
    return this.rounds.update(actor, id, body);
  }
}
