import { performance } from 'node:perf_hooks';
import { Score } from '../../src/competition/entities/score.entity';
import { CompetitionFactory } from '../support/competition-factory';
import { bearer, TestApp } from '../support/test-app';
import { load, report } from './load';

const ENTRIES = 60;
const JUDGES = 7;
const CRITERIA = ['technique', 'musicality', 'expression', 'stage', 'repertoire'];

/**
 * Results of a provincial final: 60 entries, 7 judges, 5 criteria (2,100 marks, inserted directly: score
 * entry has its own bench). Measures the organisers' live preview (the engine over every mark, with
 * breakdowns), publication (a frozen snapshot), and the public results page under load.
 */
export async function resultsBench(t: TestApp, base: string): Promise<void> {
  const make = new CompetitionFactory(t.dataSource, t.factories);
  const contest = await make.contest({
    entries: ENTRIES,
    round: {
      criteria: CRITERIA.map((code) => ({
        code,
        name: code,
        min: '0',
        max: '10',
        step: '0.25',
        weight: '1',
      })),
      method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
      tieBreaks: [{ kind: 'criterion', criterion: 'technique' }, { kind: 'headJudge' }],
    },
  });
  const organiser = await make.organiser(contest.organisation.id);
  const auth = bearer(await t.login(organiser.email, organiser.password));
  const round = contest.round;
  const scores: Partial<Score>[] = [];
  for (let j = 0; j < JUDGES; j++) {
    const judge = await make.panelMember(round, j === 0 ? 'head' : 'member');
    contest.entries.forEach((entry, e) =>
      CRITERIA.forEach((criterion, c) =>
        scores.push({
          roundId: round.id,
          entryId: entry.id,
          judgeId: judge.id,
          criterion,
          value: String(6 + ((e * 7 + j * 3 + c) % 16) / 4),
          enteredBy: judge.id,
        }),
      ),
    );
  }
  await t.dataSource.getRepository(Score).insert(scores);
  await t.dataSource.query('UPDATE panel_members SET submitted_at = NOW(3) WHERE round_id = ?', [round.id]);

  report(
    await load('GET /rounds/:id/results (60 × 7 × 5 marks)', 10, 300, () =>
      fetch(`${base}/api/v1/rounds/${round.id}/results`, { headers: auth }),
    ),
  );
  for (const query of ['', '?include=breakdown']) {
    const body = await (
      await fetch(`${base}/api/v1/rounds/${round.id}/results${query}`, { headers: auth })
    ).text();
    console.log(
      `${`GET /rounds/:id/results${query} size`.padEnd(44)} ${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB`,
    );
  }
  const post = (path: string) =>
    fetch(`${base}/api/v1/rounds/${round.id}/${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
  await (await post('lock')).arrayBuffer();
  const started = performance.now();
  const published = await post('publish');
  await published.arrayBuffer();
  console.log(
    `${'POST /rounds/:id/publish (snapshot of 60)'.padEnd(44)} ${(performance.now() - started).toFixed(0)} ms (${published.status})`,
  );
  report(
    await load('GET /public/rounds/:id/results (60 entries)', 50, 5000, () =>
      fetch(`${base}/api/v1/public/rounds/${round.id}/results`),
    ),
  );
}
