import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { createTestDatabase, TestDatabase } from './support/test-app';

/** The schema comes only from migrations, and they agree with the entities (`migration:generate --check`). */
describe('migrations', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ config, db } = database);
  });

  afterAll(() => database?.close());

  const tables = async () =>
    (
      await db.query<{ name: string }[]>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name',
        [config.database.name],
      )
    ).map((row) => row.name);

  /** What TypeORM would change to make the database match the entities: nothing, when there is no drift. */
  const drift = async () =>
    (await db.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);

  it('build a schema identical to the entities', async () => {
    await db.runMigrations();
    expect(await drift()).toEqual([]);
  });

  it('revert completely, one at a time, and apply again to the same schema', async () => {
    const applied = (await db.query<{ n: string }[]>('SELECT COUNT(*) AS n FROM migrations'))[0].n;
    for (let i = 0; i < Number(applied); i++) await db.undoLastMigration();
    // Left: TypeORM's own tables (typeorm_metadata holds the expressions of generated columns, and the
    // migration runner creates it before it reverts a migration).
    expect(await tables()).toEqual(['migrations', 'typeorm_metadata']);

    await db.runMigrations();
    expect(await drift()).toEqual([]);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'localities',
        'locality_successions',
        'organisations',
        'users',
        'role_assignments',
        'audit_log',
        'outbox',
      ]),
    );
  });
});
