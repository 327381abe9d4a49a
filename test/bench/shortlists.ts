/*
 * The shortlist build at province scale, against the real MariaDB:
 *   NODE_ENV=test node -r @swc-node/register test/bench/shortlists.ts [participants] [rounds]
 * Seeds `participants` children (default 30,000) with one assessment each and `rounds` published rounds of
 * 100 ranked entries (default 3,000, so 300,000 results), requests a shortlist through the API and runs the
 * build in this process, then prints its wall time, phases and this process's peak RSS.
 */
import { performance } from 'node:perf_hooks';
import { ShortlistBuildService } from '../../src/shortlists/shortlist-build.service';
import { seedBulkEvidence } from '../support/shortlist-bulk';
import { bearer, createTestApp } from '../support/test-app';

async function main(): Promise<void> {
  const participants = Number(process.argv[2] ?? 30_000);
  const rounds = Number(process.argv[3] ?? 3_000);
  const t = await createTestApp({ env: { PROCESS_ROLE: 'api' } });
  try {
    const palace = await t.factories.rootOrganisation('palace');
    const user = await t.factories.user({ roles: [{ role: 'palace_staff', organisationId: palace.id }] });
    const token = await t.login(user.email, user.password);
    const localityIds = (
      await t.dataSource.query<{ id: number }[]>(
        "SELECT id FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id",
      )
    ).map((row) => Number(row.id));
    let started = performance.now();
    const piano = await seedBulkEvidence(
      t.dataSource,
      { participants, rounds, entriesPerRound: 100 },
      { organisationId: palace.id, userId: user.id, localityIds },
    );
    console.log(
      `seeded ${participants} children, ${rounds * 100} results in ${Math.round(performance.now() - started)} ms`,
    );

    const { body } = await t
      .http()
      .post('/api/v1/shortlists')
      .set(bearer(token))
      .send({
        disciplineIds: [piano],
        referenceDate: '2025-06-01',
        ageBands: [
          { min: 8, max: 10 },
          { min: 11, max: 13 },
        ],
        period: { from: '2025-01-01', to: '2025-12-31' },
        selection: { mode: 'top', perBand: 100 },
        localQuota: 2,
      })
      .expect(202);
    const rssBefore = process.memoryUsage().rss;
    started = performance.now();
    await t.app.get(ShortlistBuildService).build(body.id as number, async () => {});
    const wall = performance.now() - started;
    const [run] = await t.dataSource.query<{ state: string; counts: object; timings: object }[]>(
      'SELECT state, counts, timings FROM shortlist_runs WHERE id = ?',
      [body.id],
    );
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(
      `build: ${run.state} in ${Math.round(wall)} ms; counts ${JSON.stringify(run.counts)}; phases ${JSON.stringify(
        run.timings,
      )}; RSS before ${Math.round(rssBefore / 1048576)} MB, peak ${Math.round(peak)} MB (whole process, API included)`,
    );
  } finally {
    await t.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
