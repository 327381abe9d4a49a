import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLogger, PinoNestLogger } from '../common/logging/logger';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { resetAdministratorPassword, ResetRefused } from '../users/reset-administrator-password';

/**
 * npm run admin:reset-password -- <e-mail>
 * Sets a new password on an administrator's account: ADMIN_RESET_PASSWORD when set, otherwise a generated
 * one printed once. Ends the account's sessions and enables it again. Exit code 1 with one line on refusal.
 */
async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    fail(
      'Usage: npm run admin:reset-password -- <administrator e-mail> (ADMIN_RESET_PASSWORD=… to choose it)',
    );
  }
  let dataSource: DataSource | undefined;
  try {
    const config = loadConfig();
    // The database's own messages go to the application's log (JSON lines, at LOG_LEVEL), as at start-up.
    Logger.overrideLogger(new PinoNestLogger(createLogger(config)));
    dataSource = await new DataSource({ ...dataSourceOptions(config), logging: false }).initialize();
    const password = process.env.ADMIN_RESET_PASSWORD || undefined;
    const reset = await resetAdministratorPassword(dataSource, config, email, password);
    const rule = '='.repeat(72);
    const lines = reset.generatedPassword
      ? [
          `Password reset for ${reset.email}; every session of the account has ended.`,
          `New password (shown only this once; change it after signing in): ${reset.generatedPassword}`,
        ]
      : [`Password reset for ${reset.email} (from ADMIN_RESET_PASSWORD); every session has ended.`];
    process.stdout.write(`${rule}\n${lines.join('\n')}\n${rule}\n`);
  } catch (error) {
    if (error instanceof ResetRefused || error instanceof ConfigError) fail(error.message);
    const code = (error as { code?: string }).code;
    fail(
      `The password could not be reset${code ? ` (${code})` : ''}; check that MariaDB is reachable at DATABASE_URL.`,
    );
  } finally {
    await dataSource?.destroy();
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

void main();
