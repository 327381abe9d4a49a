import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { Link } from '../ui/Link';

/** The registry of the organiser's units: found by any part of the name, without diacritics. */
export default function ParticipantsPage() {
  const { t, language } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['participants', q.trim(), page],
    queryFn: async () =>
      (
        await api.GET('/api/v1/participants', {
          params: { query: { ...(q.trim() && { q: q.trim() }), page, pageSize: 20 } },
        })
      ).data,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <section>
      <h1>{t('participants.title')}</h1>
      <p className="actions-row">
        <Link href="/participants/new" className="button primary">
          {t('participants.register')}
        </Link>
        <Link href="/participants/import" className="button">
          {t('participants.import')}
        </Link>
      </p>
      <Field
        label={t('participants.search')}
        hint={t('participants.searchHint')}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(1);
        }}
      />
      <p aria-live="polite">
        {list.data?.totalCapped
          ? t('participants.foundMore', { number: list.data.total.toLocaleString(language) })
          : t('participants.found', { count: list.data?.total ?? 0 })}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('participants.fullName')}</th>
              <th scope="col">{t('participants.dateOfBirth')}</th>
              <th scope="col">{t('participants.school')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.items.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/participants/${person.id}`}>{person.fullName}</Link>
                </td>
                <td>{person.dateOfBirth ? formatDate(person.dateOfBirth) : '–'}</td>
                <td>{person.school ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('participants.previous')}
        </button>
        {/* Past the counting cap there are more pages than the count says. */}
        <span>{t('participants.pageOf', { page, pages: list.data?.totalCapped ? `${pages}+` : pages })}</span>
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('participants.next')}
        </button>
      </div>
    </section>
  );
}
