import { In } from 'typeorm';
import { LocalityLevel } from '../src/localities/entities/locality.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { ResultSnapshot } from '../src/results/entities/result-snapshot.entity';
import { CompetitionFactory } from './support/competition-factory';
import { FILL_PRIZED_ENTRIES } from './support/prized-entries';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * Two cases the main summary fixture (reports.e2e-spec.ts) does not meet, by the 2025 communes:
 * - two units left unplaced in one figure: clubs at Tiên Yên district (no commune of 2025 holds a majority
 *   of it) and at the province itself; both are listed, each with its own records;
 * - a publication whose entries do not all carry a prize (written by SQL, its prized entries filled as the
 *   migration filled them): P1's "Giải Nhất" counts, P2 has no prize, P3's entry has no prize key.
 */
describe('Reports: placement of several unplaced units, prizes of a publication without every prize key', () => {
  let t: TestApp;
  let adminToken: string;
  const unit = { TYD: 0, province: 0, TY25: 0 };
  let roundId = 0;
  let entryIds: number[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const competitions = new CompetitionFactory(t.dataSource, t.factories);
    const manager = t.dataSource.manager;
    const idOf = async (name: string, level: LocalityLevel, validFrom: string | null) =>
      (await t.factories.localityNamed(name, level, validFrom)).id;
    unit.TYD = await idOf('Tiên Yên', 'district', null);
    unit.TY25 = await idOf('Tiên Yên', 'commune', '2025-07-01');
    [{ id: unit.province }] = await manager.query<{ id: number }[]>(
      "SELECT id FROM localities WHERE level = 'province' ORDER BY id LIMIT 1",
    );
    adminToken = await t.adminToken();
    const a: Organisation = await t.factories.organisation({ level: 'district' });
    const disciplineId = await t.factories.subDisciplineId();

    for (const localityId of [unit.TYD, unit.province, unit.TYD])
      await t.factories.club(a.id, { disciplineId, localityId, validFrom: '2024-01-01' });

    const contest = await competitions.contest({
      organisationId: a.id,
      state: 'published',
      event: { localityId: unit.TY25, startDate: '2025-03-01', endDate: '2025-03-01' },
      category: { prizes: [] },
      entries: 3,
    });
    const { round } = contest;
    roundId = round.id;
    entryIds = contest.entries.map((entry) => entry.id);
    await manager.update(Entry, { id: In(entryIds) }, { localityId: unit.TY25 });
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: a.id }] });
    // Written by SQL, its prized entries filled as the migration filled those published before the column.
    await manager.query(
      `INSERT INTO result_snapshots (round_id, version, results, entry_prizes, reason, published_by)
       VALUES (?, 1, ?, JSON_ARRAY(), NULL, ?)`,
      [
        round.id,
        JSON.stringify({
          entries: [
            { entryId: entryIds[0], prize: 'Giải Nhất' },
            { entryId: entryIds[1], prize: null },
            { entryId: entryIds[2] },
          ],
        }),
        organiser.id,
      ],
    );
    await manager.query(FILL_PRIZED_ENTRIES, [round.id - 1]);
    await manager.update(Round, { id: round.id }, { publishedVersion: 1 });
  });

  afterAll(() => t.close());

  it('counts the prizes of a publication whose entries do not all carry a prize', async () => {
    const snapshot = await t.dataSource.getRepository(ResultSnapshot).findOneOrFail({
      select: { roundId: true, entryPrizes: true },
      where: { roundId },
    });
    expect(snapshot.entryPrizes).toEqual([[entryIds[0], 'Giải Nhất']]);

    const response = await t
      .http()
      .get('/api/v1/reports/summary?from=2025-01-01&to=2025-12-31&groupBy=locality&localitiesAt=2025-07-01')
      .set(bearer(adminToken));
    expect(response.status).toBe(200);
    expect(response.body.total.prizesByName).toEqual({ 'Giải Nhất': 1 });
    expect(response.body.total.entries).toBe(3);
    const ty25 = response.body.rows.find(
      (row: { key: { locality: { id: number } | null } }) => row.key.locality?.id === unit.TY25,
    );
    expect(ty25.figures.prizesByName).toEqual({ 'Giải Nhất': 1 });
    expect(response.body.placement.records.prizes).toEqual({
      direct: 1,
      throughHistory: 0,
      apportioned: 0,
      unplaced: 0,
    });
  });

  it('lists every unit left unplaced, each with its records', async () => {
    const response = await t
      .http()
      .get('/api/v1/reports/summary?from=2025-01-01&to=2025-12-31&groupBy=locality&localitiesAt=2025-07-01')
      .set(bearer(adminToken));
    expect(response.status).toBe(200);
    // Clubs: two at Tiên Yên district, one at the province; all three in the row without a locality.
    expect(response.body.placement.records.clubs).toEqual({
      direct: 0,
      throughHistory: 0,
      apportioned: 0,
      unplaced: 3,
    });
    expect(
      response.body.placement.unplacedUnits
        .map((found: { id: number }) => found.id)
        .sort((x: number, y: number) => x - y),
    ).toEqual([unit.province, unit.TYD].sort((x, y) => x - y));
    const unplacedRow = response.body.rows.find(
      (row: { key: { locality: unknown } }) => row.key.locality === null,
    );
    expect(unplacedRow.figures.clubs).toBe(3);
  });
});
