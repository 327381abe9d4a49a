import { AppProcess } from './support/app-process';
import { appOnPrivateRedis, closeAppOnPrivateRedis, PrivateRedis } from './support/private-redis';
import { seedBulkEvidence } from './support/shortlist-bulk';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

jest.setTimeout(180_000);

interface RunBody {
  state: string;
  attempts: number;
  counts: { scored: number; candidates: number };
}

const request = (disciplineId: number) => ({
  disciplineIds: [disciplineId],
  referenceDate: '2025-06-01',
  ageBands: [
    { min: 8, max: 10 },
    { min: 11, max: 12 },
  ],
  period: { from: '2025-01-01', to: '2025-12-31' },
  selection: { mode: 'top', perBand: 50 },
});

async function staffToken(t: TestApp): Promise<{ token: string; organisationId: number; userId: number }> {
  const palace = await t.factories.rootOrganisation('palace');
  const user = await t.factories.user({ roles: [{ role: 'palace_staff', organisationId: palace.id }] });
  return { token: await t.login(user.email, user.password), organisationId: palace.id, userId: user.id };
}

async function communes(t: TestApp): Promise<number[]> {
  const rows = await t.dataSource.query<{ id: number }[]>(
    "SELECT id FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id LIMIT 10",
  );
  return rows.map((row) => Number(row.id));
}

/** A worker killed in the middle of a build: the run completes once, with no duplicate and nothing half-shown. */
describe('a shortlist build whose worker is killed', () => {
  let t: TestApp;
  const workers: AppProcess[] = [];

  beforeAll(async () => {
    // This process answers the API only; builds run in worker processes started below.
    t = await createTestApp({ env: { PROCESS_ROLE: 'api' } });
  });

  afterAll(async () => {
    for (const worker of workers) {
      worker.stop('SIGKILL');
      await worker.exited;
    }
    await t.close();
  });

  const startWorker = () => {
    const { user, host, port, name } = t.config.database;
    const worker = AppProcess.start('worker', {
      PROCESS_ROLE: 'worker',
      DATABASE_URL: `mysql://${user}@${host}:${port}/${name}`,
      QUEUE_PREFIX: t.config.queuePrefix,
      OUTBOX_POLL_INTERVAL_MS: '50',
    });
    workers.push(worker);
    return worker;
  };

  it('leaves no candidate visible while building, then completes once after a new worker takes the job over', async () => {
    const staff = await staffToken(t);
    const piano = await seedBulkEvidence(
      t.dataSource,
      { participants: 20_000, rounds: 400, entriesPerRound: 100 },
      { organisationId: staff.organisationId, userId: staff.userId, localityIds: await communes(t) },
    );
    const { body } = await t
      .http()
      .post('/api/v1/shortlists')
      .set(bearer(staff.token))
      .send(request(piano))
      .expect(202);
    const id = body.id as number;

    const first = startWorker();
    await eventually(async () => {
      const [run] = await t.dataSource.query<{ state: string; phase: string; progress: number }[]>(
        'SELECT state, phase, progress FROM shortlist_runs WHERE id = ?',
        [id],
      );
      return run.state === 'building' && run.phase === 'scoring' && run.progress >= 15;
    }, 60_000);
    first.stop('SIGKILL');
    await first.exited;

    // Half written, never shown.
    const [{ written }] = await t.dataSource.query<{ written: number }[]>(
      'SELECT COUNT(*) AS written FROM shortlist_candidates WHERE run_id = ?',
      [id],
    );
    expect(Number(written)).toBeGreaterThan(0);
    const hidden = await t.http().get(`/api/v1/shortlists/${id}/candidates`).set(bearer(staff.token));
    expect(hidden.status).toBe(409);
    expect(hidden.body.code).toBe('invalid_state');

    // The job's lock runs out (30 s) and the next worker takes it over.
    startWorker();
    const run = await eventually(async () => {
      const { body: current } = await t
        .http()
        .get(`/api/v1/shortlists/${id}`)
        .set(bearer(staff.token))
        .expect(200);
      return current.state === 'completed' ? (current as RunBody) : undefined;
    }, 150_000);
    expect(run.attempts).toBe(2);
    const [rows] = await t.dataSource.query<{ total: number; distinctChildren: number }[]>(
      'SELECT COUNT(*) AS total, COUNT(DISTINCT participant_id) AS distinctChildren FROM shortlist_candidates WHERE run_id = ?',
      [id],
    );
    expect(Number(rows.total)).toBe(run.counts.scored);
    expect(Number(rows.distinctChildren)).toBe(run.counts.scored);
    expect(run.counts.candidates).toBe(100);
    const page = await t
      .http()
      .get(`/api/v1/shortlists/${id}/candidates?pageSize=100`)
      .set(bearer(staff.token))
      .expect(200);
    expect(page.body.total).toBe(100);
    const [{ completions }] = await t.dataSource.query<{ completions: number }[]>(
      "SELECT COUNT(*) AS completions FROM audit_log WHERE action = 'shortlist.complete' AND entity_id = ?",
      [String(id)],
    );
    expect(Number(completions)).toBe(1);
  });
});

/** Redis down when a shortlist is requested: accepted, kept in the outbox, built once Redis is back. */
describe('a shortlist requested while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    ({ redis, t } = await appOnPrivateRedis());
  });

  afterAll(() => closeAppOnPrivateRedis(t, redis));

  it('answers 202 and completes after Redis starts again', async () => {
    const staff = await staffToken(t);
    const piano = await seedBulkEvidence(
      t.dataSource,
      { participants: 300, rounds: 10, entriesPerRound: 30 },
      { organisationId: staff.organisationId, userId: staff.userId, localityIds: await communes(t) },
    );
    await redis.stop();
    await eventually(async () => (await t.http().get('/health/ready')).status === 503);

    const { body } = await t
      .http()
      .post('/api/v1/shortlists')
      .set(bearer(staff.token))
      .send(request(piano))
      .expect(202);
    const [{ pending }] = await t.dataSource.query<{ pending: number }[]>(
      "SELECT COUNT(*) AS pending FROM outbox WHERE dispatched_at IS NULL AND job_name = 'shortlists.build'",
    );
    expect(Number(pending)).toBe(1);
    const { body: waiting } = await t
      .http()
      .get(`/api/v1/shortlists/${body.id}`)
      .set(bearer(staff.token))
      .expect(200);
    expect(waiting.state).toBe('pending');

    await redis.start();
    const run = await eventually(async () => {
      const { body: current } = await t
        .http()
        .get(`/api/v1/shortlists/${body.id}`)
        .set(bearer(staff.token))
        .expect(200);
      return current.state === 'completed' ? (current as RunBody) : undefined;
    }, 60_000);
    expect(run.counts.scored).toBeGreaterThan(0);
  });
});
