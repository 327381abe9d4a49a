import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ImportJob, ImportRowError, ImportState } from './entities/import-job.entity';

/** Imports and the lookups an import needs. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: Pick<
      ImportJob,
      'kind' | 'organisationId' | 'fileName' | 'format' | 'fileHash' | 'content' | 'createdById'
    >,
  ): Promise<number> {
    const { identifiers } = await manager.insert(ImportJob, { ...values, state: 'queued' });
    return Number(identifiers[0].id);
  }

  find(id: number): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOneBy({ id });
  }

  async content(id: number): Promise<Buffer | null> {
    const row = await this.dataSource
      .getRepository(ImportJob)
      .findOne({ where: { id }, select: { id: true, content: true } });
    return row?.content ?? null;
  }

  async start(id: number, totalRows: number): Promise<void> {
    await this.dataSource
      .getRepository(ImportJob)
      .update({ id }, { state: 'running', totalRows, processedRows: 0 });
  }

  async progress(id: number, processedRows: number): Promise<void> {
    await this.dataSource.getRepository(ImportJob).update({ id }, { processedRows });
  }

  /** Records the outcome and drops the file: it holds personal data and is no longer needed. */
  async finish(
    manager: EntityManager,
    id: number,
    outcome: {
      state: Extract<ImportState, 'succeeded' | 'failed'>;
      importedRows: number;
      duplicateRows: number;
      errors: ImportRowError[] | null;
      processedRows: number;
    },
  ): Promise<void> {
    await manager.update(
      ImportJob,
      { id },
      { ...outcome, content: null, finishedAt: () => 'CURRENT_TIMESTAMP(3)' },
    );
  }

  /** Locality codes valid on `on` → ids (codes are reused over time, but not at one date). */
  async localityIdsValidOn(on: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ id: number; code: string }[]>(
      `SELECT id, code FROM localities
        WHERE (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?) ORDER BY level`,
      [on, on],
    );
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /**
   * The rows (by number) naming someone already registered: same name (without case or accents, as the
   * column compares) and date of birth, not anonymised. Set-based, through a temporary table.
   */
  async alreadyRegistered(
    manager: EntityManager,
    people: { row: number; fullName: string; dateOfBirth: string }[],
  ): Promise<Set<number>> {
    await manager.query('DROP TEMPORARY TABLE IF EXISTS import_people');
    await manager.query(
      `CREATE TEMPORARY TABLE import_people (file_row INT NOT NULL, full_name VARCHAR(150) NOT NULL, date_of_birth DATE NOT NULL,
         INDEX (date_of_birth, full_name)) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci`,
    );
    try {
      for (let start = 0; start < people.length; start += 1000) {
        const batch = people.slice(start, start + 1000);
        await manager.query(
          `INSERT INTO import_people (file_row, full_name, date_of_birth) VALUES ${batch.map(() => '(?, ?, ?)').join(', ')}`,
          batch.flatMap((person) => [person.row, person.fullName, person.dateOfBirth]),
        );
      }
      const rows = await manager.query<{ file_row: number }[]>(
        `SELECT DISTINCT i.file_row FROM import_people i
           JOIN participants p ON p.date_of_birth = i.date_of_birth AND p.full_name = i.full_name AND p.anonymised_at IS NULL`,
      );
      return new Set(rows.map((row) => row.file_row));
    } finally {
      await manager.query('DROP TEMPORARY TABLE IF EXISTS import_people');
    }
  }
}
