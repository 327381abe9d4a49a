import { Category } from '../src/competition/entities/category.entity';
import { EventOrganisation } from '../src/competition/entities/event-organisation.entity';
import { Event } from '../src/competition/entities/event.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { Club } from '../src/clubs/entities/club.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * Two cases the main summary fixture (reports.e2e-spec.ts) does not meet, by the 2025 communes:
 * - two units left unplaced in one figure: clubs at Tiên Yên district (no commune of 2025 holds a majority
 *   of it) and at the province itself; both are listed, each with its own records;
 * - a publication whose entries do not all carry a prize key: its entry ids and prizes cannot be paired
 *   (result_snapshots.entry_prizes is null) and its prizes are read from the results: P1's "Giải Nhất"
 *   counts, P2 has no prize, P3's entry has no prize key.
 */
describe('Reports: placement of several unplaced units, prizes of a publication without every prize key', () => {
  let t: TestApp;
  let adminToken: string;
  const unit = { TYD: 0, province: 0, TY25: 0 };
  let roundId = 0;

  beforeAll(async () => {
    t = await createTestApp();
    const competitions = new CompetitionFactory(t.dataSource, t.factories);
    const manager = t.dataSource.manager;
    const idOf = async (name: string, level: string, validFrom: string | null) => {
      const [row] = await manager.query<{ id: number }[]>(
        `SELECT id FROM localities WHERE name = ? AND level = ? AND ${validFrom ? 'valid_from = ?' : 'valid_from IS NULL'}
          ORDER BY id LIMIT 1`,
        validFrom ? [name, level, validFrom] : [name, level],
      );
      return row.id;
    };
    unit.TYD = await idOf('Tiên Yên', 'district', null);
    unit.TY25 = await idOf('Tiên Yên', 'commune', '2025-07-01');
    [{ id: unit.province }] = await manager.query<{ id: number }[]>(
      "SELECT id FROM localities WHERE level = 'province' ORDER BY id LIMIT 1",
    );
    adminToken = await t.adminToken();
    const a: Organisation = await t.factories.organisation({ level: 'district' });
    const [discipline] = await manager.query<{ id: number }[]>(
      'SELECT id FROM disciplines WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1',
    );

    for (const localityId of [unit.TYD, unit.province, unit.TYD])
      await manager.save(
        manager.create(Club, {
          organisationId: a.id,
          name: `CLB ${localityId}`,
          kind: 'club',
          disciplineId: discipline.id,
          localityId,
          schedule: null,
          capacity: null,
          validFrom: '2024-01-01',
          validTo: null,
        }),
      );

    const event = await manager.save(
      manager.create(Event, {
        name: 'Hội thi 2025',
        kind: 'contest',
        level: 'district',
        venue: null,
        localityId: unit.TY25,
        startDate: '2025-03-01',
        endDate: '2025-03-01',
        description: null,
        state: 'published',
      }),
    );
    await manager.insert(EventOrganisation, { eventId: event.id, organisationId: a.id, position: 1 });
    const category = await manager.save(
      manager.create(Category, {
        eventId: event.id,
        code: 'A',
        name: 'Bảng A',
        disciplineId: discipline.id,
        minAge: null,
        maxAge: null,
        ageReferenceDate: null,
        format: 'individual',
        minMembers: 1,
        maxMembers: 1,
        prizes: [],
      }),
    );
    const round: Round = await competitions.round(category, 1);
    roundId = round.id;
    const entries: number[] = [];
    for (let n = 0; n < 3; n++) {
      const participant = await competitions.participant(a.id);
      const entry = await competitions.entry(category, [participant.id], { organisationId: a.id });
      await manager.update(Entry, { id: entry.id }, { localityId: unit.TY25 });
      entries.push(entry.id);
    }
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: a.id }] });
    await manager.query(
      'INSERT INTO result_snapshots (round_id, version, results, reason, published_by) VALUES (?, 1, ?, NULL, ?)',
      [
        round.id,
        JSON.stringify({
          entries: [
            { entryId: entries[0], prize: 'Giải Nhất' },
            { entryId: entries[1], prize: null },
            { entryId: entries[2] },
          ],
        }),
        organiser.id,
      ],
    );
    await manager.update(Round, { id: round.id }, { publishedVersion: 1 });
  });

  afterAll(() => t.close());

  it('reads the prizes of a publication whose entry ids and prizes cannot be paired from its results', async () => {
    const [snapshot] = await t.dataSource.query<{ entry_prizes: unknown }[]>(
      'SELECT entry_prizes FROM result_snapshots WHERE round_id = ?',
      [roundId],
    );
    expect(snapshot.entry_prizes).toBeNull();

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
