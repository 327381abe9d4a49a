import { performance } from 'node:perf_hooks';
import { nameSuffixes } from '../../src/participants/participant-rules';
import { bearer, eventually, TestApp } from '../support/test-app';
import { load, report } from './load';

/** Family names with their approximate shares in Vietnam (Nguyễn alone is about 38%). */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
];
const MIDDLE = {
  male: [
    ['Văn', 40],
    ['Đức', 10],
    ['Minh', 10],
    ['Quang', 8],
    ['Hoàng', 6],
    ['Xuân', 5],
    ['Thanh', 5],
    ['Hải', 4],
    ['Bảo', 4],
    ['Tuấn', 4],
  ],
  female: [
    ['Thị', 45],
    ['Ngọc', 12],
    ['Thu', 8],
    ['Thanh', 8],
    ['Minh', 6],
    ['Hồng', 6],
    ['Phương', 5],
    ['Bảo', 4],
    ['Kim', 3],
    ['Mai', 3],
  ],
} as Record<'male' | 'female', [string, number][]>;
const GIVEN = {
  male: [
    'An',
    'Anh',
    'Bình',
    'Dũng',
    'Đức',
    'Duy',
    'Hải',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phúc',
    'Quân',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  female: [
    'An',
    'Anh',
    'Châu',
    'Dung',
    'Giang',
    'Hà',
    'Hằng',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'My',
    'Ngọc',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Uyên',
    'Vy',
    'Yến',
  ],
};

/** A seeded generator (mulberry32), so every run seeds the same registry. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(random: () => number, choices: [string, number][]): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [choice, weight] of choices) {
    draw -= weight;
    if (draw < 0) return choice;
  }
  return choices[choices.length - 1][0];
}

/** Seeds `count` participants (with their name keys) straight into the tables, in large batches. */
export async function seedRegistry(t: TestApp, count: number, organisationId: number): Promise<void> {
  const random = seeded(42);
  for (let start = 0; start < count; start += 5000) {
    const batch = Array.from({ length: Math.min(5000, count - start) }, () => {
      const gender = random() < 0.5 ? 'male' : 'female';
      const given = GIVEN[gender][Math.floor(random() * GIVEN[gender].length)];
      const name = `${weighted(random, FAMILY)} ${weighted(random, MIDDLE[gender])} ${given}`;
      const born = new Date(Date.UTC(1995, 0, 1) + Math.floor(random() * 25 * 365) * 86400000)
        .toISOString()
        .slice(0, 10);
      return [name, gender, born, organisationId];
    });
    const inserted = await t.dataSource.query<{ insertId: number }>(
      `INSERT INTO participants (full_name, gender, date_of_birth, organisation_id, version) VALUES ${batch.map(() => '(?, ?, ?, ?, 1)').join(', ')}`,
      batch.flat(),
    );
    const keys = batch.flatMap((row, i) =>
      nameSuffixes(row[0] as string).map((suffix, position) => [
        inserted.insertId + i,
        position,
        suffix,
        organisationId,
      ]),
    );
    await t.dataSource.query(
      `INSERT INTO participant_name_keys (participant_id, position, suffix, organisation_id) VALUES ${keys.map(() => '(?, ?, ?, ?)').join(', ')}`,
      keys.flat(),
    );
  }
}

/** Search on a large registry, and a 10,000-row import, through the API. */
export async function registryBench(t: TestApp, base: string): Promise<void> {
  const admin = await t.adminToken();
  const organisation = await t.factories.organisation({
    name: 'Đoàn thanh niên (benchmark)',
    level: 'district',
  });
  const count = Number(process.env.BENCH_PARTICIPANTS ?? 300_000);
  const seeding = performance.now();
  await seedRegistry(t, count, organisation.id);
  await t.dataSource.query('ANALYZE TABLE participants, participant_name_keys');
  console.log(
    `${`registry: seeded ${count} participants`.padEnd(44)} in ${Math.round((performance.now() - seeding) / 1000)} s`,
  );

  const search = (q: string) => () =>
    fetch(`${base}/api/v1/participants?q=${encodeURIComponent(q)}`, { headers: bearer(admin) });
  for (const q of ['duc', 'Đức', 'nguyen van d', 'van duc', 'tran thi thu thao', 'hoang bao', 'ng']) {
    report(await load(`GET /participants?q=${q} (1 client)`, 1, q.length < 3 ? 20 : 200, search(q)));
  }
  report(await load('GET /participants?q=van duc (20 clients)', 20, 2000, search('van duc')));
  const organiser = await t.factories.user({
    roles: [{ role: 'organiser', organisationId: organisation.id }],
  });
  const organiserToken = await t.login(organiser.email, organiser.password);
  report(
    await load('GET /participants?q=nguyen van d (organiser)', 1, 200, () =>
      fetch(`${base}/api/v1/participants?q=${encodeURIComponent('nguyen van d')}`, {
        headers: bearer(organiserToken),
      }),
    ),
  );
  report(
    await load('GET /participants (no q, page 1)', 1, 100, () =>
      fetch(`${base}/api/v1/participants`, { headers: bearer(admin) }),
    ),
  );

  // An import of 10,000 rows, from upload to done.
  const rows = Array.from({ length: 10_000 }, (_, i) =>
    [
      `Bench Nguyễn ${String(i).padStart(5, '0')}`,
      'Nữ',
      `0${(i % 28) + 1}/0${(i % 9) + 1}/2012`.replace(/^0(\d\d)/, '$1'),
      '07054',
      '',
      '',
      '',
      '',
      '',
    ].join(','),
  );
  const file = Buffer.from(
    `Họ và tên,Giới tính,Ngày sinh,Mã địa bàn,Trường,Họ tên người giám hộ,Quan hệ,Số điện thoại,Lĩnh vực\n${rows.join('\n')}\n`,
  );
  const started = performance.now();
  const form = new FormData();
  form.set('organisationId', String(organisation.id));
  form.set('file', new Blob([file]), 'bench.csv');
  const accepted = (await (
    await fetch(`${base}/api/v1/imports/participants`, { method: 'POST', headers: bearer(admin), body: form })
  ).json()) as {
    id: number;
  };
  const outcome = await eventually(async () => {
    const state = (await (
      await fetch(`${base}/api/v1/imports/${accepted.id}`, { headers: bearer(admin) })
    ).json()) as {
      state: string;
      importedRows: number;
    };
    return state.state === 'succeeded' || state.state === 'failed' ? state : undefined;
  }, 120_000);
  console.log(
    `${'import: 10,000 rows, upload to done'.padEnd(44)} ${Math.round(performance.now() - started)} ms (${outcome.state}, ${outcome.importedRows} imported)`,
  );
}
