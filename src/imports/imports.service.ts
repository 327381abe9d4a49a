import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { BoardGeneration } from '../generations/board-generation';
import { AppError, invalidField } from '../common/errors/app-error';
import { Language, LocalisedText } from '../common/errors/language';
import { inTransaction } from '../database/transaction';
import { DisciplinesService } from '../disciplines/disciplines.service';
import { todayInVietnam } from '../participants/participant-rules';
import { ParticipantsRepository } from '../participants/participants.repository';
import { JobsService } from '../queue/jobs.service';
import { ImportView } from './dto/import.dto';
import { ImportJob, ImportRowError } from './entities/import-job.entity';
import { ImportsRepository } from './imports.repository';
import { checkParticipantRow, personKey, ValidParticipantRow } from './participant-rows';
import { ImportFileError } from './parsing/import-file-error';
import { ParticipantFileFormat, readParticipantFile } from './parsing/read-participant-file';

/** Errors kept of a failed import: enough to correct a file, bounded so a wrong file cannot bloat the row. */
const MAX_REPORTED_ERRORS = 1000;
const PROGRESS_EVERY_ROWS = 1000;

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer?: Buffer;
}

/**
 * Bulk registration from a CSV or XLSX file: the upload is checked at once (type, structure, columns) and
 * queued; the job checks every row and imports all of them in one transaction, or none and reports each bad
 * row. Rows naming someone already registered are skipped, so uploading a file again adds nobody twice.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly participants: ParticipantsRepository,
    private readonly disciplines: DisciplinesService,
    private readonly jobs: JobsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly boardGeneration: BoardGeneration,
  ) {}

  async upload(
    actor: Actor,
    file: UploadedFile | undefined,
    organisationId: number,
  ): Promise<{ id: number }> {
    await this.access.visibleOrganisationPath(
      actor,
      organisationId,
      'organisation.read',
      'participant.manage',
    );
    if (!file?.buffer) throw missingFile();
    const format = formatOf(file);
    try {
      await readParticipantFile(file.buffer, format);
    } catch (error) {
      if (error instanceof ImportFileError) throw unusableFile(error);
      throw error;
    }
    return inTransaction(this.dataSource, async (manager) => {
      const id = await this.imports.insert(manager, {
        kind: 'participants',
        organisationId,
        fileName: file.originalname.slice(0, 255),
        format,
        fileHash: createHash('sha256').update(file.buffer!).digest('hex'),
        content: file.buffer!,
        createdById: actor.userId,
      });
      await this.jobs.enqueue(manager, 'imports.participants', { importId: id });
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'import',
        entityId: id,
        after: { kind: 'participants', organisationId, fileName: file.originalname, format },
      });
      return { id };
    });
  }

  /** The import's state; visible to whoever may manage participants of its unit. */
  async get(actor: Actor, id: number, language: Language): Promise<ImportView> {
    const job = await this.imports.find(id);
    if (!job) throw new AppError('not_found');
    await this.access.visibleOrganisationPath(
      actor,
      job.organisationId,
      'participant.read',
      'participant.manage',
    );
    return view(job, language);
  }

  /** Marks an import whose job kept failing (not a bad row: a fault of ours or of the database) as failed. */
  async markBroken(importId: number): Promise<void> {
    await this.imports.finish(this.dataSource.manager, importId, {
      state: 'failed',
      importedRows: 0,
      duplicateRows: 0,
      processedRows: 0,
      errors: [
        {
          row: 0,
          column: '',
          message: {
            vi: 'Lỗi hệ thống khi nhập; hãy thử tải lên lại.',
            en: 'A system error stopped the import; upload the file again.',
          },
        },
      ],
    });
  }

  /** The job: idempotent, so a second delivery of a finished import changes nothing. */
  async run(importId: number, reportProgress: (percent: number) => Promise<void>): Promise<void> {
    const job = await this.imports.find(importId);
    if (!job || job.state === 'succeeded' || job.state === 'failed') return;
    const content = await this.imports.content(importId);
    if (!content) return;

    const { rows } = await readParticipantFile(content, job.format);
    await this.imports.start(importId, rows.length);
    const today = todayInVietnam();
    const manager = this.dataSource.manager;
    const codes = [
      ...new Set(
        rows
          .flatMap((row) => row.values.disciplines.split(/[,;]/).map((code) => code.trim().toUpperCase()))
          .filter(Boolean),
      ),
    ];
    const context = {
      organisationId: job.organisationId,
      today,
      localityIds: await this.imports.localityIdsValidOn(today),
      disciplineIds: await this.disciplines.idsByCode(manager, codes),
    };

    const errors: ImportRowError[] = [];
    const valid: ValidParticipantRow[] = [];
    for (const [index, row] of rows.entries()) {
      const checked = checkParticipantRow(row, context);
      if ('errors' in checked) errors.push(...checked.errors);
      else valid.push(checked.valid);
      if ((index + 1) % PROGRESS_EVERY_ROWS === 0) {
        await this.imports.progress(importId, index + 1);
        await reportProgress(Math.round(((index + 1) / rows.length) * 90));
      }
    }

    await inTransaction(this.dataSource, async (transaction) => {
      if (errors.length > 0) {
        await this.imports.finish(transaction, importId, {
          state: 'failed',
          importedRows: 0,
          duplicateRows: 0,
          errors: errors.slice(0, MAX_REPORTED_ERRORS),
          processedRows: rows.length,
        });
        return;
      }
      const registered = await this.imports.alreadyRegistered(
        transaction,
        valid.map(({ row, values }) => ({
          row,
          fullName: values.fullName,
          dateOfBirth: values.dateOfBirth!,
        })),
      );
      const seen = new Set<string>();
      const fresh = valid.filter(({ row, values }) => {
        const key = personKey({ fullName: values.fullName, dateOfBirth: values.dateOfBirth });
        const repeat = seen.has(key) || registered.has(row);
        seen.add(key);
        return !repeat;
      });
      await this.participants.insertMany(transaction, importId, fresh, job.createdById);
      // Consents written in bulk: as with any consent change, boards computed before it are not trusted.
      await this.boardGeneration.afterCommitForPeople(transaction);
      const outcome = {
        state: 'succeeded' as const,
        importedRows: fresh.length,
        duplicateRows: valid.length - fresh.length,
        errors: null,
        processedRows: rows.length,
      };
      await this.imports.finish(transaction, importId, outcome);
      await this.audit.record(transaction, null, {
        action: 'import',
        entityType: 'import',
        entityId: importId,
        after: {
          importedRows: outcome.importedRows,
          duplicateRows: outcome.duplicateRows,
          consentsRecorded: fresh.reduce((sum, row) => sum + row.consents.length, 0),
          organisationId: job.organisationId,
        },
      });
    });
    await reportProgress(100);
    this.logger.log({ importId, rows: rows.length, errors: errors.length, msg: 'Import finished' });
  }
}

