import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { Link } from '../ui/Link';
import { AdminNav } from './AdminNav';

/** Accounts, found by name or e-mail without diacritics, with the roles they hold. */
export default function UsersPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const users = useQuery({
    queryKey: ['users', q.trim(), page],
    queryFn: async () =>
      (
        await api.GET('/api/v1/users', {
          params: { query: { ...(q.trim() && { q: q.trim() }), page, pageSize: 20 } },
        })
      ).data,
  });
  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;
  return (
    <section>
      <AdminNav />
      <h1>{t('admin.users')}</h1>
      <Field
        label={t('admin.searchUsers')}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(1);
        }}
      />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.fullName')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.roles')}</th>
              <th scope="col">{t('admin.state')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.items.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link href={`/admin/users/${user.id}`}>{user.fullName}</Link>
                </td>
                <td>{user.email}</td>
                <td>
                  {user.roles
                    .map(
                      (held) =>
                        `${t(`roles.${held.role}`)}${held.organisation ? ` · ${held.organisation.name}` : ''}`,
                    )
                    .join('; ')}
                </td>
                <td>{user.active ? t('admin.active') : t('admin.disabled')}</td>
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
