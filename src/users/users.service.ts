import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions/sessions.service';
import { AppError, invalidField } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { changedFields } from '../common/changed-fields';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { AccessGeneration } from '../generations/access-generation';
import { updateVersioned } from '../database/versioned-update';
import {
  ChangePasswordDto,
  CreateUserDto,
  GrantRoleDto,
  RoleView,
  UpdateUserDto,
  UserQuery,
  UserView,
} from './dto/user.dto';
import { RoleAssignment } from './entities/role-assignment.entity';
import { User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password';
import { passwordWeakness } from './password-policy';
import { UsersRepository } from './users.repository';

/** Accounts and their roles. Admins manage them; organisers see the accounts that hold roles in their units. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly accessGeneration: AccessGeneration,
  ) {}

  /** An active account's id and password hash, for sign-in; undefined when there is none or it is disabled. */
  async credentials(email: string): Promise<{ id: number; passwordHash: string } | undefined> {
    const user = await this.users.findCredentials(this.dataSource.manager, { email: email.toLowerCase() });
    return user?.active ? { id: user.id, passwordHash: user.passwordHash } : undefined;
  }

  /** The roles of an active account, for authorising its requests; null once it is disabled or gone. */
  activeUserRoles(userId: number) {
    return this.users.activeUserRoles(userId);
  }

  async me(actor: Actor): Promise<UserView> {
    const view = await this.users.view(this.dataSource.manager, actor.userId);
    if (!view) throw new AppError('invalid_token');
    return view;
  }

  async list(actor: Actor, query: UserQuery): Promise<Page<UserView>> {
    this.access.requireSomewhere(actor, 'user.read');
    if (query.organisationId)
      await this.access.visibleOrganisationPath(actor, query.organisationId, 'user.read');
    const { items, total } = await this.users.list(this.access.scope(actor, 'user.read'), query);
    return pageOf(items, total, query);
  }

  async get(actor: Actor, userId: number): Promise<UserView> {
    await this.authorize(this.dataSource.manager, actor, userId, 'user.read');
    return (await this.users.view(this.dataSource.manager, userId))!;
  }

  async create(actor: Actor, input: CreateUserDto): Promise<UserView> {
    this.access.requireSomewhere(actor, 'user.manage');
    this.refuseWeakPassword(input.password, input.email, 'password');
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      if (await this.users.emailTaken(manager, input.email)) throw emailTaken();
      const user = await manager.save(
        manager.create(User, {
          email: input.email,
          fullName: input.fullName,
          active: input.active ?? true,
          passwordHash,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, fullName: user.fullName, active: user.active, password: input.password },
      });
      return (await this.users.view(manager, user.id))!;
    });
  }

  async update(actor: Actor, userId: number, input: UpdateUserDto): Promise<UserView> {
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.authorize(manager, actor, userId, 'user.read', 'user.manage', true);
      if (input.version !== undefined && input.version !== user.version) throw new AppError('conflict');
      const email = input.email ?? user.email;
      if (input.password !== undefined) this.refuseWeakPassword(input.password, email, 'password');
      if (input.email !== undefined && (await this.users.emailTaken(manager, input.email, userId)))
        throw emailTaken();
      const disabling = input.active === false && user.active;
      if (disabling) await this.keepAnAdministrator(manager, userId);

      const changes = {
        ...changedFields(user, { email: input.email, fullName: input.fullName, active: input.active }),
        ...(passwordHash !== undefined && { passwordHash }),
      };
      if (Object.keys(changes).length === 0) return (await this.users.view(manager, userId))!;
      await updateVersioned(manager, User, userId, user.version, changes);
      await this.accessGeneration.afterCommitForUser(manager, userId);
      if (disabling) await this.sessions.revokeAllOfUser(manager, userId, 'account_disabled');
      else if (passwordHash) await this.sessions.revokeAllOfUser(manager, userId, 'password_change');
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'user',
        entityId: userId,
        before: { email: user.email, fullName: user.fullName, active: user.active },
        after: {
          ...changes,
          passwordHash: undefined,
          ...(input.password !== undefined && { password: input.password }),
        },
      });
      return (await this.users.view(manager, userId))!;
    });
  }

  /** The caller's own password: the current one must be given, and every session ends (this one too). */
  async changeOwnPassword(actor: Actor, input: ChangePasswordDto): Promise<void> {
    const account = await this.users.findCredentials(this.dataSource.manager, { id: actor.userId });
    if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw invalidField('currentPassword', { vi: 'không đúng', en: 'is not correct' });
    }
    this.refuseWeakPassword(input.newPassword, account.email, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(this.dataSource, async (manager) => {
      await updateVersioned(manager, User, account.id, account.version, { passwordHash });
      await this.sessions.revokeAllOfUser(manager, account.id, 'password_change');
      await this.audit.record(manager, actor, {
        action: 'password.change',
        entityType: 'user',
        entityId: account.id,
        before: {},
        after: { password: input.newPassword },
      });
    });
  }

  async grantRole(actor: Actor, userId: number, input: GrantRoleDto): Promise<RoleView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.authorize(manager, actor, userId, 'user.read', 'user.manage', true);
      const organisationId = input.organisationId ?? null;
      if (organisationId !== null)
        await this.access.visibleOrganisationPath(actor, organisationId, 'organisation.read', 'user.manage');
      const duplicate =
        organisationId === null
          ? await this.holdsGlobalRole(manager, userId, input.role)
          : await manager.existsBy(RoleAssignment, { userId, role: input.role, organisationId });
      if (duplicate) throw new AppError('conflict', { detail: ALREADY_GRANTED });
      const { identifiers } = await manager.insert(RoleAssignment, {
        userId,
        role: input.role,
        organisationId,
      });
      await this.accessGeneration.afterCommitForUser(manager, userId);
      const assignmentId = Number(identifiers[0].id);
      await this.audit.record(manager, actor, {
        action: 'role.grant',
        entityType: 'user',
        entityId: userId,
        after: { assignmentId, role: input.role, organisationId },
      });
      return this.users.roleView(manager, assignmentId);
    });
  }

  async revokeRole(actor: Actor, userId: number, assignmentId: number): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.authorize(manager, actor, userId, 'user.read', 'user.manage', true);
      const assignment = await manager.findOneBy(RoleAssignment, { id: assignmentId, userId });
      if (!assignment) throw new AppError('not_found');
      if (assignment.role === 'admin') await this.keepAnAdministrator(manager, userId);
      await manager.delete(RoleAssignment, { id: assignmentId });
      await this.accessGeneration.afterCommitForUser(manager, userId);
      await this.audit.record(manager, actor, {
        action: 'role.revoke',
        entityType: 'user',
        entityId: userId,
        before: { assignmentId, role: assignment.role, organisationId: assignment.organisationId },
      });
    });
  }

  /**
   * The account, when the actor may read it (404 otherwise) and perform `action` on it (403 otherwise). An
   * account is within reach when it holds a role inside the actor's scope; admins reach every account.
   */
  private async authorize(
    manager: EntityManager,
    actor: Actor,
    userId: number,
    read: 'user.read',
    action: 'user.read' | 'user.manage' = read,
    lock = false,
  ): Promise<User> {
    const user = await this.users.findById(manager, userId, lock);
    if (!user) throw new AppError('not_found');
    this.access.authorizeAmong(actor, await this.users.rolePaths(manager, userId), read, action);
    return user;
  }

  private async holdsGlobalRole(
    manager: EntityManager,
    userId: number,
    role: RoleAssignment['role'],
  ): Promise<boolean> {
    return manager
      .getRepository(RoleAssignment)
      .createQueryBuilder('assignment')
      .where(
        'assignment.userId = :userId AND assignment.role = :role AND assignment.organisationId IS NULL',
        { userId, role },
      )
      .getExists();
  }

  /** Refuses to disable or demote the last active administrator: nobody could manage accounts any more. */
  private async keepAnAdministrator(manager: EntityManager, userId: number): Promise<void> {
    const isAdmin = await manager.existsBy(RoleAssignment, { userId, role: 'admin' });
    if (isAdmin && (await this.users.countOtherActiveAdmins(manager, userId)) === 0) {
      throw new AppError('conflict', { detail: LAST_ADMINISTRATOR });
    }
  }

  private refuseWeakPassword(password: string, email: string, path: string): void {
    const weakness = passwordWeakness(password, email);
    if (weakness) throw invalidField(path, weakness);
  }
}

const ALREADY_GRANTED: LocalisedText = {
  vi: 'Người dùng đã có vai trò này tại đơn vị này.',
  en: 'The user already holds this role at this organisation.',
};
const LAST_ADMINISTRATOR: LocalisedText = {
  vi: 'Không thể vô hiệu hóa hoặc bỏ quyền quản trị viên cuối cùng.',
  en: 'The last active administrator cannot be disabled or demoted.',
};

function emailTaken(): AppError {
  return new AppError('conflict', {
    detail: {
      vi: 'Email này đã được dùng cho tài khoản khác.',
      en: 'This e-mail belongs to another account.',
    },
  });
}
