import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/decorators';
import { Language } from '../common/errors/language';
import { RequestLanguage } from '../common/request-language.decorator';
import { ImportAccepted, ImportParticipantsForm, ImportView } from './dto/import.dto';
import { ImportsService } from './imports.service';
import { IdPipe } from '../common/validation/id.pipe';

/** Larger files are refused with 413: split them (50,000 rows at most either way). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('participants')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1 },
      defParamCharset: 'utf8',
    }),
  )
  @ApiOperation({
    summary:
      'Upload participants (CSV or XLSX; columns in the README); follow the import on GET /imports/:id',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'organisationId'],
      properties: { file: { type: 'string', format: 'binary' }, organisationId: { type: 'integer' } },
    },
  })
  @ApiAcceptedResponse({ type: ImportAccepted })
  upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedMultipartFile | undefined,
    @Body() form: ImportParticipantsForm,
  ): Promise<ImportAccepted> {
    return this.imports.upload(actor, file, form.organisationId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The state of an import: progress, counts and the errors of each bad row' })
  @ApiOkResponse({ type: ImportView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: number,
    @RequestLanguage() language: Language,
  ): Promise<ImportView> {
    return this.imports.get(actor, id, language);
  }
}
