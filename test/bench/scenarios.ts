import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RowDataPacket } from 'mysql2/promise';
import { ensureWebBuild } from '../support/web-build';
import { freePort } from '../support/app-process';
import { benchRound, benchUser, CRITERIA, userId } from './fixtures';
import { BENCH_PASSWORD, Province } from './generate/province';
import { api, BenchContext, sampleRss, until } from './harness';
import type { LoadRequest } from './loadgen';
import { runLoad, scratchFile } from './processes';

const MiB = 1024 * 1024;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const quarter = (n: number) => String(4 + (n % 25) / 4);

export interface Scenario {
  name: string;
  run(ctx: BenchContext, province: Province): Promise<void>;
}

/** Authenticated `GET /me` against the bare `GET /health/live` of the same processes, 50 connections. */
const auth: Scenario = {
  name: 'auth',
  async run(ctx) {
    const amount = 6000;
    const live = await runLoad({
      bases: ctx.bases,
      connections: 50,
      amount,
      warmup: 200,
      requests: [{ path: '/health/live' }],
    });
    const me = await runLoad({
      bases: ctx.bases,
      connections: 50,
      amount,
      warmup: 200,
      requests: [{ path: '/api/v1/me', headers: bearer(ctx.adminToken) }],
    });
    const ratio = me.rps / live.rps;
    ctx.figures.push({
      bench: 'auth',
      name: 'GET /api/v1/me, 50 connections',
      value: me.rps,
      unit: 'req/s',
      ceiling: { name: 'GET /health/live', value: live.rps, unit: 'req/s' },
      ratio,
      goal: '≥ 40% of the bare route',
      pass: ratio >= 0.4,
      detail: { me, live },
    });
  },
};

/**
 * 100 judges at once: whole sheets of 250 marks (50 entries × 5 criteria) and one-entry batches of 5, against
 * a raw mysql2 insert of the same rows in 250-row statements over a 10-connection pool.
 */
