import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { PanelCandidateView, PanelView, ReplacePanelDto } from './dto/panel.dto';
import { PanelsService } from './panels.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds')
export class PanelsController {
  constructor(private readonly panels: PanelsService) {}

  @Get(':id/panel')
  @ApiOperation({
    summary: 'The round’s panel with recusals and their grounds',
    description:
      'Organisers see every declared conflict and recusal; a panel member only their own recusals.',
  })
  @ApiOkResponse({ type: PanelView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<PanelView> {
    return this.panels.get(actor, id);
  }

  @Get(':id/panel/candidates')
  @ApiOperation({
    summary: 'Who may judge the round',
    description:
      'Active accounts with the judge role at one of the event’s organising units (or below), or province-wide.',
  })
  @ApiOkResponse({ type: [PanelCandidateView] })
  candidates(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<PanelCandidateView[]> {
    return this.panels.candidates(actor, id);
  }

  @Put(':id/panel')
  @ApiOperation({
    summary: 'Replace the panel and the declared conflicts',
    description: 'A judge who has marked entries cannot leave the panel (409): mark them absent instead.',
  })
  @ApiOkResponse({ type: PanelView })
  replace(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: ReplacePanelDto,
  ): Promise<PanelView> {
    return this.panels.replace(actor, id, body);
  }
}
