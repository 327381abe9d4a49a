import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { User } from '../src/users/entities/user.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
/** Each run starts Node with the TypeScript loader and hashes a password: seconds apiece on a loaded machine. */
const COMMAND_TESTS_TIMEOUT_MS = 120_000;

/** `npm run admin:reset-password -- <e-mail>`, run as its own process (from source) on the test database. */
function resetCommand(
  databaseUrl: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join('src', 'cli', 'reset-admin-password.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the administrator password reset command', () => {
  let t: TestApp;
  let databaseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { user, password, host, port, name } = t.config.database;
    databaseUrl = `mysql://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@${host}:${port}/${name}`;
  });

  afterAll(() => t?.close());

  const loginStatus = async (email: string, password: string) =>
    (await t.http().post('/api/v1/auth/login').send({ email, password })).status;

  it(
    'prints a generated password once, ends the sessions, re-enables the account, and audits without the secret',
    async () => {
      const email = t.config.admin.email;
      const oldPassword = t.config.admin.password!;
      const session = await t.adminToken();
      const admin = await t.dataSource.getRepository(User).findOneByOrFail({ email });
      await t.dataSource.getRepository(User).update(admin.id, { active: false });

      const run = await resetCommand(databaseUrl, [email.toUpperCase()]);
      expect(run.code).toBe(0);
      const printed = /New password \(shown only this once; change it after signing in\): (\S+)/.exec(
        run.stdout,
      );
      expect(printed).not.toBeNull();
      const newPassword = printed![1];
      expect(newPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(run.stdout.split(newPassword)).toHaveLength(2);

      await t.http().get('/api/v1/me').set(bearer(session)).expect(401);
      expect(await loginStatus(email, oldPassword)).toBe(401);
      await t.login(email, newPassword);

      const audit = await t.dataSource
        .getRepository(AuditLogEntry)
        .findOneByOrFail({ action: 'password.reset', entityId: String(admin.id) });
      expect(audit.actorId).toBeNull();
      expect(audit.after).toMatchObject({ active: true, by: 'admin:reset-password' });
      expect(JSON.stringify(audit)).not.toContain(newPassword);
    },
    COMMAND_TESTS_TIMEOUT_MS,
  );

  it(
    'takes the password from ADMIN_RESET_PASSWORD, refusing a common one',
    async () => {
      const email = t.config.admin.email;
      const weak = await resetCommand(databaseUrl, [email], { ADMIN_RESET_PASSWORD: 'iloveyou' });
      expect(weak.code).toBe(1);
      expect(weak.stderr.trim()).toBe('The new password is too common and easily guessed; choose another.');

      const chosen = 'Ánh trăng trên vịnh Bái Tử Long';
      const run = await resetCommand(databaseUrl, [email], { ADMIN_RESET_PASSWORD: chosen });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain(chosen);
      await t.login(email, chosen);
    },
    COMMAND_TESTS_TIMEOUT_MS,
  );

  it(
    'refuses an e-mail that is not an administrator’s, changing nothing',
    async () => {
      const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: null }] });
      const before = await t.dataSource.query('CHECKSUM TABLE users, auth_sessions, audit_log');
      const notAdmin = await resetCommand(databaseUrl, [organiser.email]);
      expect(notAdmin).toMatchObject({ code: 1, stdout: '' });
      expect(notAdmin.stderr.trim()).toBe(`No administrator has the e-mail ${organiser.email}.`);
      const unknown = await resetCommand(databaseUrl, ['nobody@talent.test']);
      expect(unknown.code).toBe(1);
      const usage = await resetCommand(databaseUrl, []);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toMatch(/^Usage: npm run admin:reset-password -- <administrator e-mail>/);
      expect(await t.dataSource.query('CHECKSUM TABLE users, auth_sessions, audit_log')).toEqual(before);
      await t.login(organiser.email, organiser.password);
    },
    COMMAND_TESTS_TIMEOUT_MS,
  );
});
