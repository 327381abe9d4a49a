import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { BarChart } from '../ui/charts';
import { shownValue, SUPPRESSED, TREND_FIGURES } from './figures';

type Review = components['schemas']['ReviewView'];
type Series = { years: { year: number; value: number | string | null; change: number | null }[] };

/** One bar chart per figure over the years, each with its figures in a table ("< 5" drawn as no bar). */
export function TrendCharts({ review }: { review: Review }) {
  const { t, language } = useI18n();
  return (
    <div className="trend-grid">
      {TREND_FIGURES.map((name) => {
        const series = review.figures[name] as Series | undefined;
        if (!series) return null;
        const max = Math.max(1, ...series.years.map((y) => (typeof y.value === 'number' ? y.value : 0)));
        return (
          <figure key={name} className="card trend">
            <figcaption>{t(`reports.figure_${name}`)}</figcaption>
            <BarChart
              title={t('reports.chartTitle', { figure: t(`reports.figure_${name}`) })}
              max={max}
              points={series.years.map((y) => ({
                label: String(y.year).slice(2),
                value: typeof y.value === 'number' ? y.value : 0,
              }))}
            />
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('reports.year')}</th>
                  <th scope="col">{t('reports.value')}</th>
                  <th scope="col">{t('reports.change')}</th>
                </tr>
              </thead>
              <tbody>
                {series.years.map((y) => (
                  <tr key={y.year}>
                    <td>{y.year}</td>
                    <td className={y.value === SUPPRESSED ? 'suppressed' : undefined}>
                      {shownValue(y.value, name, language)}
                    </td>
                    <td>{y.change === null ? '–' : y.change > 0 ? `+${y.change}` : y.change}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </div>
  );
}
