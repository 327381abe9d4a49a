import { MigrationInterface, QueryRunner } from 'typeorm';
import source from './data/quang-ninh-localities-2025.json';

/**
 * Reference data: Quảng Ninh province, its district-level units of 2019–2025, the commune-level units they
 * held on 30 June 2025, and the 54 commune-level units valid from 1 July 2025 (Resolution 1679/NQ-UBTVQH15),
 * with official codes, validity periods and which units replaced which. The data file is frozen with this
 * migration (its `sources` and `verified` fields say where each figure comes from); corrections come as new
 * migrations.
 */
export class SeedQuangNinhLocalities1795737038540 implements MigrationInterface {
  name = 'SeedQuangNinhLocalities1795737038540';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows = localityRows();
    await insertRows(
      queryRunner,
      'localities',
      rows.filter((row) => row.level === 'province').map(toColumns(null)),
    );
    const province = await idsByKey(queryRunner);
    const provinceId = province.get(PROVINCE_KEY)!;

    await insertRows(
      queryRunner,
      'localities',
      rows.filter((row) => row.level !== 'province' && !row.parentKey).map(toColumns(provinceId)),
    );
    const withDistricts = await idsByKey(queryRunner);
    await insertRows(
      queryRunner,
      'localities',
      rows.filter((row) => row.parentKey).map((row) => toColumns(withDistricts.get(row.parentKey!)!)(row)),
    );

    const ids = await idsByKey(queryRunner);
    await insertRows(
      queryRunner,
      'locality_successions',
      successions().map(({ from, to, partial }) => ({
        predecessor_id: ids.get(from)!,
        successor_id: ids.get(to)!,
        partial: partial ? 1 : 0,
      })),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const ids = await idsByKey(queryRunner);
    const seeded = localityRows().map((row) => ids.get(row.key)!);
    await queryRunner.query(
      'DELETE FROM locality_successions WHERE predecessor_id IN (?) OR successor_id IN (?)',
      [seeded, seeded],
    );
    // Children before parents: communes, districts, then the province.
    for (const level of ['commune', 'district', 'province']) {
      await queryRunner.query('DELETE FROM localities WHERE id IN (?) AND level = ?', [seeded, level]);
    }
  }
}

type Level = 'province' | 'district' | 'commune';

interface LocalityRow {
  /** level|code|validFrom: what names a unit, since codes are reused across time. */
  key: string;
  parentKey?: string;
  level: Level;
  kind: string;
  code: string;
  name: string;
  fullName: string;
  validFrom: string | null;
  validTo: string | null;
}

const LAST_DAY_BEFORE_REFORM = '2025-06-30';
const PROVINCE_KEY = key('province', source.province.code, null);

const DISTRICT_PREFIX: Record<string, string> = { city: 'Thành phố', town: 'Thị xã', district: 'Huyện' };
const FORMER_COMMUNE_KIND: Record<string, { kind: string; prefix: string }> = {
  phường: { kind: 'ward', prefix: 'Phường' },
  xã: { kind: 'commune', prefix: 'Xã' },
  'thị trấn': { kind: 'township', prefix: 'Thị trấn' },
};

function key(level: Level, code: string, validFrom: string | null): string {
  return `${level}|${code}|${validFrom ?? ''}`;
}

/** The district-level unit called `name` on the eve of the reform (Đông Triều: the city, not the town). */
function districtOnEve(name: string) {
  const district = source.districts.find((d) => d.name === name && d.validTo === LAST_DAY_BEFORE_REFORM);
  if (!district) throw new Error(`No district-level unit "${name}" on ${LAST_DAY_BEFORE_REFORM}`);
  return district;
}

/** The commune-level units of 30 June 2025: every predecessor named by the 2025 units, plus Cái Chiên (kept unchanged). */
function formerCommunes() {
  const byCode = new Map<string, { name: string; type: string; formerDistrict: string; code: string }>();
  for (const unit of source.communes2025) {
    for (const predecessor of unit.predecessors) byCode.set(predecessor.code, predecessor);
    if ('unchanged' in unit && unit.unchanged) {
      byCode.set(unit.code, {
        name: unit.name,
        type: 'xã',
        formerDistrict: unit.formerDistrict,
        code: unit.code,
      });
    }
  }
  return [...byCode.values()];
}

