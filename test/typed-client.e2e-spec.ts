import type { AddressInfo } from 'node:net';
import createClient, { Client } from 'openapi-fetch';
import type { paths } from '../src/web/api/schema';
import { CompetitionFactory } from './support/competition-factory';
import { createTestApp, TestApp } from './support/test-app';

type Api = Client<paths>;

/**
 * A contest driven only through the client the web app uses: openapi-fetch over the types generated from the
 * committed OpenAPI document, against the test application's HTTP server. If a route or a shape drifts from
 * the document, this file stops compiling or its requests fail.
 */
describe('a contest through the typed client', () => {
  let t: TestApp;
  let baseUrl: string;
  const clients: Record<string, Api> = {};
  const judges: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(() => t?.close());

  const client = (token?: string): Api =>
    createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });

  /** The body of a successful answer, or the test fails with the problem document. */
  function ok<T>(answer: { data?: T; error?: unknown; response: Response }): T {
    if (answer.data === undefined)
      throw new Error(`${answer.response.status}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  }

  it('creates an event, a category, a round and entries; forms the panel; scores; publishes', async () => {
    const make = new CompetitionFactory(t.dataSource, t.factories);
    const unit = await t.factories.organisation({ name: 'Đoàn phường Bãi Cháy' });
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: unit.id }] });
    const api = (clients.organiser = client(await t.login(organiser.email, organiser.password)));
    for (const who of ['J1', 'J2', 'J3']) {
      const judge = await t.factories.user({ roles: [{ role: 'judge', organisationId: null }] });
      judges[who] = judge.id;
      clients[who] = client(await t.login(judge.email, judge.password));
    }
    const children = [
      await make.participant(unit.id),
      await make.participant(unit.id),
      await make.participant(unit.id),
    ];

    const event = ok(
      await api.POST('/api/v1/events', {
        body: {
          name: 'Hội thi Giọng hát hay Bãi Cháy 2026',
          kind: 'contest',
          level: 'grassroots',
          organisationIds: [unit.id],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
        },
      }),
    );
    const category = ok(
      await api.POST('/api/v1/events/{id}/categories', {
        params: { path: { id: event.id } },
        body: {
          code: 'SOLO',
          name: 'Đơn ca',
          disciplineId: 2,
          format: 'individual',
          prizes: [
            { prize: 'Giải Nhất', count: 1 },
            { prize: 'Giải Nhì', count: 1 },
          ],
        },
      }),
    );
    const round = ok(
      await api.POST('/api/v1/categories/{id}/rounds', {
        params: { path: { id: category.id } },
        body: {
          name: 'Chung khảo',
          criteria: [
            { code: 'voice', name: 'Giọng hát', max: '10', step: '0.25' },
            { code: 'stage', name: 'Phong cách', max: '10', step: '0.25' },
          ],
          method: { kind: 'mean' },
        },
      }),
    );
    expect(round.criteria.map((criterion) => criterion.code)).toEqual(['voice', 'stage']);
    ok(
      await api.POST('/api/v1/events/{id}/transitions', {
        params: { path: { id: event.id } },
        body: { to: 'open' },
      }),
    );
    const entries = ok(
      await api.POST('/api/v1/categories/{id}/entries/bulk', {
        params: { path: { id: category.id } },
        body: { entries: children.map((child) => ({ members: [child.id], organisationId: unit.id })) },
      }),
    ).items;
    expect(entries.map((entry) => entry.code)).toEqual(['SOLO-001', 'SOLO-002', 'SOLO-003']);
    ok(
      await api.POST('/api/v1/events/{id}/transitions', {
        params: { path: { id: event.id } },
        body: { to: 'judging' },
      }),
    );
    ok(
      await api.PUT('/api/v1/rounds/{id}/panel', {
        params: { path: { id: round.id } },
        body: {
          members: [
            { userId: judges.J1, role: 'head' },
            { userId: judges.J2, role: 'member' },
            { userId: judges.J3, role: 'member' },
          ],
        },
      }),
    );

    // entry → [voice, stage] per judge; totals are the sums (weights 1).
    const marks: Record<string, [string, string][]> = {
      J1: [
        ['8', '9'],
        ['6', '7'],
        ['9', '9'],
      ], // totals 17, 13, 18
      J2: [
        ['7', '8'],
        ['7', '7'],
        ['9', '8'],
      ], // totals 15, 14, 17
      J3: [
        ['9', '9'],
        ['6', '6'],
        ['8', '9'],
      ], // totals 18, 12, 17
    };
    for (const [who, sheet] of Object.entries(marks)) {
      const judge = clients[who];
      ok(
        await judge.PUT('/api/v1/rounds/{id}/scores', {
          params: { path: { id: round.id } },
          body: {
            scores: sheet.flatMap(([voice, stage], index) => [
              { entryId: entries[index].id, criterion: 'voice', value: voice },
              { entryId: entries[index].id, criterion: 'stage', value: stage },
            ]),
          },
        }),
      );
      ok(
        await judge.POST('/api/v1/rounds/{id}/sheet/submit', {
          params: { path: { id: round.id } },
          body: {},
        }),
      );
    }

    ok(await api.POST('/api/v1/rounds/{id}/lock', { params: { path: { id: round.id } } }));
    const preview = ok(await api.GET('/api/v1/rounds/{id}/results', { params: { path: { id: round.id } } }));
    expect(preview.readiness?.canPublish).toBe(true);
    const published = ok(
      await api.POST('/api/v1/rounds/{id}/publish', { params: { path: { id: round.id } }, body: {} }),
    );
    expect(published.version).toBe(1);

    // Means of the totals, rounded to 2 places: SOLO-001 (17+15+18)/3 = 16.666… → 16.67;
    // SOLO-002 (13+14+12)/3 = 13 → 13.00; SOLO-003 (18+17+17)/3 = 17.333… → 17.33.
    const board = ok(
      await client().GET('/api/v1/public/rounds/{id}/results', { params: { path: { id: round.id } } }),
    );
    expect(board.entries.map(({ rank, code, score, prize }) => ({ rank, code, score, prize }))).toEqual([
      { rank: 1, code: 'SOLO-003', score: '17.33', prize: 'Giải Nhất' },
      { rank: 2, code: 'SOLO-001', score: '16.67', prize: 'Giải Nhì' },
      { rank: 3, code: 'SOLO-002', score: '13.00', prize: null },
    ]);
  });

  it('answers errors as the documented problem+json', async () => {
    const answer = await clients.organiser.POST('/api/v1/events', {
      // @ts-expect-error the client refuses a body without the required fields, and so does the API
      body: { name: '' },
    });
    expect(answer.response.status).toBe(400);
    expect(answer.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(answer.error?.errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining(['name', 'kind', 'level', 'startDate', 'endDate']),
    );
    const missing = await client().GET('/api/v1/events/{id}', { params: { path: { id: 1 } } });
    expect(missing.response.status).toBe(401);
    expect(missing.error?.code).toBe('unauthorized');
  });
});
