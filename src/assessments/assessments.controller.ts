import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentView,
  CreateAssessmentDto,
  CreateRubricDto,
  RubricQuery,
  RubricView,
  UpdateAssessmentDto,
  UpdateRubricDto,
} from './dto/assessment.dto';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('assessment-rubrics')
export class RubricsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Rubrics, all or those fitting a discipline' })
  @ApiOkResponse({ type: [RubricView] })
  list(@Query() query: RubricQuery): Promise<RubricView[]> {
    return this.assessments.rubrics(query.disciplineId);
  }

  @Post()
  @ApiOperation({ summary: 'Create a rubric: criteria, each on a scale (organisers, admins)' })
  @ApiCreatedResponse({ type: RubricView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateRubricDto): Promise<RubricView> {
    return this.assessments.createRubric(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: RubricView })
  get(@Param('id', IdPipe) id: number): Promise<RubricView> {
    return this.assessments.rubric(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename or retire a rubric (its criteria never change)' })
  @ApiOkResponse({ type: RubricView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateRubricDto,
  ): Promise<RubricView> {
    return this.assessments.updateRubric(actor, id, body);
  }
}

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post()
  @ApiOperation({ summary: 'Assess a trainee of a club the caller coaches, against a rubric' })
  @ApiCreatedResponse({ type: AssessmentView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateAssessmentDto): Promise<AssessmentView> {
    return this.assessments.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: AssessmentView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<AssessmentView> {
    return this.assessments.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Correct an assessment (audited, before and after)' })
  @ApiOkResponse({ type: AssessmentView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateAssessmentDto,
  ): Promise<AssessmentView> {
    return this.assessments.update(actor, id, body);
  }
}