const scoreEntry: Scenario = {
  name: 'score-entry',
  async run(ctx, province) {
    const judges = 100;
    const sheetsPerJudge = Math.max(2, Math.min(20, Math.round(20 * ctx.scale ** 0.35)));
    const judgeIds = await Promise.all(
      Array.from({ length: judges }, (_, i) => userId(ctx.db, `judge-${i + 1}@bench.test`)),
    );
    const organisationId = province.unitIds[0];
    const sheets = await benchRound(ctx.db, {
      name: 'Đo hiệu năng: chấm cả phiếu',
      entries: 1000,
      judgeIds,
      organisationId,
      firstParticipant: 1,
    });
    const phone = await benchRound(ctx.db, {
      name: 'Đo hiệu năng: chấm từng tiết mục',
      entries: 200,
      judgeIds,
      organisationId,
      firstParticipant: 1001,
    });
    const tokens = await Promise.all(
      judgeIds.map((_, i) => ctx.login(`judge-${i + 1}@bench.test`, BENCH_PASSWORD)),
    );
    const marks = (entryIds: number[], judge: number) =>
      entryIds.flatMap((entryId) =>
        CRITERIA.map((criterion, c) => ({ entryId, criterion, value: quarter(entryId + judge * 7 + c) })),
      );
    const put = (roundId: number, token: string, scores: object[], key: string): LoadRequest => ({
      method: 'PUT',
      path: `/api/v1/rounds/${roundId}/scores`,
      headers: { ...bearer(token), 'idempotency-key': key },
      body: JSON.stringify({ scores }),
    });
    const sheetScripts = tokens.map((token, j) =>
      Array.from({ length: sheetsPerJudge }, (_, s) =>
        put(sheets.roundId, token, marks(sheets.entryIds.slice(s * 50, s * 50 + 50), j), `sheet-${j}-${s}`),
      ),
    );
    const sent = judges * sheetsPerJudge * 250;

    // The ceiling first: the same rows straight into a copy of the table.
    await ctx.db.query('CREATE TABLE scores_ceiling LIKE scores');
    const rows = sheetScripts.flatMap((script, j) =>
      script.map((request) =>
        (
          JSON.parse(request.body!) as { scores: { entryId: number; criterion: string; value: string }[] }
        ).scores.map((cell) => [
          sheets.roundId,
          cell.entryId,
          judgeIds[j],
          cell.criterion,
          cell.value,
          judgeIds[j],
        ]),
      ),
    );
    const t0 = performance.now();
    await Promise.all(
      rows.map((batch) =>
        ctx.db.query(
          'INSERT INTO scores_ceiling (round_id, entry_id, judge_id, criterion, value, entered_by) VALUES ?',
          [batch],
        ),
      ),
    );
    const rawRate = sent / ((performance.now() - t0) / 1000);
    await ctx.db.query('DROP TABLE scores_ceiling');

    const whole = await runLoad({ bases: ctx.bases, connections: judges, scripts: sheetScripts });
    const [[stored]] = await ctx.db.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM scores WHERE round_id = ?',
      [sheets.roundId],
    );
    const rate = ((whole.statuses['200'] ?? 0) * 250) / whole.seconds;
    ctx.figures.push({
      bench: 'score-entry',
      name: `100 judges, ${judges * sheetsPerJudge} PUTs of 250 marks`,
      value: rate,
      unit: 'marks/s',
      ceiling: {
        name: 'raw mysql2 INSERT of the same rows (250/statement, pool 10)',
        value: rawRate,
        unit: 'rows/s',
      },
      ratio: rate / rawRate,
      goal: '≥ 25% of the raw insert',
      pass: rate / rawRate >= 0.25,
      detail: {
        p50: whole.p50,
        p99: whole.p99,
        statuses: whole.statuses,
        answerBytes: whole.bytes / whole.requests,
      },
    });
    ctx.figures.push({
      bench: 'score-entry',
      name: '… whole sheet, latency per request p50 / p99',
      value: whole.p50,
      unit: `ms (p99 ${whole.p99.toFixed(0)})`,
    });
    ctx.checks.push({
      name: 'sheet marks stored = sent (no lost or doubled write)',
      expected: sent,
      actual: Number(stored.n),
      ok: Number(stored.n) === sent,
    });

    // Replays of the first sheet of each judge: the stored answer again, nothing written twice.
    const replay = await runLoad({
      bases: ctx.bases,
      connections: judges,
      scripts: sheetScripts.map((script) => [script[0]]),
    });
    const [[again]] = await ctx.db.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM scores WHERE round_id = ?',
      [sheets.roundId],
    );
    ctx.checks.push({
      name: 'idempotent replays answered 200',
      expected: judges,
      actual: replay.statuses['200'] ?? 0,
      ok: replay.statuses['200'] === judges,
    });
    ctx.checks.push({
      name: 'marks after replays unchanged',
      expected: sent,
      actual: Number(again.n),
      ok: Number(again.n) === sent,
    });

    // Phone-sized: one entry (5 marks) per request.
    const perJudge = Math.max(5, Math.min(50, Math.round(50 * ctx.scale ** 0.35)));
    const phoneScripts = tokens.map((token, j) =>
      Array.from({ length: perJudge }, (_, e) =>
        put(phone.roundId, token, marks([phone.entryIds[e]], j), `phone-${j}-${e}`),
      ),
    );
    const small = await runLoad({ bases: ctx.bases, connections: judges, scripts: phoneScripts });
    const [[phoneStored]] = await ctx.db.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM scores WHERE round_id = ?',
      [phone.roundId],
    );
    ctx.figures.push({
      bench: 'score-entry',
      name: `100 judges, one-entry batches back to back (${judges * perJudge} PUTs of 5), p99`,
      value: small.p99,
      unit: `ms (p50 ${small.p50.toFixed(1)}, ${small.rps.toFixed(0)} PUTs/s)`,
      goal: 'p99 < 100 ms',
      pass: small.p99 < 100,
      detail: small as unknown as Record<string, unknown>,
    });
    // At a judge's pace: each sends an entry's marks once a second, some 30 times as often as at a real
    // contest (a performance, then the marks), so the latency is what a judge on a phone waits.
    const paced = Math.min(perJudge, 20);
    const pacedScripts = tokens.map((token, j) =>
      Array.from({ length: paced }, (_, e) =>
        put(phone.roundId, token, marks([phone.entryIds[100 + e]], j), `paced-${j}-${e}`),
      ),
    );
    const atPace = await runLoad({
      bases: ctx.bases,
      connections: judges,
      scripts: pacedScripts,
      paceMs: 1000,
    });
    ctx.figures.push({
      bench: 'score-entry',
      name: `100 judges, one entry a second each (${judges * paced} PUTs of 5), p99`,
      value: atPace.p99,
      unit: `ms (p50 ${atPace.p50.toFixed(1)}, ${atPace.rps.toFixed(0)} PUTs/s)`,
      goal: 'p99 < 100 ms',
      pass: atPace.p99 < 100,
      detail: atPace as unknown as Record<string, unknown>,
    });
    const [[allPhoneStored]] = await ctx.db.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM scores WHERE round_id = ?',
      [phone.roundId],
    );
    const phoneSent = judges * perJudge * 5;
    ctx.checks.push({
      name: 'paced one-entry marks stored = sent',
      expected: phoneSent + judges * paced * 5,
      actual: Number(allPhoneStored.n),
      ok: Number(allPhoneStored.n) === phoneSent + judges * paced * 5,
    });
    ctx.checks.push({
      name: 'one-entry marks stored = sent',
      expected: phoneSent,
      actual: Number(phoneStored.n),
      ok: Number(phoneStored.n) === phoneSent,
    });
  },
};

