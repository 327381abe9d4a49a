import { randomBytes, randomInt } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Club } from '../../src/clubs/entities/club.entity';
import { Locality, LocalityLevel } from '../../src/localities/entities/locality.entity';
import { Organisation, OrganisationKind } from '../../src/organisations/entities/organisation.entity';
import { OrganisationsRepository } from '../../src/organisations/organisations.repository';
import { RoleAssignment } from '../../src/users/entities/role-assignment.entity';
import { User } from '../../src/users/entities/user.entity';
import { hashPassword } from '../../src/users/password';
import { Role } from '../../src/users/roles';

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Bùi', 'Đỗ', 'Ngô'];
// Children's middle names are not adults', so a child's name never equals an account's (tests look for
// children's names on screens that show the signed-in account's own).
const MIDDLE_NAMES = { adult: ['Văn', 'Đức', 'Quang', 'Hải'], child: ['Thị', 'Minh', 'Ngọc', 'Thu'] };
const GIVEN_NAMES =
  'Ánh Đức Hùng Lan Dũng Hương Trang Khánh Phúc Yến Linh Nam Thảo Quân Hà Tuấn Mai Sơn Vy Bảo'.split(' ');
const issuedNames = new Set<string>();

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)];
}

/**
 * A random name not issued before in this test file while fresh ones are easy to find (800 of each kind), so
 * a test can find a person on a screen by name: two judges named alike made the panel test fail at random.
 */
export function vietnameseName(of: 'adult' | 'child' = 'adult'): string {
  let name = '';
  for (let attempt = 0; attempt < 100; attempt++) {
    name = `${pick(FAMILY_NAMES)} ${pick(MIDDLE_NAMES[of])} ${pick(GIVEN_NAMES)}`;
    if (!issuedNames.has(name)) break;
  }
  issuedNames.add(name);
  return name;
}

/**
 * Realistic rows with random defaults, inserted through TypeORM, so a test states only what matters to it.
 * The seeded reference data (localities, root organisations) is there to hang them on.
 */
export class Factories {
  constructor(private readonly dataSource: DataSource) {}

  /** A unit valid today: one of the 54 commune-level units of July 2025. */
  async locality(): Promise<Locality> {
    return this.dataSource
      .getRepository(Locality)
      .findOneOrFail({ where: { level: 'commune', validTo: IsNull() } });
  }

  /** A seeded unit by name and level, in the period that begins on `validFrom` (null: the oldest one). */
  async localityNamed(
    name: string,
    level: LocalityLevel,
    validFrom: string | null = null,
  ): Promise<Locality> {
    return this.dataSource.getRepository(Locality).findOneOrFail({
      where: { name, level, validFrom: validFrom ?? IsNull() },
      order: { id: 'ASC' },
    });
  }

  /** The first seeded discipline under a top-level one. */
  async subDisciplineId(): Promise<number> {
    const [{ id }] = await this.dataSource.query<{ id: number }[]>(
      'SELECT id FROM disciplines WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1',
    );
    return id;
  }

  /** A club of the unit in the first sub-discipline, open without an end from `validFrom` on. */
  async club(
    organisationId: number,
    fields: Partial<Pick<Club, 'name' | 'disciplineId' | 'localityId' | 'validFrom' | 'validTo'>> = {},
  ): Promise<Club> {
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(Club, {
        organisationId,
        name: fields.name ?? `CLB ${pick(GIVEN_NAMES)} ${randomInt(1000)}`,
        kind: 'club',
        disciplineId: fields.disciplineId ?? (await this.subDisciplineId()),
        localityId: fields.localityId ?? null,
        schedule: null,
        capacity: null,
        validFrom: fields.validFrom ?? null,
        validTo: fields.validTo ?? null,
      }),
    );
  }

  async rootOrganisation(kind: OrganisationKind = 'youth_union'): Promise<Organisation> {
    return this.dataSource.getRepository(Organisation).findOneOrFail({ where: { kind, parentId: IsNull() } });
  }

  async organisation(
    overrides: Partial<Pick<Organisation, 'name' | 'kind' | 'level' | 'parentId' | 'localityId'>> = {},
  ): Promise<Organisation> {
    const kind = overrides.kind ?? 'youth_union';
    const parent = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: overrides.parentId ?? (await this.rootOrganisation(kind)).id });
    return new OrganisationsRepository(this.dataSource).insert(
      this.dataSource.manager,
      {
        name: overrides.name ?? `Đoàn phường ${pick(GIVEN_NAMES)} ${randomInt(1000)}`,
        kind,
        level: overrides.level ?? 'commune',
        localityId: overrides.localityId ?? (await this.locality()).id,
        validFrom: null,
        validTo: null,
      },
      parent,
    );
  }

  /** A user with a known password and the given roles. */
  async user(
    overrides: {
      email?: string;
      password?: string;
      roles?: { role: Role; organisationId: number | null }[];
    } = {},
  ): Promise<User & { password: string }> {
    const password = overrides.password ?? randomBytes(12).toString('base64url');
    const user = await this.dataSource.getRepository(User).save(
      this.dataSource.getRepository(User).create({
        email: overrides.email ?? `user-${randomBytes(5).toString('hex')}@talent.test`,
        passwordHash: await hashPassword(password),
        fullName: vietnameseName(),
        active: true,
      }),
    );
    for (const { role, organisationId } of overrides.roles ?? []) {
      await this.dataSource.getRepository(RoleAssignment).insert({ userId: user.id, role, organisationId });
    }
    return Object.assign(user, { password });
  }
}
