import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { AdminNav } from './AdminNav';

/** Who did what to which record, newest first, with the changed fields before and after. */
export default function AuditPage() {
  const { t } = useI18n();
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: ['audit', entity, action, from, page],
    queryFn: async () =>
      (
        await api.GET('/api/v1/audit', {
          params: {
            query: {
              ...(entity.trim() && { entity: entity.trim() }),
              ...(action.trim() && { action: action.trim() }),
              ...(from && { from }),
              page,
              pageSize: 50,
            },
          },
        })
      ).data,
  });
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;
  const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
  return (
    <section>
      <AdminNav />
      <h1>{t('admin.audit')}</h1>
      <div className="filters">
        <Field label={t('admin.entity')} value={entity} onChange={(e) => setEntity(e.target.value)} />
        <Field label={t('admin.action')} value={action} onChange={(e) => setAction(e.target.value)} />
        <Field label={t('admin.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.actor')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.record')}</th>
              <th scope="col">{t('admin.before')}</th>
              <th scope="col">{t('admin.after')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.items.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.occurredAt)}</td>
                <td>{row.actorId ?? '–'}</td>
                <td>{row.action}</td>
                <td>
                  {row.entityType} #{row.entityId}
                </td>
                <td className="json">{show(row.before)}</td>
                <td className="json">{show(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('admin.previous')}
        </button>
        <span>{t('admin.pageOf', { page, pages })}</span>
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('admin.next')}
        </button>
      </div>
    </section>
  );
}
