import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { LoginAttempt, LoginOutcome } from './entities/login-attempt.entity';

/**
 * Slows down password guessing: an account that failed `maxFailuresPerAccount` times since its last success
 * (within the window), or a client address that failed `maxFailuresPerAddress` times within the window,
 * waits until the oldest of those failures leaves the window. Counted in the database, so every API
 * process sees the same attempts.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Seconds before this account or address may try again; 0 when it may try now. */
  async retryAfterSeconds(email: string, clientAddress: string): Promise<number> {
    const { maxFailuresPerAccount, maxFailuresPerAddress, failureWindowSeconds } = this.config.auth;
    const [[account], [address]] = await Promise.all([
      this.dataSource.query<FailureCount[]>(
        `SELECT COUNT(*) AS failures, TIMESTAMPDIFF(SECOND, CURRENT_TIMESTAMP(3), MIN(attempted_at) + INTERVAL ? SECOND) + 1 AS wait
           FROM login_attempts
          WHERE email = ? AND outcome = 'failure'
            AND attempted_at > GREATEST(CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND,
                  COALESCE((SELECT MAX(attempted_at) FROM login_attempts WHERE email = ? AND outcome = 'success'), '1970-01-01'))`,
        [failureWindowSeconds, email, failureWindowSeconds, email],
      ),
      this.dataSource.query<FailureCount[]>(
        `SELECT COUNT(*) AS failures, TIMESTAMPDIFF(SECOND, CURRENT_TIMESTAMP(3), MIN(attempted_at) + INTERVAL ? SECOND) + 1 AS wait
           FROM login_attempts
          WHERE client_address = ? AND outcome = 'failure' AND attempted_at > CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND`,
        [failureWindowSeconds, clientAddress, failureWindowSeconds],
      ),
    ]);
    const waits = [
      Number(account.failures) >= maxFailuresPerAccount ? Number(account.wait) : 0,
      Number(address.failures) >= maxFailuresPerAddress ? Number(address.wait) : 0,
    ];
    return Math.max(0, ...waits);
  }

  async record(
    manager: EntityManager,
    attempt: { email: string; clientAddress: string; userId: number | null; outcome: LoginOutcome },
  ): Promise<void> {
    await manager.insert(LoginAttempt, attempt);
  }
}

interface FailureCount {
  failures: string;
  wait: string | null;
}
