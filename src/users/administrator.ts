import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transaction';
import { RoleAssignment } from './entities/role-assignment.entity';
import { User } from './entities/user.entity';
import { generatePassword, hashPassword } from './password';

export const ADMINISTRATOR_NAME = 'Quản trị hệ thống';

export interface CreatedAdministrator {
  email: string;
  /** Set only when the password was generated, to be shown once. */
  generatedPassword?: string;
}

/**
 * On a database without users, creates the first administrator (role admin, everywhere) from the given
 * e-mail and password, or with a generated password. Returns undefined when users exist already, so a
 * second start changes nothing. Callers serialise concurrent starts (bootstrap/prepare-database.ts).
 */
export async function ensureAdministrator(
  dataSource: DataSource,
  admin: { email: string; password?: string },
): Promise<CreatedAdministrator | undefined> {
  return inTransaction(dataSource, async (manager) => {
    if ((await manager.count(User)) > 0) return undefined;
    const password = admin.password ?? generatePassword();
    const user = await manager.save(
      manager.create(User, {
        email: admin.email,
        passwordHash: await hashPassword(password),
        fullName: ADMINISTRATOR_NAME,
        active: true,
      }),
    );
    await manager.insert(RoleAssignment, { userId: user.id, role: 'admin', organisationId: null });
    await new AuditService().record(manager, null, {
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, fullName: user.fullName, roles: [{ role: 'admin', organisationId: null }] },
    });
    return { email: user.email, generatedPassword: admin.password ? undefined : password };
  });
}
