import './shortlists.css';
import { BackToRun } from './BackToRun';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { BarChart } from '../ui/charts';
import { Field } from '../ui/Field';
import { useRun } from './data';

interface Group {
  key: string;
  pool: number;
  candidates: number;
  poolShare: number;
  candidateShare: number;
  ratio: number | null;
  /** The locality's name on the chosen date (byLocality only; null for children without one). */
  name?: string | null;
}
interface Band {
  ageBand: { min: number; max: number };
  pool: number;
  candidates: number;
  byLocality: Group[];
  byGender: Group[];
  byBirthQuarter: Group[];
  relativeAgeRatio: number | null;
}

const percent = (share: number) => Math.round(share * 100);

/** One grouping of a band as a chart of candidates' shares, with every figure in the table beside it. */
function GroupChart({
  title,
  groups,
  label,
}: {
  title: string;
  groups: Group[];
  label: (group: Group) => string;
}) {
  const { t, language } = useI18n();
  const ratio = (value: number | null) => (value === null ? '–' : formatDecimal(value.toFixed(2), language));
  return (
    <figure className="card">
      <figcaption>{title}</figcaption>
      <BarChart
        title={t('shortlists.chartTitle', { title })}
        max={100}
        points={groups.map((g) => ({ label: label(g), value: percent(g.candidateShare) }))}
      />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('shortlists.group')}</th>
              <th scope="col" className="number">
                {t('shortlists.pool')}
              </th>
              <th scope="col" className="number">
                {t('shortlists.candidates')}
              </th>
              <th scope="col" className="number">
                {t('shortlists.poolShare')}
              </th>
              <th scope="col" className="number">
                {t('shortlists.candidateShare')}
              </th>
              <th scope="col" className="number">
                {t('shortlists.ratio')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{label(g)}</th>
                <td className="number">{g.pool}</td>
                <td className="number">{g.candidates}</td>
                <td className="number">{percent(g.poolShare)}%</td>
                <td className="number">{percent(g.candidateShare)}%</td>
                <td className="number">{ratio(g.ratio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Who the shortlist reaches: pool and candidates by locality (units of a chosen date), gender, birth quarter. */
export default function RepresentationPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const id = Number(params.id);
  const run = useRun(id);
  const [localitiesAt, setLocalitiesAt] = useState('');
  const view = useQuery({
    queryKey: ['shortlist', id, 'representation', localitiesAt],
    queryFn: async () =>
      (
        await api.GET('/api/v1/shortlists/{id}/representation', {
          params: { path: { id }, query: localitiesAt ? { localitiesAt } : {} },
        })
      ).data,
  });
  if (run.isPending || view.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!run.data || !view.data) return <p role="alert">{t('app.notFound')}</p>;
  const locality = (group: Group) => group.name ?? t('shortlists.noLocality');
  return (
    <section>
      <BackToRun run={run.data} />
      <h1>{t('shortlists.representation')}</h1>
      <p className="hint">{t('shortlists.representationHint')}</p>
      <div className="toolbar">
        <Field
          label={t('shortlists.localitiesAt')}
          hint={t('shortlists.localitiesAtHint', { date: formatDate(view.data.localitiesAt) })}
          type="date"
          value={localitiesAt || view.data.localitiesAt}
          onChange={(e) => setLocalitiesAt(e.target.value)}
        />
        <button type="button" onClick={() => setLocalitiesAt('2019-12-31')}>
          {t('shortlists.units2019')}
        </button>
        <button type="button" onClick={() => setLocalitiesAt('2025-07-01')}>
          {t('shortlists.units2025')}
        </button>
      </div>
      {(view.data.bands as unknown as Band[]).map((band, index) => (
        <section key={index} aria-labelledby={`rep-band-${index}`}>
          <h2 id={`rep-band-${index}`}>
            {t('shortlists.bandShort', { min: band.ageBand.min, max: band.ageBand.max })}
          </h2>
          <p>
            {t('shortlists.poolAndCandidates', { pool: band.pool, candidates: band.candidates })}{' '}
            {band.relativeAgeRatio !== null &&
              t('shortlists.relativeAge', {
                ratio: formatDecimal(band.relativeAgeRatio.toFixed(2), language),
              })}
          </p>
          <div className="chart-grid">
            <GroupChart title={t('shortlists.byLocality')} groups={band.byLocality} label={locality} />
            <GroupChart
              title={t('shortlists.byGender')}
              groups={band.byGender}
              label={(g) => t(`shortlists.gender_${g.key}`)}
            />
            <GroupChart
              title={t('shortlists.byBirthQuarter')}
              groups={band.byBirthQuarter}
              label={(g) => g.key}
            />
          </div>
        </section>
      ))}
    </section>
  );
}
