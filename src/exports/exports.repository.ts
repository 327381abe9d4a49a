import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ExportChunk } from './entities/export-chunk.entity';
import { ExportJob } from './entities/export-job.entity';

export interface ParticipantExportRow {
  id: number;
  full_name: string;
  gender: string;
  date_of_birth: string | null;
  locality: string | null;
  school: string | null;
  organisation: string;
  guardian_name: string | null;
  guardian_relationship: string | null;
  guardian_phone: string | null;
}

/** Exports, their files in pieces, and the lists they are built from. */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: Pick<ExportJob, 'kind' | 'params' | 'requestedById' | 'requesterRoles'>,
    ttlHours: number,
  ): Promise<number> {
    const { identifiers } = await manager.insert(ExportJob, {
      ...values,
      state: 'queued',
      expiresAt: () => `CURRENT_TIMESTAMP(3) + INTERVAL ${Number(ttlHours)} HOUR`,
    } as QueryDeepPartialEntity<ExportJob>);
    return Number(identifiers[0].id);
  }

  find(id: number): Promise<ExportJob | null> {
    return this.dataSource.getRepository(ExportJob).findOneBy({ id });
  }

  /** Starts (or restarts) a build: any piece of an earlier attempt is dropped. */
  async start(id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ExportChunk, { exportId: id });
      await manager.update(ExportJob, { id }, { state: 'running', progress: 0, rows: 0 });
    });
  }

  async progress(id: number, progress: number, rows: number): Promise<void> {
    await this.dataSource.getRepository(ExportJob).update({ id }, { progress, rows });
  }

  async storeChunk(exportId: number, seq: number, data: Buffer): Promise<void> {
    await this.dataSource.getRepository(ExportChunk).insert({ exportId, seq, data });
  }

  async finish(
    manager: EntityManager,
    id: number,
    outcome: { rows: number; fileName: string; byteSize: number },
  ): Promise<void> {
    await manager.update(
      ExportJob,
      { id },
      { ...outcome, state: 'succeeded', progress: 100, finishedAt: () => 'CURRENT_TIMESTAMP(3)' },
    );
  }

  async fail(id: number, failure: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ExportChunk, { exportId: id });
      await manager.update(
        ExportJob,
        { id },
        { state: 'failed', failure, finishedAt: () => 'CURRENT_TIMESTAMP(3)' },
      );
    });
  }

  async chunkCount(exportId: number): Promise<number> {
    return this.dataSource.getRepository(ExportChunk).countBy({ exportId });
  }

  async chunk(exportId: number, seq: number): Promise<Buffer | null> {
    const row = await this.dataSource.getRepository(ExportChunk).findOneBy({ exportId, seq });
    return row?.data ?? null;
  }

  /** Drops the files of every export past its expiry; the rows stay (state `expired`) for the record. */
  async purgeExpired(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE c FROM export_chunks c JOIN exports e ON e.id = c.export_id WHERE e.expires_at < CURRENT_TIMESTAMP(3)`,
      );
      const result = await manager.query<{ affectedRows: number }>(
        `UPDATE exports SET state = 'expired', version = version + 1
          WHERE expires_at < CURRENT_TIMESTAMP(3) AND state <> 'expired'`,
      );
      return result.affectedRows;
    });
  }

  async countParticipants(organisationPath: string): Promise<number> {
    const [row] = await this.dataSource.query<{ total: string }[]>(
      `SELECT COUNT(*) AS total FROM participants p JOIN organisations o ON o.id = p.organisation_id
        WHERE o.path LIKE ? AND p.anonymised_at IS NULL`,
      [`${organisationPath}%`],
    );
    return Number(row.total);
  }

  /** One page of a unit's participants (its subtree), by id after `afterId`: keyset pages, each one query. */
  participantsPage(
    organisationPath: string,
    afterId: number,
    limit: number,
  ): Promise<ParticipantExportRow[]> {
    return this.dataSource.query<ParticipantExportRow[]>(
      `SELECT p.id, p.full_name, p.gender, DATE_FORMAT(p.date_of_birth, '%Y-%m-%d') AS date_of_birth,
              l.full_name AS locality, p.school, o.name AS organisation,
              p.guardian_name, p.guardian_relationship, p.guardian_phone
         FROM participants p JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN localities l ON l.id = p.home_locality_id
        WHERE o.path LIKE ? AND p.anonymised_at IS NULL AND p.id > ?
        ORDER BY p.id LIMIT ?`,
      [`${organisationPath}%`, afterId, limit],
    );
  }
}
