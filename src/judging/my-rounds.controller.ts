import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { MyRoundList } from './dto/my-rounds.dto';
import { MyRoundsService } from './my-rounds.service';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('me/rounds')
export class MyRoundsController {
  constructor(private readonly rounds: MyRoundsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The rounds whose panel lists the caller (judge or secretary): where, when and what their sheet owes',
  })
  @ApiOkResponse({ type: MyRoundList })
  list(@CurrentActor() actor: Actor): Promise<MyRoundList> {
    return this.rounds.list(actor);
  }
}
