import { DataSource } from 'typeorm';
import { prepareDatabase } from '../src/bootstrap/prepare-database';
import { AppConfig } from '../src/config/app-config';
import { verifyPassword } from '../src/users/password';
import { createTestDatabase, TestDatabase } from './support/test-app';

/** What the first start does to an empty server, and that a second start changes nothing. */
describe('database preparation on first start', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ config, db } = database);
    await prepareDatabase(config);
  });

  afterAll(() => database?.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }[]>(sql, params))[0].n);

  it('creates the database in utf8mb4 with the accent-insensitive collation', async () => {
    const [schema] = await db.query<{ charset: string; collation: string }[]>(
      'SELECT default_character_set_name AS charset, default_collation_name AS collation FROM information_schema.schemata WHERE schema_name = ?',
      [config.database.name],
    );
    expect(schema).toEqual({ charset: 'utf8mb4', collation: 'utf8mb4_unicode_520_ci' });
    const tablesWithOtherCollation = await count(
      "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_collation <> 'utf8mb4_unicode_520_ci'",
      [config.database.name],
    );
    expect(tablesWithOtherCollation).toBe(0);
  });

  it('applies every migration', async () => {
    expect(await db.showMigrations()).toBe(false);
  });

  describe('Quảng Ninh localities', () => {
    const validOn = (level: string, date: string) =>
      count(
        'SELECT COUNT(*) AS n FROM localities WHERE level = ? AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)',
        [level, date, date],
      );

    it('has the province with its official code', async () => {
      const rows = await db.query<unknown[]>(
        "SELECT code, full_name AS fullName FROM localities WHERE level = 'province'",
      );
      expect(rows).toEqual([{ code: '22', fullName: 'Tỉnh Quảng Ninh' }]);
    });

    it('has 14 district-level units in 2019, 13 after Hoành Bồ joined Hạ Long, none after July 2025', async () => {
      expect(await validOn('district', '2019-06-01')).toBe(14);
      expect(await validOn('district', '2020-01-01')).toBe(13);
      expect(await validOn('district', '2025-06-30')).toBe(13);
      expect(await validOn('district', '2025-07-01')).toBe(0);
    });

    it('records Đông Triều as a town until 31 October 2024 and a city from 1 November 2024', async () => {
      const rows = await db.query<unknown[]>(
        "SELECT kind, full_name AS fullName, DATE_FORMAT(valid_from, '%Y-%m-%d') AS validFrom, DATE_FORMAT(valid_to, '%Y-%m-%d') AS validTo FROM localities WHERE level = 'district' AND code = '205' ORDER BY valid_to",
      );
      expect(rows).toEqual([
        { kind: 'town', fullName: 'Thị xã Đông Triều', validFrom: null, validTo: '2024-10-31' },
        { kind: 'city', fullName: 'Thành phố Đông Triều', validFrom: '2024-11-01', validTo: '2025-06-30' },
      ]);
    });

    it('has 171 commune-level units on 30 June 2025 and 54 (30 wards, 22 communes, 2 special zones) from 1 July 2025', async () => {
      expect(await validOn('commune', '2025-06-30')).toBe(171);
      expect(await validOn('commune', '2025-07-01')).toBe(54);
      const kinds = await db.query<{ kind: string; n: string }[]>(
        "SELECT kind, COUNT(*) AS n FROM localities WHERE level = 'commune' AND valid_from = '2025-07-01' GROUP BY kind ORDER BY kind",
      );
      expect(kinds.map(({ kind, n }) => [kind, Number(n)])).toEqual([
        ['commune', 22],
        ['special_zone', 2],
        ['ward', 30],
      ]);
    });

    it('places the 2025 units directly under the province and the former ones under their district', async () => {
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM localities c JOIN localities p ON p.id = c.parent_id WHERE c.valid_from = '2025-07-01' AND p.level = 'province'",
        ),
      ).toBe(54);
      const [hongGai] = await db.query<{ district: string }[]>(
        "SELECT p.full_name AS district FROM localities c JOIN localities p ON p.id = c.parent_id WHERE c.level = 'commune' AND c.valid_to = '2025-06-30' AND c.name = 'Hồng Gai'",
      );
      expect(hongGai.district).toBe('Thành phố Hạ Long');
    });

    it('records which former units each new one replaced', async () => {
      const predecessorsOf = async (name: string) =>
        (
          await db.query<{ name: string; partial: number }[]>(
            `SELECT p.name, s.partial FROM locality_successions s
               JOIN localities p ON p.id = s.predecessor_id JOIN localities n ON n.id = s.successor_id
              WHERE n.name = ? AND n.valid_from = '2025-07-01' AND p.level = 'commune' ORDER BY p.name`,
            [name],
          )
        ).map(({ name: predecessor, partial }) => [predecessor, Boolean(partial)]);

      expect(await predecessorsOf('Quảng La')).toEqual([
        ['Bằng Cả', false],
        ['Dân Chủ', false],
        ['Quảng La', false],
        ['Tân Dân', false],
      ]);
      expect(await predecessorsOf('Hồng Gai')).toEqual([
        ['Bạch Đằng', false],
        ['Hồng Gai', false],
        ['Trần Hưng Đạo', false],
      ]);
      // Xã Cái Chiên was kept as it was: its former self is its only predecessor.
      expect(await predecessorsOf('Cái Chiên')).toEqual([['Cái Chiên', false]]);
    });

    it('gives every former commune-level unit at least one successor, and Hoành Bồ district Hạ Long', async () => {
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM localities l WHERE l.level = 'commune' AND l.valid_to = '2025-06-30' AND NOT EXISTS (SELECT 1 FROM locality_successions s WHERE s.predecessor_id = l.id)",
        ),
      ).toBe(0);
      const successors = await db.query<{ name: string }[]>(
        "SELECT n.full_name AS name FROM locality_successions s JOIN localities p ON p.id = s.predecessor_id JOIN localities n ON n.id = s.successor_id WHERE p.name = 'Hoành Bồ' AND p.level = 'district'",
      );
      expect(successors).toEqual([{ name: 'Thành phố Hạ Long' }]);
    });

    it('finds names without diacritics, đ included', async () => {
      const rows = await db.query<{ name: string }[]>(
        "SELECT name FROM localities WHERE name LIKE ? AND valid_from = '2025-07-01' ORDER BY name",
        ['dong %'],
      );
      expect(rows.map((row) => row.name)).toEqual(['Đông Mai', 'Đông Ngũ', 'Đông Triều']);
    });
  });

  it('seeds the four provincial root organisations', async () => {
    const rows = await db.query<unknown[]>(
      `SELECT o.name, o.kind, o.level, l.code AS locality FROM organisations o JOIN localities l ON l.id = o.locality_id
        WHERE o.parent_id IS NULL ORDER BY o.id`,
    );
    expect(rows).toEqual([
      { name: 'Tỉnh đoàn Quảng Ninh', kind: 'youth_union', level: 'provincial', locality: '22' },
      {
        name: 'Hội LHTN Việt Nam tỉnh Quảng Ninh',
        kind: 'youth_federation',
        level: 'provincial',
        locality: '22',
      },
      { name: 'Hội đồng Đội tỉnh Quảng Ninh', kind: 'young_pioneers', level: 'provincial', locality: '22' },
      {
        name: 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh',
        kind: 'palace',
        level: 'provincial',
        locality: '22',
      },
    ]);
  });

  it('creates the administrator from ADMIN_EMAIL and ADMIN_PASSWORD, hashed with argon2id, and audits it', async () => {
    const [admin] = await db.query<
      {
        id: number;
        email: string;
        hash: string;
      }[]
    >('SELECT id, email, password_hash AS hash FROM users');
    expect(admin.email).toBe(config.admin.email);
    expect(admin.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.hash, config.admin.password!)).toBe(true);
    expect(
      await db.query(
        'SELECT role, organisation_id AS organisationId FROM role_assignments WHERE user_id = ?',
        [admin.id],
      ),
    ).toEqual([{ role: 'admin', organisationId: null }]);
    const [audit] = await db.query<
      {
        actorId: number | null;
        action: string;
        after: Record<string, unknown>;
      }[]
    >("SELECT actor_id AS actorId, action, after FROM audit_log WHERE entity_type = 'user'");
    expect(audit).toMatchObject({ actorId: null, action: 'create', after: { email: config.admin.email } });
    expect(JSON.stringify(audit.after)).not.toContain('argon2');
  });

  it('changes nothing when started again', async () => {
    const snapshot = () =>
      Promise.all(
        [
          'localities',
          'locality_successions',
          'organisations',
          'users',
          'role_assignments',
          'audit_log',
          'migrations',
        ].map((table) => db.query<unknown[]>(`CHECKSUM TABLE \`${table}\``)),
      );
    const before = await snapshot();
    expect(await prepareDatabase(config)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('generates a password for the administrator when ADMIN_PASSWORD is not set', async () => {
    const fresh = await createTestDatabase({ ADMIN_PASSWORD: '' });
    try {
      expect(fresh.config.admin.password).toBeUndefined();
      const created = await prepareDatabase(fresh.config);
      expect(created?.generatedPassword).toMatch(/^[\w-]{24}$/);
      const [{ hash }] = await fresh.db.query<{ hash: string }[]>('SELECT password_hash AS hash FROM users');
      expect(await verifyPassword(hash, created!.generatedPassword!)).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
