import { useId } from 'react';
import { ChartFigure, HatchPattern } from './ChartFigure';

export interface BeforeAfterPair {
  label: string;
  /** Scores out of 100; absent when not shown (the note says why). */
  before?: number;
  after?: number;
  note?: string;
}

interface BeforeAfterChartProps {
  title: string;
  description: string;
  pairs: readonly BeforeAfterPair[];
  beforeLabel: string;
  afterLabel: string;
  /** The score as the page writes it. */
  formatScore: (score: number) => string;
  /** What a screen reader hears for one pair. */
  describePair: (pair: BeforeAfterPair) => string;
}

const DARK = '#0b5c5e';
const TEXT = '#1c2329';
const TRACK = 300;
const LABEL_LINE = 16;
const BAR = 14;
const ROW = LABEL_LINE + BAR * 2 + 14;

/**
 * Two bars per group, out of 100: before (outlined and hatched) and after (solid), so the pair still
 * reads on a black-and-white printout. Each bar carries its score as text; the drawing reads out as
 * its title and every pair.
 */
export function BeforeAfterChart({ title, description, pairs, beforeLabel, afterLabel, formatScore, describePair }: BeforeAfterChartProps) {
  const id = useId();
  const hatch = `${id}-hatch`;
  const width = TRACK + 60;
  const legend = 24;
  const height = legend + pairs.length * ROW;
  const bar = (y: number, score: number | undefined, before: boolean) =>
    score === undefined ? null : (
      <g>
        <rect
          x={0}
          y={y}
          width={Math.max(1, (TRACK * score) / 100)}
          height={BAR}
          fill={before ? `url(#${hatch})` : DARK}
          stroke={before ? TEXT : DARK}
          strokeWidth={1}
        />
        <text x={(TRACK * score) / 100 + 6} y={y + BAR - 3} fontSize={11} fill={TEXT}>
          {formatScore(score)}
        </text>
      </g>
    );
  return (
    <ChartFigure title={title} description={description} summary={pairs.map(describePair).join('; ')} width={width} height={height}>
      <defs>
        <HatchPattern id={hatch} color={TEXT} />
      </defs>
      <g>
        <rect x={0} y={4} width={14} height={12} fill={`url(#${hatch})`} stroke={TEXT} />
        <text x={20} y={14} fontSize={11} fill={TEXT}>
          {beforeLabel}
        </text>
        <rect x={110} y={4} width={14} height={12} fill={DARK} />
        <text x={130} y={14} fontSize={11} fill={TEXT}>
          {afterLabel}
        </text>
      </g>
      {pairs.map((pair, index) => {
        const y = legend + index * ROW;
        return (
          <g key={`${pair.label}-${index}`}>
            <text x={0} y={y + 12} fontSize={12} fill={TEXT}>
              {pair.label}
              {pair.before === undefined && pair.note ? ` (${pair.note})` : ''}
            </text>
            {bar(y + LABEL_LINE + 1, pair.before, true)}
            {bar(y + LABEL_LINE + BAR + 3, pair.after, false)}
          </g>
        );
      })}
    </ChartFigure>
  );
}