/**
 * A final of 1,000 entries × 7 judges × 5 criteria: the organisers' preview, then, once published, the public
 * board at 50 connections against the same bytes served from memory by a bare node:http server.
 */
const results: Scenario = {
  name: 'results',
  async run(ctx, province) {
    const judgeIds = await Promise.all(
      Array.from({ length: 7 }, (_, i) => userId(ctx.db, `judge-${101 + i}@bench.test`)),
    );
    const round = await benchRound(ctx.db, {
      name: 'Đo hiệu năng: chung kết 1.000 tiết mục',
      entries: 1000,
      judgeIds,
      organisationId: province.unitIds[0],
      firstParticipant: 1,
    });
    await ctx.db.query(
      `INSERT INTO scores (round_id, entry_id, judge_id, criterion, value, entered_by)
       SELECT re.round_id, re.entry_id, pm.user_id, ELT(c.seq + 1, ${CRITERIA.map((c) => `'${c}'`).join(', ')}),
              4 + ((re.entry_id * 7 + pm.user_id * 3 + c.seq * 11) % 25) / 4, pm.user_id
       FROM round_entries re JOIN panel_members pm ON pm.round_id = re.round_id JOIN seq_0_to_4 c
       WHERE re.round_id = ?`,
      [round.roundId],
    );
    await ctx.db.query(
      'UPDATE panel_members SET submitted_at = NOW(3), submitted_by = user_id WHERE round_id = ?',
      [round.roundId],
    );
    const organiser = await ctx.login('organiser-1@bench.test', BENCH_PASSWORD);
    const previewPath = `/api/v1/rounds/${round.roundId}/results`;
    const preview = await runLoad({
      bases: ctx.bases,
      connections: 1,
      amount: 15,
      warmup: 2,
      requests: [{ path: previewPath, headers: bearer(organiser) }],
    });
    const previewBytes = preview.bytes / preview.requests;
    ctx.figures.push({
      bench: 'results',
      name: 'round preview, 1,000 entries × 7 judges × 5 criteria, p50',
      value: preview.p50,
      unit: 'ms',
      goal: 'p50 < 300 ms',
      pass: preview.p50 < 300,
      detail: { preview, statuses: preview.statuses },
    });
    ctx.figures.push({
      bench: 'results',
      name: '… preview answer size',
      value: previewBytes / MiB,
      unit: 'MiB',
      goal: '< 1 MiB',
      pass: previewBytes < MiB,
    });

    const lock = await api(ctx, 'POST', `/api/v1/rounds/${round.roundId}/lock`, organiser, {});
    const t0 = performance.now();
    const publish = await api(ctx, 'POST', `/api/v1/rounds/${round.roundId}/publish`, organiser, {});
    const publishMs = performance.now() - t0;
    if (publish.status >= 300)
      throw new Error(
        `publish answered ${publish.status} (lock ${lock.status}): ${JSON.stringify(publish.body)}`,
      );
    ctx.figures.push({
      bench: 'results',
      name: 'publish the 1,000-entry round',
      value: publishMs,
      unit: 'ms',
    });

    const publicPath = `/api/v1/public/rounds/${round.roundId}/results`;
    const page = await fetch(`${ctx.bases[0]}${publicPath}`);
    const bytes = Buffer.from(await page.arrayBuffer());
    const file = scratchFile('public.json');
    writeFileSync(file, bytes);
    const port = await freePort();
    const bare = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'bare-server.ts'), file, String(port)],
      {
        cwd: join(__dirname, '..', '..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise((resolve) => bare.stdout.once('data', resolve));
    const amount = 1500;
    const board = await runLoad({
      bases: ctx.bases,
      connections: 50,
      amount,
      warmup: 100,
      requests: [{ path: publicPath }],
    });
    const ceiling = await runLoad({
      bases: [`http://127.0.0.1:${port}`],
      connections: 50,
      amount,
      warmup: 100,
      requests: [{ path: publicPath }],
    });
    bare.kill();
    ctx.figures.push({
      bench: 'results',
      name: `public results, 50 connections (${(bytes.length / 1024).toFixed(0)} KiB)`,
      value: board.rps,
      unit: `req/s (p99 ${board.p99.toFixed(0)} ms)`,
      ceiling: { name: 'same bytes from memory, bare node:http', value: ceiling.rps, unit: 'req/s' },
      ratio: board.rps / ceiling.rps,
      goal: '≥ 1,000 req/s, p99 < 200 ms',
      pass: board.rps >= 1000 && board.p99 < 200,
      detail: { board, ceiling },
    });
  },
};

