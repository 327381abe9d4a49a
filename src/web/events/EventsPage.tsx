import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';
import { EVENT_LEVELS, EVENT_STATES } from './event-options';
import { readFilters, writeFilters, yearBounds, type EventFilters } from './filters';
import { SelectField } from '../ui/SelectField';

const thisYear = () =>
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
  );

/** The organiser's events, filtered by state, level and year; the filters live in the address to be shared. */
export default function EventsPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<EventFilters>(() => readFilters(window.location.search));
  const change = (next: Partial<EventFilters>) => {
    const changed = { ...filters, page: 1, ...next };
    setFilters(changed);
    window.history.replaceState(null, '', `/events${writeFilters(changed)}`);
  };
  const list = useQuery({
    queryKey: ['events', filters],
    queryFn: async () =>
      (
        await api.GET('/api/v1/events', {
          params: {
            query: {
              ...(filters.state && { state: filters.state }),
              ...(filters.level && { level: filters.level }),
              ...yearBounds(filters.year),
              page: filters.page,
              pageSize: 20,
            },
          },
        })
      ).data,
  });
  const years = Array.from({ length: 6 }, (_, index) => thisYear() + 1 - index);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const any = { id: '' as const, label: t('events.any') };
  return (
    <section>
      <h1>{t('events.title')}</h1>
      <p className="actions-row">
        <Link href="/events/new" className="button primary">
          {t('events.create')}
        </Link>
      </p>
      <div className="toolbar" role="search">
        <SelectField
          label={t('events.state')}
          value={filters.state ?? ''}
          onChange={(state) => change({ state: state || undefined })}
          placeholder={any}
          options={EVENT_STATES.map((state) => ({ id: state, label: t(`events.state_${state}`) }))}
        />
        <SelectField
          label={t('events.level')}
          value={filters.level ?? ''}
          onChange={(level) => change({ level: level || undefined })}
          placeholder={any}
          options={EVENT_LEVELS.map((level) => ({ id: level, label: t(`events.level_${level}`) }))}
        />
        <SelectField
          label={t('events.year')}
          value={filters.year ?? ''}
          onChange={(year) => change({ year: year || undefined })}
          placeholder={any}
          options={years.map((year) => ({ id: year, label: String(year) }))}
        />
      </div>
      <p aria-live="polite">{t('events.found', { count: list.data?.total ?? 0 })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('events.name')}</th>
              <th scope="col">{t('events.dates')}</th>
              <th scope="col">{t('events.level')}</th>
              <th scope="col">{t('events.state')}</th>
              <th scope="col">{t('events.organisers')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.items.map((event) => (
              <tr key={event.id}>
                <td>
                  <Link href={`/events/${event.id}`}>{event.name}</Link>
                </td>
                <td>
                  {formatDate(event.startDate)} – {formatDate(event.endDate)}
                </td>
                <td>{t(`events.level_${event.level}`)}</td>
                <td>
                  <span className="badge">{t(`events.state_${event.state}`)}</span>
                </td>
                <td>{event.organisations.map((unit) => unit.name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button type="button" disabled={filters.page <= 1} onClick={() => change({ page: filters.page - 1 })}>
          {t('events.previous')}
        </button>
        <span>{t('events.pageOf', { page: filters.page, pages })}</span>
        <button
          type="button"
          disabled={filters.page >= pages}
          onClick={() => change({ page: filters.page + 1 })}
        >
          {t('events.next')}
        </button>
      </div>
    </section>
  );
}
