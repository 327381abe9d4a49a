import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { loadConfig, AppConfig } from '../../config/app-config';
import { JOB_NAMES, outboxJobId, QueueName } from '../job-registry';
import { JobHandlers, QueueProcessor, QueueWorker } from './queue-processor';
import { jobsWithoutProcessor, QueueWorkers } from './queue-workers';

@QueueWorker(QueueName.Maintenance)
class RecordingProcessor extends QueueProcessor<QueueName.Maintenance> {
  readonly seen: string[] = [];
  protected readonly handlers: JobHandlers<QueueName.Maintenance> = {
    'maintenance.purge-outbox': (job) => {
      this.seen.push(String(job.id));
      return job.id === 'fails' ? Promise.reject(new Error('database went away')) : Promise.resolve('done');
    },
  };
}

@QueueWorker(QueueName.Imports)
class IdleImportsProcessor extends QueueProcessor<QueueName.Imports> {
  protected readonly handlers: JobHandlers<QueueName.Imports> = {
    'imports.participants': () => Promise.resolve(),
  };
}

@QueueWorker(QueueName.Exports)
class IdleExportsProcessor extends QueueProcessor<QueueName.Exports> {
  protected readonly handlers: JobHandlers<QueueName.Exports> = {
    'exports.build': () => Promise.resolve(),
    'exports.purge-expired': () => Promise.resolve(),
  };
}

@QueueWorker(QueueName.Shortlists)
class IdleShortlistsProcessor extends QueueProcessor<QueueName.Shortlists> {
  protected readonly handlers: JobHandlers<QueueName.Shortlists> = {
    'shortlists.build': () => Promise.resolve(),
    'shortlists.mark-stale': () => Promise.resolve(),
  };
}

const job = (name: string, id: string) => ({ name, id, attemptsMade: 0, data: {} }) as unknown as Job;

describe('jobsWithoutProcessor', () => {
  it('finds the registered jobs no processor of their queue handles', () => {
    expect(jobsWithoutProcessor(['maintenance.purge-outbox'], [])).toEqual(['maintenance.purge-outbox']);
    expect(
      jobsWithoutProcessor(
        ['maintenance.purge-outbox'],
        [{ queue: undefined, jobs: ['maintenance.purge-outbox'] }],
      ),
    ).toEqual(['maintenance.purge-outbox']);
    expect(
      jobsWithoutProcessor(
        ['maintenance.purge-outbox'],
        [{ queue: QueueName.Maintenance, jobs: ['maintenance.purge-outbox'] }],
      ),
    ).toEqual([]);
  });
});

describe('QueueWorkers at start-up', () => {
  const compile = (providers: unknown[]) =>
    Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [QueueWorkers, { provide: AppConfig, useValue: loadConfig() }, ...(providers as [])],
    })
      .setLogger({ log: () => undefined, error: () => undefined, warn: () => undefined })
      .compile();

  it('refuses to start when a registered job has no processor, naming each one', async () => {
    const none = await compile([]);
    expect(() => none.get(QueueWorkers).onModuleInit()).toThrow(
      'Registered jobs without a processor: "maintenance.purge-outbox" (queue "maintenance"), "imports.participants" (queue "imports"), "shortlists.build" (queue "shortlists"), "shortlists.mark-stale" (queue "shortlists"), "exports.build" (queue "exports"), "exports.purge-expired" (queue "exports")',
    );
    const some = await compile([RecordingProcessor, IdleExportsProcessor, IdleShortlistsProcessor]);
    expect(() => some.get(QueueWorkers).onModuleInit()).toThrow(
      'Registered jobs without a processor: "imports.participants" (queue "imports")',
    );
  });

  it('accepts processors that cover every registered job', async () => {
    const module = await compile([
      RecordingProcessor,
      IdleImportsProcessor,
      IdleExportsProcessor,
      IdleShortlistsProcessor,
    ]);
    expect(() => module.get(QueueWorkers).onModuleInit()).not.toThrow();
    expect(
      [
        ...module.get(RecordingProcessor).handledJobs(),
        ...module.get(IdleImportsProcessor).handledJobs(),
        ...module.get(IdleExportsProcessor).handledJobs(),
        ...module.get(IdleShortlistsProcessor).handledJobs(),
      ].sort(),
    ).toEqual([...JOB_NAMES].sort());
  });
});

describe('QueueProcessor', () => {
  it('runs the handler named by the job and rethrows its failure so BullMQ retries', async () => {
    const processor = new RecordingProcessor();
    await expect(processor.process(job('maintenance.purge-outbox', 'ok'))).resolves.toBe('done');
    await expect(processor.process(job('maintenance.purge-outbox', 'fails'))).rejects.toThrow(
      'database went away',
    );
    expect(processor.seen).toEqual(['ok', 'fails']);
  });

  it('fails a job it has no handler for without retries', async () => {
    await expect(new RecordingProcessor().process(job('shortlist.build', '1'))).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
  });
});

describe('outbox job ids', () => {
  it('are never all digits and never contain a colon (BullMQ refuses both)', () => {
    expect(outboxJobId('0123456789abcdef', '42')).toBe('outbox-0123456789abcdef-42');
  });
});
