import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { AppConfig } from '../../config/app-config';
import { framesOnly, safeError, safeErrorMessage } from './safe-error';

/** One JSON logger per process, shared by Fastify's request log and Nest's own messages. */
export function createLogger(config: AppConfig, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { pid: process.pid, role: config.processRole },
    // Errors under any of these keys are described without the values a database error carries.
    serializers: { err: safeError, error: safeError, cause: safeError },
    // Belt and braces: the serializers below never log headers or bodies, but a stray object might.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.parameters',
        '*.sql',
        '*.driverError',
      ],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's start-up chatter (one line per module and route): detail, not news. */
const CHATTY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's LoggerService on top of pino: the context becomes a field, errors keep their stack. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write(CHATTY_CONTEXTS.has(rest.at(-1) as string) ? 'debug' : 'info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    // Nest passes (message, context) or, for errors, (message, stack, context).
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, safeErrorMessage(message));
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...message });
    } else {
      // A stack handed over as text starts with the error's message, which may quote a query's values.
      const frames = stack && framesOnly(stack, 'stack');
      this.logger[level]({ context, stack: frames }, String(message));
    }
  }
}
