import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName } from '../queue/job-registry';
import { Queues } from '../queue/queues';

const CHECK_TIMEOUT_MS = 2000;

export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: DependencyCheck; redis: DependencyCheck };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  /** Asks MariaDB and Redis at once, each with a short timeout. */
  async readiness(): Promise<Readiness> {
    const [database, redis] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(async () =>
        (await this.queues.get(QueueName.Maintenance).getBackend().client).runCommand('ping', []),
      ),
    ]);
    return { ready: database.status === 'up' && redis.status === 'up', checks: { database, redis } };
  }
}

async function check(probe: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}
