import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { isDateOnly } from '../common/validation/is-date-only';
import { CompetitionAccess } from '../competition/competition-access';
import { AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { JobsService } from '../queue/jobs.service';
import { DIMENSIONS } from '../reports/report-figures';
import { ReportsService } from '../reports/reports.service';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { ChunkStream } from './chunk-stream';
import { ExportView } from './dto/export.dto';
import { ExportJob, ExportKind } from './entities/export-job.entity';
import { ExportBuilders } from './export-builders';
import { ExportsRepository } from './exports.repository';

const PROGRESS_EVERY_MS = 500;

/**
 * Spreadsheets built by queued jobs: asked for (checked at once against the caller's reach, then queued
 * through the outbox), built with progress, downloaded by the requester only, deleted when they expire.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: ExportsRepository,
    private readonly builders: ExportBuilders,
    private readonly competition: CompetitionAccess,
    private readonly reports: ReportsService,
    private readonly shortlists: ShortlistsService,
    private readonly access: AccessService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, kind: ExportKind, raw: Record<string, unknown>): Promise<{ id: number }> {
    const params = await this.checkedParams(actor, kind, raw);
    return inTransaction(this.dataSource, async (manager) => {
      const id = await this.exports.insert(
        manager,
        { kind, params, requestedById: actor.userId, requesterRoles: actor.roles },
        this.config.exportTtlHours,
      );
      await this.jobs.enqueue(manager, 'exports.build', { exportId: id });
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'export',
        entityId: id,
        after: { kind, params },
      });
      return { id };
    });
  }

  async get(actor: Actor, id: number): Promise<ExportView> {
    return view(await this.own(actor, id));
  }

  /** The file, streamed piece by piece from the database; each download is audited. */
  async file(actor: Actor, id: number): Promise<{ fileName: string; byteSize: number; stream: Readable }> {
    const job = await this.own(actor, id);
    if (job.state === 'expired') throw new AppError('not_found');
    if (job.state !== 'succeeded')
      throw new AppError('invalid_state', {
        detail: {
          vi: 'Tệp chưa sẵn sàng; xem trạng thái ở GET /exports/:id.',
          en: 'The file is not ready; see GET /exports/:id.',
        },
        extensions: { state: job.state },
      });
    await inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, actor, {
        action: 'download',
        entityType: 'export',
        entityId: id,
        after: { kind: job.kind },
      }),
    );
    const pieces = await this.exports.chunkCount(id);
    const exports = this.exports;
    async function* read() {
      for (let seq = 0; seq < pieces; seq++) {
        const data = await exports.chunk(id, seq);
        if (data) yield data;
      }
    }
    return { fileName: job.fileName!, byteSize: job.byteSize, stream: Readable.from(read()) };
  }

  /** The job: idempotent (a finished export is left alone; a half-built one starts again). */
  async run(exportId: number, reportProgress: (percent: number) => Promise<void>): Promise<void> {
    const job = await this.exports.find(exportId);
    if (!job || (job.state !== 'queued' && job.state !== 'running')) return;
    await this.exports.start(exportId);
    const actor: Actor = {
      userId: job.requestedById,
      roles: job.requesterRoles,
      sessionId: '',
      requestId: `export-${exportId}`,
      clientAddress: '',
    };
    const stream = new ChunkStream((seq, data) => this.exports.storeChunk(exportId, seq, data));
    let lastReport = 0;
    const progress = async (percent: number, rows: number) => {
      if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = Date.now();
      await this.exports.progress(exportId, percent, rows);
      await reportProgress(percent);
    };
    // Stored pieces may fail (the database gone): the build then fails with them, never unhandled.
    const written = finished(stream);
    written.catch(() => undefined);
    let built: { fileName: string; rows: number };
    try {
      built = await this.builders.build(job.kind, { actor, params: job.params, stream, progress });
      await written;
    } catch (error) {
      stream.destroy();
      throw error;
    }
    const { fileName, rows } = built;
    await inTransaction(this.dataSource, async (manager) => {
      await this.exports.finish(manager, exportId, { rows, fileName, byteSize: stream.bytes });
      await this.audit.record(manager, null, {
        action: 'build',
        entityType: 'export',
        entityId: exportId,
        after: { kind: job.kind, rows, byteSize: stream.bytes },
      });
    });
    await reportProgress(100);
    this.logger.log({ exportId, kind: job.kind, rows, bytes: stream.bytes, msg: 'Export built' });
  }

  async markBroken(exportId: number, error: unknown): Promise<void> {
    const failure = error instanceof AppError ? error.code : 'build_failed';
    await this.exports.fail(exportId, failure);
  }

  purgeExpired(): Promise<number> {
    return this.exports.purgeExpired();
  }

  /** Only the requester sees an export (others: 404, as if it did not exist). */
  private async own(actor: Actor, id: number): Promise<ExportJob> {
    const job = await this.exports.find(id);
    if (!job || job.requestedById !== actor.userId) throw new AppError('not_found');
    return job;
  }

  /**
   * The params of a kind, checked for shape and against the caller's reach now (so a refusal is immediate),
   * with what the job may show decided here: the stored params are the only input of the build.
   */
  private async checkedParams(
    actor: Actor,
    kind: ExportKind,
    raw: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const errors: FieldError[] = [];
    const id = (name: string) => {
      const value = raw[name];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        errors.push({
          path: `params.${name}`,
          message: { vi: 'phải là một số nguyên dương', en: 'must be a positive whole number' },
        });
      return value as number;
    };
    const date = (name: string, optional = false) => {
      const value = raw[name];
      if (value === undefined && optional) return undefined;
      if (!isDateOnly(value))
        errors.push({
          path: `params.${name}`,
          message: { vi: 'phải là một ngày dạng YYYY-MM-DD', en: 'must be a date as YYYY-MM-DD' },
        });
      return value as string;
    };
    const fail = () => {
      if (errors.length > 0) throw invalidFields(errors);
    };
    const manager = this.dataSource.manager;
    switch (kind) {
      case 'round_results': {
        const roundId = id('roundId');
        fail();
        const { round } = await this.competition.round(manager, actor, roundId, 'read');
        if (round.publishedVersion === 0)
          throw new AppError('invalid_state', {
            detail: { vi: 'Vòng thi chưa công bố kết quả.', en: 'The round’s results are not published.' },
          });
        return { roundId };
      }
      case 'category_standing': {
        const categoryId = id('categoryId');
        fail();
        await this.competition.category(manager, actor, categoryId, 'manage');
        return { categoryId };
      }
      case 'participants': {
        const organisationId = id('organisationId');
        fail();
        const path = await this.access.visibleOrganisationPath(actor, organisationId, 'organisation.read');
        const full = covers(this.access.scope(actor, 'participant.read'), path);
        if (!full && !covers(this.access.scope(actor, 'participant.read_limited'), path))
          throw new AppError('forbidden');
        return { organisationId, personal: full ? 'full' : 'limited' };
      }
      case 'shortlist': {
        const shortlistId = id('shortlistId');
        fail();
        const run = await this.shortlists.visibleRun(actor, shortlistId);
        if (run.state !== 'completed')
          throw new AppError('invalid_state', {
            detail: { vi: 'Danh sách chưa lập xong.', en: 'The shortlist is not built yet.' },
          });
        return { shortlistId };
      }
      case 'summary':
      case 'review': {
        this.reports.reader(actor);
        const from = date('from');
        const to = date('to');
        const params: Record<string, unknown> = { from, to };
        if (kind === 'summary') {
          const localitiesAt = date('localitiesAt', true);
          if (localitiesAt) params.localitiesAt = localitiesAt;
          const groupBy = raw.groupBy ?? [];
          if (
            !Array.isArray(groupBy) ||
            groupBy.length > 2 ||
            new Set(groupBy).size !== groupBy.length ||
            !groupBy.every((dimension) => (DIMENSIONS as readonly unknown[]).includes(dimension))
          )
            errors.push({
              path: 'params.groupBy',
              message: {
                vi: `tối đa hai trong số ${DIMENSIONS.join(', ')}`,
                en: `at most two of ${DIMENSIONS.join(', ')}`,
              },
            });
          params.groupBy = groupBy;
        }
        fail();
        if (to! < from!)
          throw invalidFields([
            {
              path: 'params.to',
              message: { vi: 'không được trước ngày bắt đầu (from)', en: 'must not be before from' },
            },
          ]);
        return params;
      }
    }
  }
}

function view(job: ExportJob): ExportView {
  const {
    id,
    kind,
    params,
    state,
    progress,
    rows,
    fileName,
    byteSize,
    failure,
    createdAt,
    finishedAt,
    expiresAt,
  } = job;
  const { personal: _personal, ...shown } = params;
  return {
    id,
    kind,
    params: shown,
    state,
    progress,
    rows,
    fileName,
    byteSize,
    failure,
    createdAt,
    finishedAt,
    expiresAt,
  };
}
