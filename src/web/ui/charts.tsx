import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear, scalePoint } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';

const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 36 };
const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;

export interface ChartPoint {
  /** The label on the horizontal axis (a date or a month, already formatted). */
  label: string;
  value: number;
  /** Only known to be at most `value` (a count hidden as "< 5"): drawn as an empty, dashed bar. */
  atMost?: boolean;
}

/**
 * A line over time, drawn in SVG with a text alternative: the chart is one image for screen readers, and its
 * figures stand in the table that callers put beside it.
 */
export function LineChart({
  title,
  points,
  min,
  max,
}: {
  title: string;
  points: ChartPoint[];
  min: number;
  max: number;
}) {
  const x = scalePoint({ domain: points.map((p) => p.label), range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear({ domain: [min, max], range: [innerHeight, 0] });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="chart">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <AxisLeft scale={y} numTicks={5} />
        <AxisBottom top={innerHeight} scale={x} numTicks={Math.min(points.length, 4)} />
        <LinePath
          data={points}
          x={(p) => x(p.label) ?? 0}
          y={(p) => y(p.value)}
          stroke="currentColor"
          strokeWidth={2}
        />
        {points.map((p) => (
          <circle key={p.label} cx={x(p.label)} cy={y(p.value)} r={4} fill="currentColor" />
        ))}
      </Group>
    </svg>
  );
}

/** Bars, one per label, on a 0–max scale (attendance rates by month). */
export function BarChart({ title, points, max }: { title: string; points: ChartPoint[]; max: number }) {
  const x = scaleBand({ domain: points.map((p) => p.label), range: [0, innerWidth], padding: 0.3 });
  const y = scaleLinear({ domain: [0, max], range: [innerHeight, 0] });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="chart">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <AxisLeft scale={y} numTicks={5} />
        <AxisBottom top={innerHeight} scale={x} />
        {points.map((p) => (
          <Bar
            key={p.label}
            x={x(p.label)}
            y={y(p.value)}
            width={x.bandwidth()}
            height={innerHeight - y(p.value)}
            {...(p.atMost
              ? { fill: 'none', stroke: 'currentColor', strokeDasharray: '3 2' }
              : { fill: 'currentColor' })}
          />
        ))}
      </Group>
    </svg>
  );
}
