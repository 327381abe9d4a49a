import { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { IdempotencyRepository, StoredAnswer } from './idempotency.repository';
import { IdempotencyService } from './idempotency.service';

/** An in-memory stand-in for the keys table: a key is taken once; `answers` holds committed answers. */
class FakeKeys {
  readonly rows = new Map<string, StoredAnswer>();
  purged = 0;
  claim(_manager: EntityManager, userId: number, key: string, requestHash: string): Promise<boolean> {
    const id = `${userId}/${key}`;
    if (this.rows.has(id)) return Promise.resolve(false);
    this.rows.set(id, { requestHash, status: null, body: null });
    return Promise.resolve(true);
  }
  stored(_manager: EntityManager, userId: number, key: string): Promise<StoredAnswer | undefined> {
    return Promise.resolve(this.rows.get(`${userId}/${key}`));
  }
  saveAnswer(
    _manager: EntityManager,
    userId: number,
    key: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    this.rows.get(`${userId}/${key}`)!.status = status;
    this.rows.get(`${userId}/${key}`)!.body = body;
    return Promise.resolve();
  }
  purgeOlderThan(): Promise<number> {
    this.purged++;
    return Promise.resolve(0);
  }
}

describe('IdempotencyService', () => {
  const manager = {} as EntityManager;
  let keys: FakeKeys;
  let service: IdempotencyService;

  beforeEach(() => {
    keys = new FakeKeys();
    service = new IdempotencyService(keys as unknown as IdempotencyRepository);
  });

  describe('keyFrom', () => {
    it.each(['550e8400-e29b-41d4-a716-446655440000', 'a', 'retry 2 of sheet/7', 'x'.repeat(100)])(
      'accepts %p',
      (key) => {
        expect(service.keyFrom(key)).toBe(key);
      },
    );

    it('takes no header as no key', () => {
      expect(service.keyFrom(undefined)).toBeUndefined();
    });

    it.each([[''], [' padded'], ['padded '], ['x'.repeat(101)], ['khóa'], ['tab\there'], [['a', 'b']]])(
      'refuses %p, naming the header',
      (key) => {
        let error: unknown;
        try {
          service.keyFrom(key);
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).options.errors?.[0].path).toBe('Idempotency-Key');
      },
    );
  });

  it('hashes equal requests equally whatever the order of their keys, and different ones differently', () => {
    const a = service.request(
      1,
      'k',
      'PUT /rounds/:id/scores',
      { id: 7 },
      { judgeId: 3, scores: [{ a: 1, b: '2' }] },
    );
    const b = service.request(
      1,
      'k',
      'PUT /rounds/:id/scores',
      { id: 7 },
      { scores: [{ b: '2', a: 1 }], judgeId: 3 },
    );
    const c = service.request(
      1,
      'k',
      'PUT /rounds/:id/scores',
      { id: 8 },
      { judgeId: 3, scores: [{ a: 1, b: '2' }] },
    );
    expect(a.requestHash).toBe(b.requestHash);
    expect(a.requestHash).not.toBe(c.requestHash);
  });

  it('applies a new request, then replays its answer for the same request and refuses another one', async () => {
    const request = service.request(1, 'k', 'PUT /x', {}, { v: 1 });
    expect(await service.claim(manager, request)).toBeUndefined();
    await service.complete(manager, request, 200, { ok: true });
    expect(await service.claim(manager, request)).toEqual({
      status: 200,
      body: { ok: true },
      replayed: true,
    });
    const other = service.request(1, 'k', 'PUT /x', {}, { v: 2 });
    await expect(service.claim(manager, other)).rejects.toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('keeps keys per user', async () => {
    expect(await service.claim(manager, service.request(1, 'k', 'PUT /x', {}, {}))).toBeUndefined();
    expect(await service.claim(manager, service.request(2, 'k', 'PUT /x', {}, {}))).toBeUndefined();
  });

  it('purges old keys at most every ten minutes', async () => {
    await service.purgeIfDue(1_000_000_000);
    await service.purgeIfDue(1_000_000_000 + 9 * 60_000);
    await service.purgeIfDue(1_000_000_000 + 11 * 60_000);
    expect(keys.purged).toBe(2);
  });
});
