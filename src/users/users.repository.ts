import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HeldRole } from '../access/actor';
import { Scope, scopeCondition } from '../access/scope';
import { wordPrefixes } from '../database/escape-like';
import { RoleAssignment } from './entities/role-assignment.entity';
import { User } from './entities/user.entity';
import { RoleView, UserQuery, UserView } from './dto/user.dto';
import { Role } from './roles';

interface RoleRow {
  user_id: number;
  id: number;
  role: Role;
  organisation_id: number | null;
  created_at: Date;
  organisation_name: string | null;
  organisation_kind: string | null;
  organisation_level: string | null;
  organisation_path: string | null;
}

/** The users' and role assignments' queries. Reads organisation names and paths for display and scope. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The credentials of an account, for sign-in and password changes. */
  findCredentials(manager: EntityManager, where: { email: string } | { id: number }) {
    return manager
      .getRepository(User)
      .findOne({ where, select: { id: true, email: true, passwordHash: true, active: true, version: true } });
  }

  findById(manager: EntityManager, id: number, lock = false): Promise<User | null> {
    return manager
      .getRepository(User)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  emailTaken(manager: EntityManager, email: string, exceptId?: number): Promise<boolean> {
    return manager
      .getRepository(User)
      .createQueryBuilder('user')
      .where('user.email = :email', { email })
      .andWhere(exceptId ? 'user.id <> :exceptId' : '1 = 1', { exceptId })
      .getExists();
  }

  /** The roles of an active user, with the paths of their organisations; null for an unknown or disabled user. */
  async activeUserRoles(userId: number): Promise<HeldRole[] | null> {
    const rows = await this.dataSource.query<(Partial<RoleRow> & { active: number })[]>(
      `SELECT u.active, ra.id, ra.role, ra.organisation_id, o.path AS organisation_path
         FROM users u
         LEFT JOIN role_assignments ra ON ra.user_id = u.id
         LEFT JOIN organisations o ON o.id = ra.organisation_id
        WHERE u.id = ?`,
      [userId],
    );
    if (rows.length === 0 || !rows[0].active) return null;
    return rows
      .filter((row) => row.id != null)
      .map((row) => ({
        id: row.id!,
        role: row.role!,
        organisationId: row.organisation_id ?? null,
        organisationPath: row.organisation_path ?? null,
      }));
  }

  /** The paths of the organisations where the user holds roles: what decides who may see the account. */
  async rolePaths(manager: EntityManager, userId: number): Promise<string[]> {
    const rows = await manager.query<{ path: string }[]>(
      'SELECT o.path FROM role_assignments ra JOIN organisations o ON o.id = ra.organisation_id WHERE ra.user_id = ?',
      [userId],
    );
    return rows.map((row) => row.path);
  }

  /** Every role the user holds, with its organisation's path (null for a role held everywhere). */
  roleHoldings(manager: EntityManager, userId: number): Promise<{ role: Role; path: string | null }[]> {
    return manager.query<{ role: Role; path: string | null }[]>(
      `SELECT ra.role, o.path FROM role_assignments ra LEFT JOIN organisations o ON o.id = ra.organisation_id
        WHERE ra.user_id = ?`,
      [userId],
    );
  }

  /** Which of these e-mails (lower-case) already belong to an account. */
  async takenEmails(manager: EntityManager, emails: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ email: string }[]>('SELECT email FROM users WHERE email IN (?)', [
      emails,
    ]);
    return new Set(rows.map((row) => row.email.toLowerCase()));
  }

  async view(manager: EntityManager, userId: number): Promise<UserView | null> {
    const user = await this.findById(manager, userId);
    if (!user) return null;
    const [view] = await this.withRoles(manager, [user]);
    return view;
  }

  /** Users visible within `scope` (holding a role inside it), filtered and paged, ordered by name. */
  async list(scope: Scope, query: UserQuery): Promise<{ items: UserView[]; total: number }> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('user');
    if (!scope.everywhere) {
      const { sql, params } = scopeCondition(scope, 'visible_org.path');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM role_assignments visible_ra JOIN organisations visible_org ON visible_org.id = visible_ra.organisation_id
                  WHERE visible_ra.user_id = user.id AND ${sql})`,
        params,
      );
    }
    if (query.q) {
      qb.andWhere(
        '(user.fullName LIKE :prefix OR user.fullName LIKE :wordPrefix OR user.email LIKE :prefix)',
        wordPrefixes(query.q),
      );
    }
    if (query.role || query.organisationId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM role_assignments filter_ra WHERE filter_ra.user_id = user.id
                  AND (:role IS NULL OR filter_ra.role = :role) AND (:organisationId IS NULL OR filter_ra.organisation_id = :organisationId))`,
        { role: query.role ?? null, organisationId: query.organisationId ?? null },
      );
    }
    if (query.active !== undefined) qb.andWhere('user.active = :active', { active: query.active });
    const [users, total] = await qb
      .orderBy('user.fullName')
      .addOrderBy('user.id')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.withRoles(this.dataSource.manager, users), total };
  }

  /** Active administrators other than `exceptUserId`: the last one must not be disabled or demoted. */
  countOtherActiveAdmins(manager: EntityManager, exceptUserId: number): Promise<number> {
    return manager
      .getRepository(RoleAssignment)
      .createQueryBuilder('assignment')
      .innerJoin('assignment.user', 'user')
      .where("assignment.role = 'admin' AND user.active = 1 AND user.id <> :exceptUserId", { exceptUserId })
      .getCount();
  }

  async roleView(manager: EntityManager, assignmentId: number): Promise<RoleView> {
    const [row] = await this.roleRows(manager, 'ra.id = ?', [assignmentId]);
    return toRoleView(row);
  }

  private async withRoles(manager: EntityManager, users: User[]): Promise<UserView[]> {
    if (users.length === 0) return [];
    const rows = await this.roleRows(manager, 'ra.user_id IN (?)', [users.map((user) => user.id)]);
    return users.map((user) => ({
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      active: user.active,
      roles: rows.filter((row) => row.user_id === user.id).map(toRoleView),
      version: user.version,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    }));
  }

  private roleRows(manager: EntityManager, where: string, params: unknown[]): Promise<RoleRow[]> {
    return manager.query<RoleRow[]>(
      `SELECT ra.user_id, ra.id, ra.role, ra.organisation_id, ra.created_at,
              o.name AS organisation_name, o.kind AS organisation_kind, o.level AS organisation_level, o.path AS organisation_path
         FROM role_assignments ra LEFT JOIN organisations o ON o.id = ra.organisation_id
        WHERE ${where} ORDER BY ra.id`,
      params,
    );
  }
}

function toRoleView(row: RoleRow): RoleView {
  return {
    id: row.id,
    role: row.role,
    organisationId: row.organisation_id,
    organisation:
      row.organisation_id === null
        ? null
        : {
            id: row.organisation_id,
            name: row.organisation_name!,
            kind: row.organisation_kind!,
            level: row.organisation_level!,
          },
    createdAt: row.created_at,
  };
}