function localityRows(): LocalityRow[] {
  const { province } = source;
  const rows: LocalityRow[] = [
    {
      key: PROVINCE_KEY,
      level: 'province',
      kind: 'province',
      code: province.code,
      name: province.name,
      fullName: province.fullName,
      validFrom: null,
      validTo: null,
    },
  ];
  for (const district of source.districts) {
    rows.push({
      key: key('district', district.code, district.validFrom),
      level: 'district',
      kind: district.type,
      code: district.code,
      name: district.name,
      fullName: `${DISTRICT_PREFIX[district.type]} ${district.name}`,
      validFrom: district.validFrom,
      validTo: district.validTo,
    });
  }
  for (const commune of formerCommunes()) {
    const district = districtOnEve(commune.formerDistrict);
    const { kind, prefix } = FORMER_COMMUNE_KIND[commune.type];
    rows.push({
      key: key('commune', commune.code, null),
      parentKey: key('district', district.code, district.validFrom),
      level: 'commune',
      kind,
      code: commune.code,
      name: commune.name,
      fullName: `${prefix} ${commune.name}`,
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
    });
  }
  for (const unit of source.communes2025) {
    rows.push({
      key: key('commune', unit.code, unit.validFrom),
      level: 'commune',
      kind: unit.type,
      code: unit.code,
      name: unit.name,
      fullName: unit.fullName,
      validFrom: unit.validFrom,
      validTo: null,
    });
  }
  return rows;
}

/** Which unit replaced which: the 2019 and 2024 district changes and the 2025 reform. */
function successions(): { from: string; to: string; partial: boolean }[] {
  const districtKey = (name: string, validFrom: string | null) => {
    const district = source.districts.find((d) => d.name === name && d.validFrom === validFrom)!;
    return key('district', district.code, district.validFrom);
  };
  const list = [
    // Hoành Bồ merged whole into Hạ Long on 1 January 2020 (Resolution 837/NQ-UBTVQH14).
    { from: districtKey('Hoành Bồ', null), to: districtKey('Hạ Long', null), partial: false },
    // Đông Triều town became a city on 1 November 2024 (Resolution 1199/NQ-UBTVQH15).
    { from: districtKey('Đông Triều', null), to: districtKey('Đông Triều', '2024-11-01'), partial: false },
  ];

  // 2025: each former commune-level unit to the new unit(s) that took its territory.
  const successorsOfDistrict = new Map<string, Set<string>>();
  for (const unit of source.communes2025) {
    const to = key('commune', unit.code, unit.validFrom);
    const predecessors =
      'unchanged' in unit && unit.unchanged
        ? [{ code: unit.code, formerDistrict: unit.formerDistrict, partial: false }]
        : unit.predecessors;
    for (const predecessor of predecessors) {
      list.push({ from: key('commune', predecessor.code, null), to, partial: predecessor.partial });
      const district = districtOnEve(predecessor.formerDistrict);
      const from = key('district', district.code, district.validFrom);
      successorsOfDistrict.set(from, (successorsOfDistrict.get(from) ?? new Set()).add(to));
    }
  }
  // 2025: each district-level unit, abolished, to the new units on its former territory.
  for (const [from, successors] of successorsOfDistrict) {
    for (const to of successors) list.push({ from, to, partial: successors.size > 1 });
  }
  return list;
}

function toColumns(parentId: number | null) {
  return (row: LocalityRow) => ({
    parent_id: parentId,
    level: row.level,
    kind: row.kind,
    code: row.code,
    name: row.name,
    full_name: row.fullName,
    valid_from: row.validFrom,
    valid_to: row.validTo,
    version: 1,
  });
}

async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const placeholders = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  await queryRunner.query(
    `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${placeholders}`,
    rows.flatMap((row) => columns.map((column) => row[column])),
  );
}

async function idsByKey(queryRunner: QueryRunner): Promise<Map<string, number>> {
  const rows = (await queryRunner.query(
    "SELECT id, level, code, DATE_FORMAT(valid_from, '%Y-%m-%d') AS valid_from FROM localities",
  )) as { id: number; level: Level; code: string; valid_from: string | null }[];
  return new Map(rows.map((row) => [key(row.level, row.code, row.valid_from), row.id]));
}
