import { AuditService } from '../src/audit/audit.service';
import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { createTestApp, TestApp } from './support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
  });

  afterAll(() => t?.close());

  const entriesFor = (entityId: number) =>
    t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { entityType: 'organisation', entityId: String(entityId) } });

  it('records who changed which record, with the values before and after, in the change’s transaction', async () => {
    const organisation = await t.factories.organisation({ name: 'Đoàn phường Hồng Gai' });
    const editor = await t.factories.user({
      roles: [{ role: 'organiser', organisationId: organisation.id }],
    });

    await t.dataSource.transaction(async (manager) => {
      await manager.update(Organisation, organisation.id, { name: 'Đoàn phường Hồng Gai (mới)' });
      await audit.record(manager, {
        actorId: editor.id,
        action: 'update',
        entityType: 'organisation',
        entityId: organisation.id,
        before: { name: 'Đoàn phường Hồng Gai' },
        after: { name: 'Đoàn phường Hồng Gai (mới)' },
        requestId: 'req-1',
      });
    });

    const [entry] = await entriesFor(organisation.id);
    expect(entry).toMatchObject({
      actorId: editor.id,
      action: 'update',
      before: { name: 'Đoàn phường Hồng Gai' },
      after: { name: 'Đoàn phường Hồng Gai (mới)' },
      requestId: 'req-1',
    });
    expect(Math.abs(entry.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('stamps times in UTC whatever zone the server runs in', async () => {
    expect(await t.dataSource.query('SELECT @@session.time_zone AS zone')).toEqual([{ zone: '+00:00' }]);
  });

  it('keeps no entry for a change that rolled back', async () => {
    const organisation = await t.factories.organisation();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await audit.record(manager, {
          actorId: null,
          action: 'delete',
          entityType: 'organisation',
          entityId: organisation.id,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await entriesFor(organisation.id)).toEqual([]);
  });
});