/** The shortlist build over every discipline of the province, against one hand-written SQL of its evidence. */
const shortlist: Scenario = {
  name: 'shortlist',
  async run(ctx, province) {
    const palace = province.roots.palace;
    await benchUser(ctx.db, 'palace-staff@bench.test', 'palace_staff', palace);
    const token = await ctx.login('palace-staff@bench.test', BENCH_PASSWORD);
    const body = {
      disciplineIds: province.leafDisciplineIds,
      referenceDate: '2025-06-01',
      ageBands: [
        { min: 8, max: 10 },
        { min: 11, max: 13 },
        { min: 14, max: 16 },
      ],
      period: { from: '2025-01-01', to: '2025-12-31' },
      selection: { mode: 'top', perBand: 100 },
      localQuota: 2,
    };
    const peaks = ctx.workers.map((worker) => sampleRss(worker.pid));
    const t0 = performance.now();
    const created = await api<{ id: number }>(ctx, 'POST', '/api/v1/shortlists', token, body);
    if (created.status !== 202)
      throw new Error(`POST /shortlists answered ${created.status}: ${JSON.stringify(created.body)}`);
    const run = await until(async () => {
      const state = await api<{ state: string; counts: unknown }>(
        ctx,
        'GET',
        `/api/v1/shortlists/${created.body.id}`,
        token,
      );
      return ['completed', 'failed'].includes(state.body.state) ? state.body : undefined;
    }, 900_000);
    const wall = (performance.now() - t0) / 1000;
    const peak = Math.max(...peaks.map((stop) => stop()));

    const t1 = performance.now();
    // Each source read once, in one statement: results, assessment marks and attendance per child.
    await ctx.db.query(
      `SELECT e.participant_id, SUM(e.source = 'r') AS results, MIN(e.place) AS best,
              AVG(IF(e.source = 'a', e.value, NULL)) AS assessed, AVG(IF(e.source = 't', e.value, NULL)) AS present
       FROM (
         SELECT em.participant_id, 'r' AS source, j.entry_rank AS place, NULL AS value
         FROM result_snapshots s
         JOIN rounds r ON r.id = s.round_id AND r.published_version = s.version
         JOIN categories c ON c.id = r.category_id JOIN events ev ON ev.id = c.event_id
         CROSS JOIN JSON_TABLE(s.results, '$.entries[*]' COLUMNS (entry_id INT PATH '$.entryId', entry_rank INT PATH '$.rank')) j
         JOIN entry_members em ON em.entry_id = j.entry_id
         WHERE c.discipline_id IN (?) AND ev.end_date BETWEEN '2025-01-01' AND '2025-12-31' AND j.entry_rank IS NOT NULL
         UNION ALL
         SELECT a.participant_id, 'a', NULL, sc.value / cr.max
         FROM assessments a JOIN clubs cl ON cl.id = a.club_id
         JOIN assessment_scores sc ON sc.assessment_id = a.id JOIN assessment_criteria cr ON cr.id = sc.criterion_id
         WHERE cl.discipline_id IN (?) AND a.assessed_on BETWEEN '2025-01-01' AND '2025-12-31'
         UNION ALL
         SELECT at.participant_id, 't', NULL, at.status = 'present'
         FROM attendance at JOIN club_sessions cs ON cs.id = at.session_id JOIN clubs cl ON cl.id = cs.club_id
         WHERE cl.discipline_id IN (?) AND cs.date BETWEEN '2025-01-01' AND '2025-12-31'
       ) e
       JOIN participants p ON p.id = e.participant_id
       WHERE p.anonymised_at IS NULL AND p.date_of_birth BETWEEN '2008-06-02' AND '2017-06-01'
         AND EXISTS (SELECT 1 FROM participant_consents pc WHERE pc.participant_id = p.id AND pc.withdrawn_at IS NULL
                     AND FIND_IN_SET('shortlisting', pc.scopes))
       GROUP BY e.participant_id`,
      [province.leafDisciplineIds, province.leafDisciplineIds, province.leafDisciplineIds],
    );
    const sql = (performance.now() - t1) / 1000;
    const [[runRow]] = await ctx.db.query<RowDataPacket[]>(
      'SELECT attempts, timings FROM shortlist_runs WHERE id = ?',
      [created.body.id],
    );
    ctx.figures.push({
      bench: 'shortlist',
      name: `shortlist build (${run.state}), request to done`,
      value: wall,
      unit: 's',
      ceiling: { name: 'one hand-written SQL of its evidence', value: sql, unit: 's' },
      ratio: sql / wall,
      goal: '< 60 s at scale 1, within 2× of the SQL',
      pass: run.state === 'completed' && wall < 60 * Math.max(1, ctx.scale) && wall <= 2 * sql,
      detail: { counts: run.counts, timings: runRow.timings, attempts: runRow.attempts },
    });
    ctx.figures.push({
      bench: 'shortlist',
      name: '… worker peak RSS during the build',
      value: peak,
      unit: 'MiB',
      goal: '< 512 MB',
      pass: peak < 512,
    });
    ctx.checks.push({
      name: 'shortlist job ran once (attempts)',
      expected: 1,
      actual: Number(runRow.attempts),
      ok: Number(runRow.attempts) === 1,
    });
  },
};

