/*
 * Score entry at the size of a real final: 7 judges × 60 entries × 5 criteria, each judge sending their
 * whole sheet (300 cells) in one PUT /rounds/:id/scores. Part of `npm run bench`; alone:
 *   NODE_ENV=test node -r @swc-node/register test/bench/judging.ts
 */
import { performance } from 'node:perf_hooks';
import { RoundCriterion } from '../../src/competition/entities/round.entity';
import { CompetitionFactory } from '../support/competition-factory';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const CRITERIA: RoundCriterion[] = ['technique', 'musicality', 'expression', 'stage', 'costume'].map(
  (code) => ({
    code,
    name: code,
    min: '0',
    max: '10',
    step: '0.25',
    weight: '1',
  }),
);

export async function judgingBench(t: TestApp, base: string): Promise<void> {
  const cf = new CompetitionFactory(t.dataSource, t.factories);
  const contest = await cf.contest({ entries: 60, round: { criteria: CRITERIA } });
  const roundId = contest.round.id;
  const judges = await Promise.all(
    Array.from({ length: 7 }, async (_, i) => {
      const judge = await cf.panelMember(contest.round, i === 0 ? 'head' : 'member');
      return t.login(judge.email, judge.password);
    }),
  );
  const sheet = (judge: number, mark: (entry: number, criterion: number) => string, version?: number) =>
    contest.entries.flatMap((entry, e) =>
      CRITERIA.map((criterion, c) => ({
        entryId: entry.id,
        criterion: criterion.code,
        value: mark(e, c),
        version,
      })),
    );
  const put = async (token: string, scores: object[], key: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/rounds/${roundId}/scores`, {
      method: 'PUT',
      headers: { ...bearer(token), 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ scores }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`PUT scores answered ${response.status}`);
    return performance.now() - started;
  };
  const quarter = (n: number) => String((n % 37) / 4 + 0.5);
  const line = (name: string, ms: number[]) =>
    console.log(
      `${name.padEnd(44)} ${ms.map((m) => Math.round(m)).join(' / ')} ms (mean ${Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)} ms)`,
    );

  // Each judge's first full sheet, one after another: 300 new cells each.
  const first: number[] = [];
  for (const [j, token] of judges.entries())
    first.push(
      await put(
        token,
        sheet(j, (e, c) => quarter(e + c + j)),
        `first-${j}`,
      ),
    );
  line('judging: 7 sheets × 300 new cells, one by one', first);

  // The same requests again: replays of the stored answers.
  const replays: number[] = [];
  for (const [j, token] of judges.entries())
    replays.push(
      await put(
        token,
        sheet(j, (e, c) => quarter(e + c + j)),
        `first-${j}`,
      ),
    );
  line('judging: the same 7 requests replayed', replays);

  // Every judge changes every cell at once (version 1 → 2), the 7 requests concurrently.
  const started = performance.now();
  const concurrent = await Promise.all(
    judges.map((token, j) =>
      put(
        token,
        sheet(j, (e, c) => quarter(e + c + j + 1), 1),
        `second-${j}`,
      ),
    ),
  );
  line('judging: 7 sheets × 300 changed cells, together', concurrent);
  console.log(`${'judging: … all 7 done in'.padEnd(44)} ${Math.round(performance.now() - started)} ms`);

  const reads: number[] = [];
  for (const token of judges) {
    const t0 = performance.now();
    const response = await fetch(`${base}/api/v1/rounds/${roundId}/sheet`, { headers: bearer(token) });
    await response.arrayBuffer();
    reads.push(performance.now() - t0);
  }
  line('judging: GET /sheet (60 entries × 5 criteria)', reads);
}

if (require.main === module) {
  (async () => {
    const t = await createTestApp();
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      await judgingBench(t, (await t.app.getUrl()).replace('[::1]', '127.0.0.1'));
    } finally {
      await t.close();
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
