import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { RequestMeta } from '../auth/decorators';
import { SessionsService } from '../auth/sessions/sessions.service';
import { AppError, FieldError, invalidField, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import {
  CreateStaffAccountsDto,
  PasswordHandOver,
  PasswordSetupDto,
  StaffAccountsCreated,
} from './dto/staff.dto';
import { UserView } from './dto/user.dto';
import { RoleAssignment } from './entities/role-assignment.entity';
import { User } from './entities/user.entity';
import { generatePassword, hashPassword } from './password';
import { passwordWeakness } from './password-policy';
import {
  PASSWORD_SETUP_TTL_DAYS,
  passwordSetupValid,
  readPasswordSetup,
  signPasswordSetup,
} from './password-setup-token';
import { isStaffRole } from './staff-roles';
import { UsersRepository } from './users.repository';

/**
 * Organisers' routine account work: judges' and coaches' accounts inside their subtree, created in bulk, each
 * with a one-time token to hand over (the account's holder sets their own password with it), reset and
 * disabled. Accounts holding any other role, or a role outside the organiser's subtree, stay with admins.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: CreateStaffAccountsDto): Promise<StaffAccountsCreated> {
    this.access.requireSomewhere(actor, 'user.manage_staff');
    for (const organisationId of new Set(input.accounts.map((account) => account.organisationId))) {
      await this.access.visibleOrganisationPath(
        actor,
        organisationId,
        'organisation.read',
        'user.manage_staff',
      );
    }
    refuseRepeatedEmails(input);
    // Nobody knows these passwords: the account is usable only once its holder redeems the token.
    const hashes: string[] = [];
    for (const _ of input.accounts) hashes.push(await hashPassword(generatePassword()));

    return inTransaction(this.dataSource, async (manager) => {
      const taken = await this.users.takenEmails(
        manager,
        input.accounts.map((account) => account.email),
      );
      const clashes = input.accounts.flatMap((account, i) =>
        taken.has(account.email) ? [{ path: `accounts.${i}.email`, message: EMAIL_TAKEN }] : [],
      );
      if (clashes.length > 0) throw new AppError('conflict', { detail: EMAILS_TAKEN, errors: clashes });

      const items = [];
      for (const [i, account] of input.accounts.entries()) {
        const user = await manager.save(
          manager.create(User, {
            email: account.email,
            fullName: account.fullName,
            active: true,
            passwordHash: hashes[i],
          }),
        );
        const roles = [{ role: account.role, organisationId: account.organisationId }];
        await manager.insert(RoleAssignment, { userId: user.id, ...roles[0] });
        await this.audit.record(manager, actor, {
          action: 'create',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, fullName: user.fullName, active: true, roles },
        });
        items.push({
          user: (await this.users.view(manager, user.id))!,
          passwordSetup: this.handOver(user.id, hashes[i]),
        });
      }
      return { items };
    });
  }

  /** A new hand-over token; the old password and any earlier token stop working, and every session ends. */
  async resetPassword(actor: Actor, userId: number): Promise<PasswordHandOver> {
    const passwordHash = await hashPassword(generatePassword());
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.authorize(manager, actor, userId);
      await updateVersioned(manager, User, userId, user.version, { passwordHash });
      await this.sessions.revokeAllOfUser(manager, userId, 'password_change');
      await this.audit.record(manager, actor, {
        action: 'password.reset',
        entityType: 'user',
        entityId: userId,
        before: {},
        after: { passwordSetupIssued: true },
      });
      return this.handOver(userId, passwordHash);
    });
  }

  /** Disables (ending every session) or enables again a staff account. */
  async setActive(actor: Actor, userId: number, active: boolean): Promise<UserView> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.authorize(manager, actor, userId);
      if (user.active !== active) {
        await updateVersioned(manager, User, userId, user.version, { active });
        if (!active) await this.sessions.revokeAllOfUser(manager, userId, 'account_disabled');
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'user',
          entityId: userId,
          before: { active: user.active },
          after: { active },
        });
      }
      return (await this.users.view(manager, userId))!;
    });
  }

  /** Redeems a hand-over token (no sign-in): sets the password, burns the token, ends any session. */
  async redeem(input: PasswordSetupDto, request: RequestMeta): Promise<void> {
    const token = readPasswordSetup(input.token);
    const account =
      token && (await this.users.findCredentials(this.dataSource.manager, { id: token.userId }));
    if (
      !token ||
      !account?.active ||
      !passwordSetupValid(this.config.jwtSecret, token, account.passwordHash, new Date())
    ) {
      throw invalidField('token', TOKEN_UNUSABLE);
    }
    const weakness = passwordWeakness(input.password, account.email);
    if (weakness) throw invalidField('password', weakness);
    const passwordHash = await hashPassword(input.password);
    await inTransaction(this.dataSource, async (manager) => {
      // The version read with the hash: a second redemption racing this one finds it changed.
      const { affected } = await manager
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash })
        .where('id = :id AND version = :version', { id: account.id, version: account.version })
        .execute();
      if (affected !== 1) throw invalidField('token', TOKEN_UNUSABLE);
      await this.sessions.revokeAllOfUser(manager, account.id, 'password_change');
      await this.audit.record(
        manager,
        { userId: account.id, sessionId: '', roles: [], ...request },
        {
          action: 'password.setup',
          entityType: 'user',
          entityId: account.id,
          before: {},
          after: { password: input.password },
        },
      );
    });
  }

  private handOver(userId: number, passwordHash: string): PasswordHandOver {
    const expiresAt = new Date(Date.now() + PASSWORD_SETUP_TTL_DAYS * 24 * 3600 * 1000);
    expiresAt.setMilliseconds(0);
    return { token: signPasswordSetup(this.config.jwtSecret, userId, passwordHash, expiresAt), expiresAt };
  }

  /**
   * The account, locked, when the actor reads it (404 otherwise: it holds no role in the actor's subtree)
   * and may manage it as staff (403 otherwise): every role it holds is a staff role inside the actor's
   * `user.manage_staff` scope. Admins pass for any account.
   */
  private async authorize(manager: EntityManager, actor: Actor, userId: number): Promise<User> {
    const user = await this.users.findById(manager, userId, true);
    if (!user) throw new AppError('not_found');
    const holdings = await this.users.roleHoldings(manager, userId);
    const paths = holdings.flatMap((held) => (held.path === null ? [] : [held.path]));
    this.access.authorizeAmong(actor, paths, 'user.read');
    const scope = this.access.scope(actor, 'user.manage_staff');
    const staffOnly = holdings.every(
      (held) => isStaffRole(held.role) && held.path !== null && covers(scope, held.path),
    );
    if (!scope.everywhere && !staffOnly) throw new AppError('forbidden', { detail: NOT_STAFF });
    return user;
  }
}