/** Name search over the whole registry, 10 connections, a few realistic queries in turn. */
const search: Scenario = {
  name: 'search',
  async run(ctx, province) {
    const queries = [
      'nguyen van d',
      'Đức',
      'tran thi thu',
      'hoang bao',
      'le minh',
      'pham ngoc anh',
      'vu',
      'đặng thị hương',
    ];
    const result = await runLoad({
      bases: ctx.bases,
      connections: 10,
      amount: 1500,
      warmup: 50,
      requests: queries.map((q) => ({
        path: `/api/v1/participants?q=${encodeURIComponent(q)}`,
        headers: bearer(ctx.adminToken),
      })),
    });
    ctx.figures.push({
      bench: 'search',
      name: `name search over ${province.counts.participants.toLocaleString('en')} participants, 10 connections, p99`,
      value: result.p99,
      unit: `ms (p50 ${result.p50.toFixed(1)}, ${result.rps.toFixed(0)} req/s)`,
      goal: 'p99 < 50 ms',
      pass: result.p99 < 50,
      detail: result as unknown as Record<string, unknown>,
    });
  },
};

/** An import of 10,000 rows, upload to done (the worker reads, checks and writes them). */
const importRows: Scenario = {
  name: 'import',
  async run(ctx, province) {
    const [[commune]] = await ctx.db.query<RowDataPacket[]>(
      "SELECT code FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id LIMIT 1",
    );
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      [
        `Nhập Nguyễn ${String(i).padStart(5, '0')}`,
        'Nữ',
        `${(i % 28) + 1}/${(i % 9) + 1}/2013`,
        commune.code,
        '',
        '',
        '',
        '',
        '',
      ].join(','),
    );
    const file = `Họ và tên,Giới tính,Ngày sinh,Mã địa bàn,Trường,Họ tên người giám hộ,Quan hệ,Số điện thoại,Lĩnh vực\n${rows.join('\n')}\n`;
    const [[before]] = await ctx.db.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM participants');
    const form = new FormData();
    form.set('organisationId', String(province.unitIds[0]));
    form.set('file', new Blob([file]), 'nhap-10000.csv');
    const t0 = performance.now();
    const accepted = (await (
      await fetch(`${ctx.bases[0]}/api/v1/imports/participants`, {
        method: 'POST',
        headers: bearer(ctx.adminToken),
        body: form,
      })
    ).json()) as { id: number };
    const outcome = await until(async () => {
      const state = await api<{ state: string; importedRows: number }>(
        ctx,
        'GET',
        `/api/v1/imports/${accepted.id}`,
        ctx.adminToken,
      );
      return ['succeeded', 'failed'].includes(state.body.state) ? state.body : undefined;
    }, 600_000);
    const seconds = (performance.now() - t0) / 1000;
    const [[after]] = await ctx.db.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM participants');
    ctx.figures.push({
      bench: 'import',
      name: `import of 10,000 rows, upload to done (${outcome.state})`,
      value: seconds,
      unit: 's',
      goal: '< 30 s',
      pass: outcome.state === 'succeeded' && seconds < 30,
    });
    const added = Number(after.n) - Number(before.n);
    ctx.checks.push({
      name: 'import wrote each row once',
      expected: 10_000,
      actual: added,
      ok: added === 10_000,
    });
  },
};

