import { DefaultJobOptions } from 'bullmq';

/**
 * The typed job registry: every job the application runs, the queue it runs on and the shape of its
 * payload. A payload holds record ids only, because job data sits in Redis in clear text. Start-up fails
 * when a job here has no processor (see processor-coverage.ts).
 */

export enum QueueName {
  Maintenance = 'maintenance',
  Imports = 'imports',
}

export const QUEUE_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  [QueueName.Maintenance]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 24 * 3600, count: 100 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  [QueueName.Imports]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
};

/** Record ids, nothing else. */
export type IdsOnly = { readonly [key: string]: number | readonly number[] };

/** A payload's type, for the registry below (no value exists at run time). */
function payload<Payload extends IdsOnly>(): Payload {
  return undefined as unknown as Payload;
}

function job<Q extends QueueName, Payload extends IdsOnly>(queue: Q, shape: Payload) {
  return { queue, payload: shape };
}

export const JOBS = {
  /** Deletes outbox rows dispatched long ago; scheduled, not enqueued by features. */
  'maintenance.purge-outbox': job(QueueName.Maintenance, payload<Record<string, never>>()),
  /** Validates and imports an uploaded participants file (all rows or none). */
  'imports.participants': job(QueueName.Imports, payload<{ importId: number }>()),
} as const;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = (typeof JOBS)[N]['payload'];
/** The jobs that run on queue Q. */
export type JobsOf<Q extends QueueName> = {
  [N in JobName]: (typeof JOBS)[N]['queue'] extends Q ? N : never;
}[JobName];

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}

/**
 * The BullMQ job id of an outbox message: the database's installation id and the message's id, so that a
 * database recreated (or another one) on the same queue prefix cannot meet an id Redis already holds.
 * Job ids must not contain ':' nor be all digits (see docs/stack-notes.md).
 */
export function outboxJobId(installationId: string, outboxId: string): string {
  return `outbox-${installationId}-${outboxId}`;
}
