import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Page } from '../common/pagination';
import {
  CreateLocalityDto,
  LocalityDetail,
  LocalityPage,
  LocalityQuery,
  LocalityView,
  UpdateLocalityDto,
} from './dto/locality.dto';
import { LocalitiesService } from './localities.service';
import { IdPipe } from '../common/validation/id.pipe';

@ApiTags('localities')
@ApiBearerAuth()
@Controller('localities')
export class LocalitiesController {
  constructor(private readonly localities: LocalitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Administrative units; `at` keeps those valid on a date' })
  @ApiOkResponse({ type: LocalityPage })
  list(@Query() query: LocalityQuery): Promise<Page<LocalityView>> {
    return this.localities.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a unit, naming the former units it replaces (admin)' })
  @ApiCreatedResponse({ type: LocalityDetail })
  create(@CurrentActor() actor: Actor, @Body() body: CreateLocalityDto): Promise<LocalityDetail> {
    return this.localities.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: LocalityDetail })
  get(@Param('id', IdPipe) id: number): Promise<LocalityDetail> {
    return this.localities.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a unit, or close it with validTo and its successors (admin)' })
  @ApiOkResponse({ type: LocalityDetail })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateLocalityDto,
  ): Promise<LocalityDetail> {
    return this.localities.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a unit nothing refers to (admin); 409 otherwise: close it instead' })
  @ApiNoContentResponse()
  delete(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<void> {
    return this.localities.delete(actor, id);
  }
}
