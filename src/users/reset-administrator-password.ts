import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions/sessions.service';
import { Tokens } from '../auth/tokens';
import { AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { AccessGeneration } from '../generations/access-generation';
import { Generations } from '../generations/generations';
import { updateVersioned } from '../database/versioned-update';
import { RoleAssignment } from './entities/role-assignment.entity';
import { User } from './entities/user.entity';
import { generatePassword, hashPassword } from './password';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordWeakness } from './password-policy';

/** Why the command refused, in one line for the operator. */
export class ResetRefused extends Error {}

export interface ResetAdministrator {
  email: string;
  /** Set only when the password was generated, to be shown once. */
  generatedPassword?: string;
}

/**
 * The way back in for an operator with access to the server: sets a new password on an administrator's
 * account (the given one, or a generated one), enables the account again and ends every session of it,
 * audited as done by the system.
 */
export async function resetAdministratorPassword(
  dataSource: DataSource,
  config: AppConfig,
  email: string,
  password?: string,
): Promise<ResetAdministrator> {
  const address = email.trim().toLowerCase();
  if (password !== undefined) {
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
      throw new ResetRefused(
        `The new password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
      );
    const weakness = passwordWeakness(password, address);
    if (weakness) throw new ResetRefused(`The new password ${weakness.en}.`);
  }
  const newPassword = password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  // Processes serving the account's sessions must hear that they ended (see AccessGeneration).
  const generations = new Generations(config);
  const sessions = new SessionsService(
    dataSource,
    new Tokens(config),
    config,
    new AccessGeneration(generations),
  );
  await generations.connected();
  await inTransaction(dataSource, async (manager) => {
    const user = await manager
      .getRepository(User)
      .findOne({ where: { email: address }, lock: { mode: 'pessimistic_write' } });
    const isAdmin = user && (await manager.existsBy(RoleAssignment, { userId: user.id, role: 'admin' }));
    if (!user || !isAdmin) throw new ResetRefused(`No administrator has the e-mail ${address}.`);
    await updateVersioned(manager, User, user.id, user.version, { passwordHash, active: true });
    await sessions.revokeAllOfUser(manager, user.id, 'password_change');
    await new AuditService().record(manager, null, {
      action: 'password.reset',
      entityType: 'user',
      entityId: user.id,
      before: { active: user.active },
      after: { active: true, password: newPassword, by: 'admin:reset-password' },
    });
  }).finally(() => generations.onModuleDestroy());
  return { email: address, generatedPassword: password === undefined ? newPassword : undefined };
}
