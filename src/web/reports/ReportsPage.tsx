import './reports.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, ProblemError } from '../api/problem';
import type { components } from '../api/schema';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { ExportPanel } from './ExportPanel';
import { figureValue, shownValue, TABLE_FIGURES } from './figures';
import { TrendCharts } from './TrendCharts';

type Row = components['schemas']['SummaryRowView'];

/** The units a locality grouping uses: the day they were valid (the 2019 districts, the 2025 communes). */
export const LOCALITY_DATES = { districts2019: '2019-06-01', communes2025: '2025-07-01' } as const;
type LocalityChoice = 'none' | keyof typeof LOCALITY_DATES;
type Second = 'none' | 'discipline' | 'organisation' | 'year';

/** The programme's figures for a period, grouped, with the per-year trend and an export of the same report. */
export default function ReportsPage() {
  const { t, language } = useI18n();
  const ids = { locality: useId(), second: useId() };
  const [from, setFrom] = useState('2019-01-01');
  const [to, setTo] = useState('2025-12-31');
  const [locality, setLocality] = useState<LocalityChoice>('districts2019');
  const [second, setSecond] = useState<Second>('none');
  const groupBy = [...(locality === 'none' ? [] : ['locality']), ...(second === 'none' ? [] : [second])];
  const query = {
    from,
    to,
    ...(groupBy.length > 0 && { groupBy: groupBy.join(',') }),
    ...(locality !== 'none' && { localitiesAt: LOCALITY_DATES[locality] }),
  };
  const summary = useQuery({
    queryKey: ['report-summary', query],
    retry: false,
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/reports/summary', { params: { query } });
      if (error) throw new ProblemError(asProblem(error));
      return data;
    },
  });
  const review = useQuery({
    queryKey: ['report-review', from, to],
    retry: false,
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/reports/review', { params: { query: { from, to } } });
      if (error) throw new ProblemError(asProblem(error));
      return data;
    },
  });
  const problem = summary.error instanceof ProblemError ? summary.error.problem : undefined;
  const errors = fieldErrors(problem);
  const keyLabel = (row: Row, dimension: string): string => {
    if (dimension === 'locality')
      return row.key.locality ? String(row.key.locality.fullName) : t('reports.unplaced');
    if (dimension === 'discipline')
      return row.key.discipline ? String(row.key.discipline.name) : t('reports.none');
    if (dimension === 'organisation')
      return row.key.organisation ? String(row.key.organisation.name) : t('reports.none');
    return String(row.key.year ?? '');
  };
  const data = summary.data;
  return (
    <section>
      <h1>{t('reports.title')}</h1>
      <form className="report-filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <Field
          label={t('reports.from')}
          type="date"
          value={from}
          error={errors.from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Field
          label={t('reports.to')}
          type="date"
          value={to}
          error={errors.to}
          onChange={(e) => setTo(e.target.value)}
        />
        <div className="field">
          <label htmlFor={ids.locality}>{t('reports.localities')}</label>
          <select
            id={ids.locality}
            value={locality}
            onChange={(e) => setLocality(e.target.value as LocalityChoice)}
          >
            <option value="districts2019">{t('reports.districts2019')}</option>
            <option value="communes2025">{t('reports.communes2025')}</option>
            <option value="none">{t('reports.noLocality')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.second}>{t('reports.groupBy')}</label>
          <select id={ids.second} value={second} onChange={(e) => setSecond(e.target.value as Second)}>
            <option value="none">{t('reports.groupNone')}</option>
            <option value="discipline">{t('reports.groupDiscipline')}</option>
            <option value="organisation">{t('reports.groupOrganisation')}</option>
            <option value="year">{t('reports.groupYear')}</option>
          </select>
        </div>
      </form>
      <FormError message={problem && !problem.errors ? (problem.detail ?? t('errors.unexpected')) : null} />

      {summary.isPending && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <p>
            {t('reports.period', { from: formatDate(data.from), to: formatDate(data.to) })}
            {data.placement &&
              ` · ${t('reports.unitsOf', { date: formatDate(data.placement.localitiesAt) })}`}
          </p>
          {data.smallCellsHidden && <p className="hint">{t('reports.smallCells')}</p>}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('reports.tableCaption')}</caption>
              <thead>
                <tr>
                  {data.groupBy.map((dimension) => (
                    <th scope="col" key={dimension}>
                      {t(`reports.dimension_${dimension}`)}
                    </th>
                  ))}
                  {TABLE_FIGURES.map((name) => (
                    <th scope="col" key={name}>
                      {t(`reports.figure_${name}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row, index) => (
                  <tr key={index}>
                    {data.groupBy.map((dimension) => (
                      <th scope="row" key={dimension}>
                        {keyLabel(row, dimension)}
                      </th>
                    ))}
                    {TABLE_FIGURES.map((name) => (
                      <td key={name}>{shownValue(figureValue(row.figures, name), name, language)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total">
                  <th scope="row" colSpan={Math.max(1, data.groupBy.length)}>
                    {t('reports.total')}
                  </th>
                  {TABLE_FIGURES.map((name) => (
                    <td key={name}>{shownValue(figureValue(data.total, name), name, language)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {data.placement && (
            <p className="hint">
              {t('reports.placementNote', {
                apportioned: data.placement.apportionedUnits.length,
                unplaced: data.placement.unplacedUnits.length,
              })}
            </p>
          )}
        </>
      )}

      <ExportPanel
        params={{ from, to, groupBy, ...(query.localitiesAt && { localitiesAt: query.localitiesAt }) }}
      />

      <h2>{t('reports.trendTitle')}</h2>
      {review.data && <TrendCharts review={review.data} />}
    </section>
  );
}
