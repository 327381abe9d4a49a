/*
 * A 100,000-row participant list exported through the real job (outbox → BullMQ → worker → exceljs'
 * streaming writer → database chunks), with the process's memory sampled every 10 ms while it runs:
 *   NODE_ENV=test node --expose-gc -r @swc-node/register test/bench/exports.ts [rows]
 * The API and the worker share this process, as with PROCESS_ROLE=all, so the peak is the worker's and more.
 */
import { performance } from 'node:perf_hooks';
import { CompetitionFactory } from '../support/competition-factory';
import { bearer, createTestApp, eventually } from '../support/test-app';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const t = await createTestApp();
  try {
    const unit = await t.factories.organisation({ level: 'district' });
    const organiser = await new CompetitionFactory(t.dataSource, t.factories).organiser(unit.id);
    const token = await t.login(organiser.email, organiser.password);
    const [locality] = await t.dataSource.query<{ id: number }[]>(
      "SELECT id FROM localities WHERE level = 'commune' AND valid_from = '2025-07-01' LIMIT 1",
    );
    const seeded = performance.now();
    await t.dataSource.query(
      `INSERT INTO participants (full_name, gender, date_of_birth, home_locality_id, school, guardian_name,
              guardian_relationship, guardian_phone, organisation_id, version)
       SELECT CONCAT('Nguyễn Thị Ánh ', seq), IF(seq % 2 = 0, 'female', 'male'), '2014-01-01' + INTERVAL (seq % 3000) DAY,
              ?, 'Trường Tiểu học Hồng Gai', CONCAT('Trần Văn Đức ', seq), 'bố', CONCAT('09', LPAD(seq, 8, '0')), ?, 1
         FROM seq_1_to_${rows}`,
      [locality.id, unit.id],
    );
    console.log(`seeded ${rows} participants in ${Math.round(performance.now() - seeded)} ms`);

    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 10);

    const started = performance.now();
    const created = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(token))
      .send({ kind: 'participants', params: { organisationId: unit.id } });
    const done = await eventually(async () => {
      const state = await t.http().get(`/api/v1/exports/${created.body.id}`).set(bearer(token));
      const body = state.body as { state: string; rows: number; byteSize: number };
      return ['succeeded', 'failed'].includes(body.state) ? body : null;
    }, 600_000);
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    if (done.state !== 'succeeded' || done.rows !== rows)
      throw new Error(`Export ended ${JSON.stringify(done)}`);
    console.log(
      [
        `export of ${done.rows} rows: ${(elapsed / 1000).toFixed(1)} s, file ${(done.byteSize / MB).toFixed(1)} MB`,
        `rss ${(before.rss / MB).toFixed(0)} MB before, peak ${(peakRss / MB).toFixed(0)} MB (+${((peakRss - before.rss) / MB).toFixed(0)} MB)`,
        `heap used ${(before.heapUsed / MB).toFixed(0)} MB before, peak ${(peakHeap / MB).toFixed(0)} MB (+${((peakHeap - before.heapUsed) / MB).toFixed(0)} MB)`,
      ].join('\n'),
    );
  } finally {
    await t.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
