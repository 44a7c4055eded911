'use client';

// One metric's usage as bars, one per bucket (hour, day or month), drawn with Recharts. Where the plan limits
// the metric each month, the limit is a dashed reference line on the same scale, with a line of the month's
// running total (what the limit counts) when the bars are shorter than a month. The chart is
// drawn in the browser only: Recharts measures before it draws, and the page's Content-Security-Policy
// refuses the inline style attributes a server-rendered chart would carry. Its caption and the table of
// numbers beside it say everything it shows, with or without JavaScript.

import { useEffect, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  type Allowance,
  formatAmount,
  formatBucket,
  formatTick,
  type Granularity,
  monthToDate,
  type Unit,
} from './format.ts';

// The app's brand-600 and slate colours (globals.css), which hold 3:1 against white as graphics must.
const BAR = '#4f3fd1';
const RUNNING = '#0f766e';
const LIMIT = '#b91c1c';
const GRID = '#e2e8f0';
const TEXT = '#334155';

export interface MetricChartProps {
  title: string;
  unit: Unit;
  granularity: Granularity;
  points: ReadonlyArray<{ start: string; value: number }>;
  allowance?: Allowance;
  /** What the chart shows, in a sentence: its accessible description. */
  summary: string;
}

export function MetricChart({ title, unit, granularity, points, allowance, summary }: MetricChartProps) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(true), []);
  const running = monthToDate(points);
  const data = points.map((point, index) => ({
    bucket: formatBucket(point.start, granularity),
    value: point.value,
    monthToDate: running[index] ?? 0,
  }));
  // A month's bar is itself what the limit counts; shorter bars need the running total beside them.
  const showRunning = allowance !== undefined && granularity !== 'month';

  if (!drawn) {
    // Holds the chart's place, so nothing moves when it is drawn.
    return <div className="h-64 w-full rounded-md bg-slate-50" />;
  }
  return (
    <div className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
          title={`${title} per ${granularity}`}
          desc={summary}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="bucket" tick={{ fill: TEXT, fontSize: 12 }} minTickGap={16} />
          <YAxis
            tickFormatter={(value: number) => formatTick(value, unit)}
            tick={{ fill: TEXT, fontSize: 12 }}
            width={72}
            allowDecimals={unit === 'bytes' || unit === 'seconds'}
          />
          <Tooltip
            formatter={(value, name) => [
              formatAmount(Number(value), unit),
              name === 'monthToDate' ? 'This month so far' : `This ${granularity}`,
            ]}
          />
          <Bar dataKey="value" name="value" fill={BAR} isAnimationActive={false} radius={[2, 2, 0, 0]} />
          {showRunning ? (
            <Line
              dataKey="monthToDate"
              name="monthToDate"
              type="stepAfter"
              stroke={RUNNING}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
          {allowance ? (
            <ReferenceLine
              y={allowance.allowed}
              stroke={LIMIT}
              strokeDasharray="6 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{
                value: `Plan limit ${formatAmount(allowance.allowed, unit)}`,
                position: 'insideTopRight',
                fill: LIMIT,
                fontSize: 12,
              }}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
