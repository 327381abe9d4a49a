import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { IdPipe } from '../common/validation/id.pipe';
import { CreateExportDto, ExportAccepted, ExportView } from './dto/export.dto';
import { ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask for a spreadsheet; follow it on GET /exports/:id, then download GET /exports/:id/file',
  })
  @ApiAcceptedResponse({ type: ExportAccepted })
  create(@CurrentActor() actor: Actor, @Body() body: CreateExportDto): Promise<ExportAccepted> {
    return this.exports.create(actor, body.kind, body.params);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An export’s state and progress (the requester’s own only)' })
  @ApiOkResponse({ type: ExportView })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<ExportView> {
    return this.exports.get(actor, id);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'The spreadsheet (XLSX), once built and until it expires' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  async file(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: number): Promise<StreamableFile> {
    const { fileName, byteSize, stream } = await this.exports.file(actor, id);
    return new StreamableFile(stream, {
      type: XLSX,
      length: byteSize,
      disposition: `attachment; filename="${fileName}"`,
    });
  }
}
