import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { AdjustmentsService } from './adjustments.service';
import {
  CorrectionList,
  CorrectionView,
  CreateCorrectionDto,
  CreateDeductionDto,
  DeductionList,
  DeductionView,
  RevokeDeductionDto,
} from './dto/adjustments.dto';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds')
export class AdjustmentsController {
  constructor(private readonly adjustments: AdjustmentsService) {}

  @Get(':id/deductions')
  @ApiOkResponse({ type: DeductionList })
  deductions(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<DeductionList> {
    return this.adjustments.deductions(actor, id);
  }

  @Post(':id/deductions')
  @ApiOperation({
    summary: 'Record a deduction (time violation, fall, rule breach, disqualification) with a reason',
  })
  @ApiCreatedResponse({ type: DeductionView })
  recordDeduction(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateDeductionDto,
  ): Promise<DeductionView> {
    return this.adjustments.recordDeduction(actor, id, body);
  }

  @Post(':id/deductions/:deductionId/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Revoke a deduction, with a reason (it stays on record)' })
  @ApiOkResponse({ type: DeductionView })
  revokeDeduction(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Param('deductionId', IdPipe) deductionId: number,
    @Body() body: RevokeDeductionDto,
  ): Promise<DeductionView> {
    return this.adjustments.revokeDeduction(actor, id, deductionId, body);
  }

  @Get(':id/corrections')
  @ApiOkResponse({ type: CorrectionList })
  corrections(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<CorrectionList> {
    return this.adjustments.corrections(actor, id);
  }

  @Post(':id/corrections')
  @ApiOperation({ summary: 'Correct a judge’s mark after the lock, with a reason' })
  @ApiCreatedResponse({ type: CorrectionView })
  correct(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: CreateCorrectionDto,
  ): Promise<CorrectionView> {
    return this.adjustments.correct(actor, id, body);
  }
}
