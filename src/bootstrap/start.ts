import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { ProcessRole } from '../config/environment-variables';
import { createLogger, PinoNestLogger } from '../common/logging/logger';
import { CreatedAdministrator } from '../users/administrator';
import { createHttpApp } from './http-app';
import { preflight } from './preflight';
import { prepareDatabase } from './prepare-database';
import { StartupError } from './startup-error';
import { createWorkerContext } from './worker-context';

/**
 * Starts a process: configuration, reachability of MariaDB and Redis, migrations and first administrator,
 * then HTTP (with or without workers) or workers only. A known start-up problem ends the process with one
 * line on stderr and exit code 1.
 */
export async function start(role?: ProcessRole): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(role ? { PROCESS_ROLE: role } : {});
  } catch (error) {
    return exitWith(error);
  }
  const logger = createLogger(config);
  Logger.overrideLogger(new PinoNestLogger(logger));

  try {
    await preflight(config);
    announce(await prepareDatabase(config));
    if (config.runsHttp) {
      const app = await createHttpApp(config, logger);
      await app.listen({ port: config.port, host: config.host });
      logger.info(
        `API listening on http://${config.host}:${config.port} (documentation at /docs), role ${config.processRole}`,
      );
    } else {
      await createWorkerContext(config, logger);
      logger.info('Workers started (role worker)');
    }
  } catch (error) {
    if (error instanceof StartupError) return exitWith(error);
    logger.fatal({ err: error }, 'Start-up failed');
    process.exit(1);
  }
}

function exitWith(error: unknown): never {
  if (error instanceof StartupError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

/** The generated password is printed once, on the first start, and never logged. */
function announce(created: CreatedAdministrator | undefined): void {
  if (!created) return;
  const lines = created.generatedPassword
    ? [
        `Administrator account created: ${created.email}`,
        `Password (shown only this once; change it after signing in): ${created.generatedPassword}`,
      ]
    : [`Administrator account created: ${created.email} (password from ADMIN_PASSWORD)`];
  const rule = '='.repeat(72);
  process.stdout.write(`${rule}\n${lines.join('\n')}\n${rule}\n`);
}
