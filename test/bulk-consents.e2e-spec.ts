import { Consent } from '../src/participants/entities/consent.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** A class's paper consent forms in one request, all of them or none. */
describe('consents in bulk', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  let A: Organisation, B: Organisation;
  let organiserA: string;
  let judgeA: string;

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    A = await t.factories.organisation();
    B = await t.factories.organisation();
    const organiser = await make.organiser(A.id);
    organiserA = await t.login(organiser.email, organiser.password);
    const judge = await t.factories.user({ roles: [{ role: 'judge', organisationId: A.id }] });
    judgeA = await t.login(judge.email, judge.password);
  });

  afterAll(() => t?.close());

  const post = (body: object, token = organiserA) =>
    t.http().post('/api/v1/participants/consents/bulk').set(bearer(token)).send(body);
  const children = (count: number, organisationId = A.id) =>
    Promise.all(Array.from({ length: count }, () => make.participant(organisationId, { consentScopes: [] })));
  const guardianForm = (participantId: number) => ({
    participantId,
    kind: 'guardian',
    givenBy: 'Trần Thị Mai',
    relationship: 'mẹ',
    givenOn: '2026-09-05',
    method: 'paper',
    scopes: ['registry', 'contests'],
  });
  const consentCount = () => t.dataSource.getRepository(Consent).count();

  it('records ten children’s guardian and own consents in one request, audited, and the checks see them', async () => {
    const class6A = await children(10);
    const items = class6A.flatMap((child) => [
      guardianForm(child.id),
      {
        participantId: child.id,
        kind: 'participant',
        givenBy: child.fullName,
        givenOn: '2026-09-05',
        method: 'paper',
        scopes: ['publication'],
      },
    ]);
    const response = await post({ items }).expect(201);
    expect(response.body.items).toHaveLength(20);
    expect(response.body.items[0]).toMatchObject({
      participantId: class6A[0].id,
      kind: 'guardian',
      givenBy: 'Trần Thị Mai',
      relationship: 'mẹ',
      givenOn: '2026-09-05',
      method: 'paper',
      scopes: ['registry', 'contests'],
      withdrawnAt: null,
    });
    expect(response.body.items[1]).toMatchObject({ participantId: class6A[0].id, kind: 'participant' });

    for (const child of class6A) {
      await t
        .http()
        .get(`/api/v1/participants/${child.id}/consent-check?purpose=event_entry`)
        .set(bearer(organiserA))
        .expect(200);
    }
    const audited = await t.dataSource
      .getRepository(AuditLogEntry)
      .countBy({ action: 'consent.record', entityType: 'participant', entityId: String(class6A[3].id) });
    expect(audited).toBe(2);
  });

  it('refuses the whole batch when one item is wrong, naming each item’s field', async () => {
    const [first, second, third, fourth] = await children(4);
    const [foreign] = await children(1, B.id);
    const before = await consentCount();
    const response = await post({
      items: [
        guardianForm(first.id),
        { ...guardianForm(second.id), givenOn: '2099-01-01' },
        guardianForm(foreign.id),
        { ...guardianForm(third.id), scopes: ['marketing'] },
        { ...guardianForm(fourth.id), givenOn: '2010-01-01' },
        guardianForm(999999),
      ],
    }).expect(400);
    // The DTO's checks answer first: an unknown scope.
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['items.3.scopes']);

    const rules = await post({
      items: [
        guardianForm(first.id),
        { ...guardianForm(second.id), givenOn: '2099-01-01' },
        guardianForm(foreign.id),
        { ...guardianForm(fourth.id), givenOn: '2010-01-01' },
        guardianForm(999999),
      ],
    }).expect(400);
    expect(rules.body.errors).toEqual([
      { path: 'items.1.givenOn', message: 'không được ở tương lai' },
      {
        path: 'items.2.participantId',
        message: 'không có người tham gia này, hoặc không thuộc đơn vị bạn quản lý',
      },
      // The factory's children were born on 2016-03-15.
      { path: 'items.3.givenOn', message: 'không được trước ngày sinh' },
      {
        path: 'items.4.participantId',
        message: 'không có người tham gia này, hoặc không thuộc đơn vị bạn quản lý',
      },
    ]);
    expect(await consentCount()).toBe(before);
  });

  it('refuses an empty list, and callers who manage no participants', async () => {
    const [child] = await children(1);
    const before = await consentCount();
    expect((await post({ items: [] }).expect(400)).body.errors[0].path).toBe('items');
    await post({ items: [guardianForm(child.id)] }, judgeA).expect(403);
    expect(await consentCount()).toBe(before);
  });
});