function refuseRepeatedEmails(input: CreateStaffAccountsDto): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  input.accounts.forEach((account, i) => {
    if (seen.has(account.email)) errors.push({ path: `accounts.${i}.email`, message: EMAIL_REPEATED });
    seen.add(account.email);
  });
  if (errors.length > 0) throw invalidFields(errors);
}

const EMAIL_TAKEN: LocalisedText = {
  vi: 'đã được dùng cho tài khoản khác',
  en: 'belongs to another account',
};
const EMAILS_TAKEN: LocalisedText = {
  vi: 'Có email đã được dùng cho tài khoản khác; không tài khoản nào được tạo.',
  en: 'Some e-mails belong to other accounts; no account was created.',
};
const EMAIL_REPEATED: LocalisedText = {
  vi: 'trùng với một tài khoản khác trong danh sách',
  en: 'repeats another account of the list',
};
const TOKEN_UNUSABLE: LocalisedText = {
  vi: 'không hợp lệ, đã hết hạn hoặc đã được dùng; hãy xin đơn vị cấp mã mới',
  en: 'is invalid, expired or already used; ask the organiser for a new one',
};
const NOT_STAFF: LocalisedText = {
  vi: 'Đơn vị chỉ quản lý tài khoản giám khảo và huấn luyện viên trong phạm vi của mình; tài khoản này do quản trị viên quản lý.',
  en: 'Organisers manage only judges’ and coaches’ accounts within their units; this account is managed by administrators.',
};
