/*
 * The platform measured from outside against its ceilings, on a database of its own:
 *   npm run bench -- [--scale 0.01] [--only <name>[,<name>]] [--processes 2] [--source] [--keep] [--profile DIR]
 * Builds the schema with the migrations, loads the generated province, starts the API and the worker as
 * separate processes from dist/ (built first; `--source` runs src/ through swc instead, at ~100 MB more RSS) (two of each with --processes 2, on the same database and Redis), drives them from a
 * load-generator process, prints a table and writes bench-results.json. `--profile DIR` writes a CPU profile
 * of each application process into DIR (open it in Chrome's DevTools, or summarise it with
 * `node -r @swc-node/register test/bench/profile-summary.ts FILE`).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { prepareDatabase } from '../../src/bootstrap/prepare-database';
import { preflight } from '../../src/bootstrap/preflight';
import { freePort } from '../support/app-process';
import { dropTestResources, isolatedConfig, useAppLogger } from '../support/test-app';
import { generateProvince } from './generate/province';
import { AppProc, BenchContext, Figure } from './harness';
import { SCENARIOS } from './scenarios';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function formatNumber(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.ceiling ? `${formatNumber(f.ceiling.value)} ${f.ceiling.unit} (${f.ceiling.name})` : '',
    f.ratio === undefined ? '' : f.ratio.toFixed(3),
    f.goal ?? '',
    f.pass === undefined ? '' : f.pass ? 'pass' : 'MISS',
  ]);
  const header = ['measure', 'figure', 'ceiling, same run', 'ratio', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join(' | '));
}

async function main(): Promise<void> {
  const scale = Number(option('scale') ?? '1');
  const only = option('only')?.split(',');
  const processes = Number(option('processes') ?? '1');
  const unknown = only?.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown?.length)
    throw new Error(`Unknown bench ${unknown.join()}; one of ${SCENARIOS.map((s) => s.name).join()}`);

  const suffix = randomBytes(3).toString('hex');
  const env = {
    DATABASE_URL: `mysql://root@127.0.0.1:3306/talent_bench_${suffix}`,
    QUEUE_PREFIX: `bench-${suffix}`,
    LOG_LEVEL: 'error',
  };
  const config = isolatedConfig(env);
  useAppLogger(config);
  const { host, port, user, password, name } = config.database;
  const db = mysql.createPool({
    host,
    port,
    user,
    password,
    database: name,
    connectionLimit: 10,
    charset: 'utf8mb4_unicode_520_ci',
  });
  const procs: AppProc[] = [];
  // Interrupted: stop the application processes this run started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const proc of procs) proc.child.kill('SIGTERM');
      process.exit(130);
    });
  try {
    await preflight(config);
    await prepareDatabase(config);
    const connection = await db.getConnection();
    const province = await generateProvince(connection, scale);
    connection.release();
    console.log(`loaded scale ${scale} in ${province.seconds} s: ${JSON.stringify(province.counts)}`);

    const apis: AppProc[] = [];
    const workers: AppProc[] = [];
    const fromSource = process.argv.includes('--source');
    const profileDir = option('profile');
    if (!fromSource)
      execFileSync('npx', ['nest', 'build'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    for (let i = 0; i < processes; i++) {
      apis.push(await AppProc.start('api', env, { port: await freePort(), fromSource, profileDir }));
      workers.push(await AppProc.start('worker', env, { fromSource, profileDir }));
    }
    procs.push(...apis, ...workers);
    const bases = apis.map((proc) => proc.base!);
    const login = async (email: string, secret: string) => {
      const response = await fetch(`${bases[0]}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: secret }),
      });
      if (response.status !== 200)
        throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    };
    const ctx: BenchContext = {
      scale,
      apis,
      workers,
      bases,
      db,
      login,
      adminToken: await login(config.admin.email, config.admin.password!),
      figures: [
        {
          bench: 'load',
          name: `generate and load the province at scale ${scale}`,
          value: province.seconds,
          unit: 's',
          goal: '< 600 s at scale 1',
          pass: province.seconds < 600 * Math.max(1, scale),
          detail: { counts: province.counts, timings: province.timings },
        },
      ],
      checks: [],
    };
    const failures: string[] = [];
    for (const scenario of SCENARIOS.filter((s) => !only || only.includes(s.name))) {
      const started = Date.now();
      process.stdout.write(`${scenario.name}… `);
      try {
        await scenario.run(ctx, province);
        console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.log('failed');
        console.error(error);
        failures.push(scenario.name);
      }
    }

    console.log(
      `\nscale ${scale}, ${processes} API + ${processes} worker process(es), ${cpus().length} CPUs (shared), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    );
    printTable(ctx.figures);
    if (ctx.checks.length) {
      console.log('\nconsistency checks');
      for (const check of ctx.checks)
        console.log(
          `${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: expected ${check.expected}, found ${check.actual}`,
        );
    }
    writeFileSync(
      join(__dirname, '..', '..', 'bench-results.json'),
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          scale,
          processes,
          cpus: cpus().length,
          figures: ctx.figures,
          checks: ctx.checks,
          failures,
        },
        null,
        2,
      )}\n`,
    );
    if (failures.length || ctx.checks.some((check) => !check.ok)) process.exitCode = 1;
  } finally {
    await Promise.all(procs.map((proc) => proc.stop()));
    await db.end();
    if (!process.argv.includes('--keep')) await dropTestResources(config);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