/** The format, by the file's name or type; 415 for anything but CSV and XLSX. */
function formatOf(file: UploadedFile): ParticipantFileFormat {
  const name = file.originalname.toLowerCase();
  if (
    name.endsWith('.xlsx') ||
    file.mimetype === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  )
    return 'xlsx';
  if (name.endsWith('.csv') || file.mimetype === 'text/csv') return 'csv';
  throw new AppError('unsupported_media_type', {
    detail: {
      vi: 'Chỉ nhận tệp CSV (UTF-8) hoặc XLSX.',
      en: 'Only CSV (UTF-8) and XLSX files are accepted.',
    },
  });
}

function missingFile(): AppError {
  return invalidField('file', {
    vi: 'là bắt buộc (một tệp CSV hoặc XLSX)',
    en: 'is required (a CSV or XLSX file)',
  });
}

const FILE_PROBLEMS: Record<ImportFileError['reason'], (error: ImportFileError) => LocalisedText> = {
  malformed: () => ({
    vi: 'Tệp bị hỏng hoặc không phải CSV (UTF-8) hay XLSX. Trong Excel, chọn "Save As" rồi "CSV UTF-8" hoặc "Excel Workbook (.xlsx)".',
    en: 'The file is damaged or not CSV (UTF-8) or XLSX. In Excel, choose "Save As", then "CSV UTF-8" or "Excel Workbook (.xlsx)".',
  }),
  empty: () => ({ vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' }),
  missing_columns: (error) => ({
    vi: `Thiếu cột bắt buộc: ${(error.columns ?? []).join(', ')}. Dòng 1 phải là dòng tiêu đề.`,
    en: `Required columns are missing: ${(error.columns ?? []).join(', ')}. Row 1 must hold the headers.`,
  }),
  too_many_rows: (error) => ({
    vi: `Tệp có quá ${error.maxRows} dòng; hãy chia nhỏ.`,
    en: `The file has more than ${error.maxRows} rows; split it.`,
  }),
};

function unusableFile(error: ImportFileError): AppError {
  return new AppError('invalid_file', {
    detail: FILE_PROBLEMS[error.reason](error),
    extensions: { reason: error.reason, ...(error.columns && { columns: error.columns }) },
  });
}

function view(job: ImportJob, language: Language): ImportView {
  return {
    id: job.id,
    state: job.state,
    fileName: job.fileName,
    format: job.format,
    organisationId: job.organisationId,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    importedRows: job.importedRows,
    duplicateRows: job.duplicateRows,
    errors: (job.errors ?? []).map((error) => ({
      row: error.row,
      column: error.column,
      message: error.message[language],
    })),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
