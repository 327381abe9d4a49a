import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { AdminNav } from './AdminNav';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

/** Every queue with its jobs by state, refreshed while open; a queue's failed jobs with their reasons. */
export default function QueuesPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const queues = useQuery({
    queryKey: ['admin-queues'],
    queryFn: async () => (await api.GET('/api/v1/admin/queues')).data?.items ?? [],
    refetchInterval: 5000,
  });
  const failed = useQuery({
    queryKey: ['admin-queues-failed', open],
    enabled: open !== null,
    queryFn: async () =>
      (
        await api.GET('/api/v1/admin/queues/{name}/failed', {
          params: { path: { name: open! }, query: { page: 1, pageSize: 20 } },
        })
      ).data,
  });
  return (
    <section>
      <AdminNav />
      <h1>{t('queues.title')}</h1>
      <p className="hint">{t('queues.hint')}</p>
      {queues.isPending && <p role="status">{t('app.loading')}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('queues.name')}</th>
              {STATES.map((state) => (
                <th scope="col" key={state}>
                  {t(`queues.state_${state}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('queues.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queues.data?.map((queue) => (
              <tr key={queue.name}>
                <th scope="row">{queue.name}</th>
                {STATES.map((state) => (
                  <td key={state}>{queue.counts[state] ?? 0}</td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open === queue.name}
                    onClick={() => setOpen(open === queue.name ? null : queue.name)}
                  >
                    {t('queues.showFailed', { name: queue.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && (
        <>
          <h2>{t('queues.failedTitle', { name: open })}</h2>
          {failed.data && failed.data.items.length === 0 && <p>{t('queues.noFailed')}</p>}
          {failed.data && failed.data.items.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('queues.job')}</th>
                    <th scope="col">{t('queues.data')}</th>
                    <th scope="col">{t('queues.attempts')}</th>
                    <th scope="col">{t('queues.reason')}</th>
                    <th scope="col">{t('queues.failedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {failed.data.items.map((job) => (
                    <tr key={job.id ?? job.createdAt}>
                      <td>{job.name}</td>
                      <td className="json">{JSON.stringify(job.data)}</td>
                      <td>{job.attemptsMade}</td>
                      <td>{job.failedReason}</td>
                      <td>{job.finishedAt ? formatDateTime(job.finishedAt) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
