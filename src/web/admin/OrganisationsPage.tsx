import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { AdminNav } from './AdminNav';

/** The organisation tree, opened a level at a time (each level is one request). */
export default function OrganisationsPage() {
  const { t } = useI18n();
  return (
    <section>
      <AdminNav />
      <h1>{t('admin.organisations')}</h1>
      <Level parentId={null} label={t('admin.organisations')} />
    </section>
  );
}

function Level({ parentId, label }: { parentId: number | null; label: string }) {
  const { t } = useI18n();
  const level = useQuery({
    queryKey: ['organisations', 'children', parentId],
    queryFn: async () =>
      (
        await api.GET('/api/v1/organisations', {
          params: { query: { ...(parentId !== null && { parentId }), pageSize: 100 } },
        })
      ).data,
    // The roots are the units without a parent.
    select: (page) => page?.items.filter((unit) => (parentId === null ? unit.parentId === null : true)),
  });
  if (level.isPending) return <p role="status">{t('app.loading')}</p>;
  return (
    <ul className="tree" aria-label={label}>
      {level.data?.map((unit) => (
        <Unit key={unit.id} unit={unit} />
      ))}
    </ul>
  );
}

function Unit({
  unit,
}: {
  unit: { id: number; name: string; level: string; validFrom: string | null; validTo: string | null };
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {unit.name}
      </button>{' '}
      <span className="hint">
        {t(`admin.level_${unit.level}`)}
        {unit.validTo && ` · ${t('admin.until', { date: formatDate(unit.validTo) })}`}
      </span>
      {open && <Level parentId={unit.id} label={unit.name} />}
    </li>
  );
}
