import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { ShortlistBuildService } from '../src/shortlists/shortlist-build.service';
import { seedBulkEvidence } from './support/shortlist-bulk';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** The build's reads are set-based: their number does not grow with the number of children. */
describe('the shortlist build', () => {
  let t: TestApp;
  let token: string;
  let organisationId: number;
  let userId: number;
  let localityIds: number[];

  beforeAll(async () => {
    // No relay nor workers in this process: the builds below are run by the test itself.
    t = await createTestApp({ env: { PROCESS_ROLE: 'api' } });
    const palace = await t.factories.rootOrganisation('palace');
    const user = await t.factories.user({ roles: [{ role: 'palace_staff', organisationId: palace.id }] });
    token = await t.login(user.email, user.password);
    organisationId = palace.id;
    userId = user.id;
    localityIds = (
      await t.dataSource.query<{ id: number }[]>(
        "SELECT id FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id LIMIT 5",
      )
    ).map((row) => Number(row.id));
  });

  afterAll(() => t.close());

  /** Statements sent while `work` runs, by kind: reads (SELECT, streamed or not) and the rest. */
  async function statements(work: () => Promise<unknown>): Promise<{ reads: number; inserts: number }> {
    const query = jest.spyOn(MysqlQueryRunner.prototype, 'query');
    const stream = jest.spyOn(MysqlQueryRunner.prototype, 'stream');
    try {
      await work();
      const sql = [...query.mock.calls, ...stream.mock.calls].map(([text]) => String(text).trim());
      return {
        reads: sql.filter((text) => /^(SELECT|WITH)/i.test(text)).length,
        inserts: sql.filter((text) => /^INSERT INTO shortlist_candidates/i.test(text)).length,
      };
    } finally {
      query.mockRestore();
      stream.mockRestore();
    }
  }

  async function build(perBand: number, disciplineId: number) {
    const { body } = await t
      .http()
      .post('/api/v1/shortlists')
      .set(bearer(token))
      .send({
        disciplineIds: [disciplineId],
        referenceDate: '2025-06-01',
        ageBands: [
          { min: 8, max: 10 },
          { min: 11, max: 12 },
        ],
        period: { from: '2025-01-01', to: '2025-12-31' },
        selection: { mode: 'top', perBand },
      })
      .expect(202);
    const counted = await statements(() =>
      t.app.get(ShortlistBuildService).build(body.id as number, async () => {}),
    );
    const [run] = await t.dataSource.query<{ state: string; counts: { scored: number } }[]>(
      'SELECT state, counts FROM shortlist_runs WHERE id = ?',
      [body.id],
    );
    expect(run.state).toBe('completed');
    return { ...counted, scored: run.counts.scored };
  }

  it('reads with the same number of statements for 300 children as for 3,300, and writes in batches of 500', async () => {
    const piano = await seedBulkEvidence(
      t.dataSource,
      { participants: 300, rounds: 10, entriesPerRound: 30 },
      { organisationId, userId, localityIds },
    );
    const small = await build(10, piano);
    await seedBulkEvidence(
      t.dataSource,
      { participants: 3000, rounds: 100, entriesPerRound: 30 },
      { organisationId, userId, localityIds },
    );
    const large = await build(11, piano);
    expect(large.scored).toBeGreaterThan(10 * small.scored);
    expect(large.reads).toBe(small.reads);
    expect(small.inserts).toBe(Math.ceil(small.scored / 500));
    expect(large.inserts).toBe(Math.ceil(large.scored / 500));
  });
});
