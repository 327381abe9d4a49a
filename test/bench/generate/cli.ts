/*
 * Loads the province into a fresh database built by the migrations:
 *   npm run bench:generate -- --scale 0.01 [--seed 14] [--database talent_bench_gen]
 * and prints the seconds each step took.
 */
import mysql from 'mysql2/promise';
import { prepareDatabase } from '../../../src/bootstrap/prepare-database';
import { preflight } from '../../../src/bootstrap/preflight';
import { isolatedConfig, useAppLogger } from '../../support/test-app';
import { generateProvince } from './province';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

async function main(): Promise<void> {
  const scale = Number(option('scale', '1'));
  const name = option('database', 'talent_bench_gen');
  const config = isolatedConfig({ DATABASE_URL: `mysql://root@127.0.0.1:3306/${name}` });
  useAppLogger(config);
  const { host, port, user, password } = config.database;
  const admin = await mysql.createConnection({ host, port, user, password });
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.end();
  await preflight(config);
  await prepareDatabase(config);
  const db = await mysql.createConnection({
    host,
    port,
    user,
    password,
    database: name,
    charset: 'utf8mb4_unicode_520_ci',
  });
  const province = await generateProvince(db, scale, Number(option('seed', '14')));
  await db.end();
  console.log(
    JSON.stringify(
      { scale, counts: province.counts, seconds: province.seconds, timings: province.timings },
      null,
      1,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
