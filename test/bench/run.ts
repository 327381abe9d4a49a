/*
 * Benchmarks of the platform's hot paths on this machine, against the real MariaDB and Redis:
 *   npm run bench
 * Each run boots the application on a database of its own and prints one line per measurement.
 */
import { performance } from 'node:perf_hooks';
import { IsNull } from 'typeorm';
import { OutboxMessage } from '../../src/queue/outbox/outbox-message.entity';
import { ProbeModule } from '../support/probe.module';
import { createTestApp, eventually } from '../support/test-app';
import { judgingBench } from './judging';
import { load, report } from './load';
import { registryBench } from './registry';
import { resultsBench } from './results';

async function main(): Promise<void> {
  const t = await createTestApp({ imports: [ProbeModule] });
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const json = { 'content-type': 'application/json' };
    const valid = JSON.stringify({
      fullName: 'Nguyễn Thị Ánh',
      age: 12,
      kind: 'club',
      guardian: { name: 'Nguyễn Văn Bình', phone: '0912345678' },
    });
    const invalid = JSON.stringify({ fullName: '', age: 3, kind: 'band', extra: true });

    // Warm-up, then measure.
    await load('warm-up', 10, 2000, () => fetch(`${base}/health/live`));
    report(await load('GET /health/live', 50, 20000, () => fetch(`${base}/health/live`)));
    report(
      await load('GET /health/ready (database + Redis)', 50, 10000, () => fetch(`${base}/health/ready`)),
    );
    report(
      await load('POST validated body, accepted', 50, 20000, () =>
        fetch(`${base}/api/v1/probe/echo`, { method: 'POST', headers: json, body: valid }),
      ),
    );
    report(
      await load('POST validated body, refused (problem+json)', 50, 20000, () =>
        fetch(`${base}/api/v1/probe/echo`, { method: 'POST', headers: json, body: invalid }),
      ),
    );

    // Authenticated reads: token check, session and roles on every request.
    const auth = { authorization: `Bearer ${await t.adminToken()}` };
    report(
      await load('GET /api/v1/me (authenticated)', 50, 10000, () =>
        fetch(`${base}/api/v1/me`, { headers: auth }),
      ),
    );
    report(
      await load('GET /api/v1/localities?at=… (55 units)', 50, 5000, () =>
        fetch(`${base}/api/v1/localities?at=2025-07-01`, { headers: auth }),
      ),
    );

    // Outbox hand-over: rows committed at once, moved to BullMQ by the running relay.
    const messages = 5000;
    const repository = t.dataSource.getRepository(OutboxMessage);
    const started = performance.now();
    for (let i = 0; i < messages; i += 1000) {
      await repository.insert(
        Array.from({ length: 1000 }, () => ({ jobName: 'maintenance.purge-outbox', payload: {} })),
      );
    }
    const inserted = performance.now();
    await eventually(async () => (await repository.countBy({ dispatchedAt: IsNull() })) === 0, 120000);
    const dispatched = performance.now();
    console.log(
      `${'outbox: insert 5000 rows, then relay to BullMQ'.padEnd(44)} insert ${Math.round(inserted - started)} ms, relay ${Math.round(dispatched - inserted)} ms (${Math.round(messages / ((dispatched - inserted) / 1000))} jobs/s)`,
    );

    await judgingBench(t, base);
    await registryBench(t, base);
    await resultsBench(t, base);
  } finally {
    await t.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