/** The yearly summary report over the whole province (administrator's scope). */
const report: Scenario = {
  name: 'report',
  async run(ctx) {
    const result = await runLoad({
      bases: ctx.bases,
      connections: 1,
      amount: 5,
      warmup: 1,
      requests: [
        {
          path: '/api/v1/reports/summary?from=2025-01-01&to=2025-12-31&groupBy=locality',
          headers: bearer(ctx.adminToken),
        },
      ],
    });
    ctx.figures.push({
      bench: 'report',
      name: 'summary report 2025 by locality, p50',
      value: result.p50 / 1000,
      unit: `s (${JSON.stringify(result.statuses)})`,
      goal: '< 2 s',
      pass: result.p50 < 2000 && result.statuses['200'] === result.requests,
    });
  },
};

/** An export of up to 100,000 participants through the job, with the worker's memory sampled. */
const exportRows: Scenario = {
  name: 'export',
  async run(ctx, province) {
    // The youth union's communes hold half the registry; at scale 1 that is 150,000 rows, so take the unit
    // whose subtree is nearest 100,000 of: the root, or a single commune unit.
    const organisationId = province.roots.youth_union;
    const peaks = ctx.workers.map((worker) => sampleRss(worker.pid));
    const before = Math.max(...ctx.workers.map((worker) => sampleRss(worker.pid)()));
    const t0 = performance.now();
    const created = await api<{ id: number }>(ctx, 'POST', '/api/v1/exports', ctx.adminToken, {
      kind: 'participants',
      params: { organisationId },
    });
    if (created.status !== 202)
      throw new Error(`POST /exports answered ${created.status}: ${JSON.stringify(created.body)}`);
    const done = await until(async () => {
      const state = await api<{ state: string; rows: number; byteSize: number }>(
        ctx,
        'GET',
        `/api/v1/exports/${created.body.id}`,
        ctx.adminToken,
      );
      return ['succeeded', 'failed'].includes(state.body.state) ? state.body : undefined;
    }, 900_000);
    const seconds = (performance.now() - t0) / 1000;
    const peak = Math.max(...peaks.map((stop) => stop()));
    ctx.figures.push({
      bench: 'export',
      name: `export of ${done.rows.toLocaleString('en')} rows (${done.state}, ${(done.byteSize / MiB).toFixed(1)} MiB, ${seconds.toFixed(1)} s): worker peak RSS`,
      value: peak,
      unit: `MiB (idle ${before.toFixed(0)}, +${(peak - before).toFixed(0)})`,
      goal: 'streamed under 256 MB',
      pass: done.state === 'succeeded' && peak < 256,
    });
  },
};

/** The web app's initial download: index.html's scripts, module preloads and styles, raw and gzipped. */
const bundle: Scenario = {
  name: 'bundle',
  async run(ctx) {
    await ensureWebBuild();
    const root = join(__dirname, '..', '..', 'dist', 'web');
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    let raw = 0;
    let gzip = 0;
    for (const file of initial) {
      const content = readFileSync(join(root, file));
      raw += content.length;
      gzip += gzipSync(content).length;
    }
    const all = readdirSync(join(root, 'assets')).filter((name) => /\.(js|css)$/.test(name)).length;
    ctx.figures.push({
      bench: 'bundle',
      name: `web app initial bundle (${initial.length} of ${all} files), gzipped`,
      value: gzip / 1024,
      unit: `KiB (raw ${(raw / 1024).toFixed(0)} KiB)`,
      detail: { initial },
    });
  },
};

export const SCENARIOS: Scenario[] = [
  auth,
  scoreEntry,
  results,
  search,
  importRows,
  report,
  exportRows,
  shortlist,
  bundle,
];
