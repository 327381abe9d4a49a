import { DataSource, EntityManager } from 'typeorm';
import { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

const DEADLOCK_RETRIES = 3;

type CommitHook = () => Promise<void>;

/** The hooks to run once the transaction of each manager that inTransaction handed out has committed. */
const commitHooks = new WeakMap<EntityManager, CommitHook[]>();

/**
 * Runs `work` in one transaction and retries it when MariaDB chose it as a deadlock victim (the whole
 * transaction was rolled back, so running it again is safe). Any other error rolls back and propagates.
 * The isolation is the server's (REPEATABLE READ) unless the caller needs another. Hooks registered with
 * `afterCommit` run after the commit, in order; those of a rolled-back attempt never run.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const hooks: CommitHook[] = [];
    const tracked = (manager: EntityManager) => {
      commitHooks.set(manager, hooks);
      return work(manager);
    };
    let result: T;
    try {
      result = await (isolation
        ? dataSource.transaction(isolation, tracked)
        : dataSource.transaction(tracked));
    } catch (error) {
      if (attempt > DEADLOCK_RETRIES || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      continue;
    }
    for (const hook of hooks) await hook();
    return result;
  }
}

/**
 * Runs `hook` once the transaction of `manager` has committed (at once outside a transaction). A hook must
 * not throw: the change it follows is committed whatever the hook does.
 */
export function afterCommit(manager: EntityManager, hook: CommitHook): void | Promise<void> {
  const hooks = commitHooks.get(manager);
  if (hooks) {
    hooks.push(hook);
    return;
  }
  if (manager.queryRunner?.isTransactionActive)
    throw new Error('afterCommit needs a transaction opened by inTransaction');
  return hook();
}

function isDeadlock(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError;
  return driverError?.code === 'ER_LOCK_DEADLOCK';
}
