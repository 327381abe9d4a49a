import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { BarChart } from '../ui/charts';
import { shownValue, SUPPRESSED, SUPPRESSED_AT_MOST, TREND_FIGURES } from './figures';

type Review = components['schemas']['ReviewView'];
type Series = { years: { year: number; value: number | string | null; change: number | null }[] };

/**
 * One bar chart per figure over the years, each with its figures in a table. A count hidden as "< 5" is
 * drawn as an empty, dashed bar up to 4: somewhere between 1 and 4, not nothing.
 */
export function TrendCharts({ review }: { review: Review }) {
  const { t, language } = useI18n();
  return (
    <div className="trend-grid">
      {TREND_FIGURES.map((name) => {
        const series = review.figures[name] as Series | undefined;
        if (!series) return null;
        const points = series.years.map((y) => ({
          label: String(y.year).slice(2),
          ...(y.value === SUPPRESSED
            ? { value: SUPPRESSED_AT_MOST, atMost: true }
            : { value: typeof y.value === 'number' ? y.value : 0 }),
        }));
        return (
          <figure key={name} className="card trend">
            <figcaption>{t(`reports.figure_${name}`)}</figcaption>
            <BarChart
              title={t('reports.chartTitle', { figure: t(`reports.figure_${name}`) })}
              max={Math.max(1, ...points.map((point) => point.value))}
              points={points}
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
