import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { AdminNav } from './AdminNav';

/** The administrative units valid on a date (the 2019 districts, the 2025 communes), each with its history. */
export default function LocalitiesPage() {
  const { t } = useI18n();
  const [at, setAt] = useState('2025-07-01');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const list = useQuery({
    queryKey: ['localities', at, q.trim()],
    queryFn: async () =>
      (
        await api.GET('/api/v1/localities', {
          params: { query: { ...(at && { at }), ...(q.trim() && { q: q.trim() }), pageSize: 300 } },
        })
      ).data,
  });
  return (
    <section>
      <AdminNav />
      <h1>{t('admin.localities')}</h1>
      <div className="toggle" role="group" aria-label={t('admin.unitsOf')}>
        {(['2019-01-01', '2025-06-30', '2025-07-01'] as const).map((date) => (
          <button key={date} type="button" aria-pressed={at === date} onClick={() => setAt(date)}>
            {t(`admin.at_${date}`)}
          </button>
        ))}
      </div>
      <Field label={t('admin.validOn')} type="date" value={at} onChange={(e) => setAt(e.target.value)} />
      <Field
        label={t('admin.searchLocalities')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <p aria-live="polite">{t('admin.localityCount', { count: list.data?.total ?? 0 })}</p>
      <div className="split">
        <ul className="rows">
          {list.data?.items.map((unit) => (
            <li key={unit.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === unit.id}
                onClick={() => setSelected(unit.id)}
              >
                {unit.fullName}
              </button>
              <span className="hint">{unit.code}</span>
            </li>
          ))}
        </ul>
        {selected !== null && <History id={selected} />}
      </div>
    </section>
  );
}

function History({ id }: { id: number }) {
  const { t } = useI18n();
  const detail = useQuery({
    queryKey: ['locality', id],
    queryFn: async () => (await api.GET('/api/v1/localities/{id}', { params: { path: { id } } })).data,
  });
  if (!detail.data) return <p role="status">{t('app.loading')}</p>;
  const unit = detail.data;
  const linked = (units: { id: number; fullName: string; partial: boolean }[]) =>
    units.length === 0 ? (
      <p>{t('admin.none')}</p>
    ) : (
      <ul>
        {units.map((other) => (
          <li key={other.id}>
            {other.fullName}
            {other.partial && ` (${t('admin.partial')})`}
          </li>
        ))}
      </ul>
    );
  return (
    <aside className="card" aria-live="polite">
      <h2>{unit.fullName}</h2>
      <p>
        {t('admin.code')}: {unit.code}
      </p>
      <p>
        {t('admin.validity', {
          from: unit.validFrom ? formatDate(unit.validFrom) : '…',
          to: unit.validTo ? formatDate(unit.validTo) : '…',
        })}
      </p>
      <h3>{t('admin.predecessors')}</h3>
      {linked(unit.predecessors)}
      <h3>{t('admin.successors')}</h3>
      {linked(unit.successors)}
    </aside>
  );
}
