import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { ConfirmFlagDto, FlagList, FlagView, RoundView, UnlockRoundDto } from './dto/round-control.dto';
import { RoundControlService } from './round-control.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds')
export class RoundControlController {
  constructor(private readonly rounds: RoundControlService) {}

  @Post(':id/lock')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Lock the round: marks then change only by corrections',
    description: 'Needs every disagreement flag confirmed (409 not_ready listing them otherwise).',
  })
  @ApiOkResponse({ type: RoundView })
  lock(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<RoundView> {
    return this.rounds.lock(actor, id);
  }

  @Post(':id/unlock')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Unlock a round never published' })
  @ApiOkResponse({ type: RoundView })
  unlock(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UnlockRoundDto,
  ): Promise<RoundView> {
    return this.rounds.unlock(actor, id, body);
  }

  @Get(':id/flags')
  @ApiOperation({ summary: 'Entries whose judges’ totals spread beyond the round’s limit' })
  @ApiOkResponse({ type: FlagList })
  flags(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<FlagList> {
    return this.rounds.listFlags(actor, id);
  }

  @Post(':id/flags/:entryId/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm an entry’s disagreement flag for the spread it has now' })
  @ApiOkResponse({ type: FlagView })
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('entryId', IdPipe) entryId: number,
    @Body() body: ConfirmFlagDto,
  ): Promise<FlagView> {
    return this.rounds.confirmFlag(actor, id, entryId, body);
  }
}
