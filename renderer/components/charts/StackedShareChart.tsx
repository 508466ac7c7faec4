import { useId } from 'react';
import { ChartFigure, HatchPattern } from './ChartFigure';

export interface StackedCategory {
  key: string;
  label: string;
}

export interface StackedBar {
  label: string;
  /** Shares 0–1 by category key, adding up to 1 (or all 0). */
  shares: Readonly<Record<string, number>>;
}

interface StackedShareChartProps {
  title: string;
  description: string;
  /** In the order stacked; at most four (each has its own fill). */
  categories: readonly StackedCategory[];
  bars: readonly StackedBar[];
  /** What a screen reader hears for one bar. */
  describeBar: (bar: StackedBar) => string;
}

const TEXT = '#1c2329';
const TRACK = 360;
const LABEL_WIDTH = 44;
const ROW = 22;
const LEGEND_SLOT = 130;

/** The fills of the categories, in order: solid, hatched, dotted, outlined white; told apart without colour. */
function fills(id: string): string[] {
  return ['#0b5c5e', `url(#${id}-hatch)`, `url(#${id}-dots)`, '#ffffff'];
}

/**
 * One bar per row, split into its categories' shares, drawn as SVG with a pattern per category so it
 * prints in black and white; a legend names them, and the drawing reads out as every bar's shares.
 */
export function StackedShareChart({ title, description, categories, bars, describeBar }: StackedShareChartProps) {
  const id = useId();
  const fill = fills(id);
  const legend = 24;
  const width = Math.max(LABEL_WIDTH + TRACK + 10, categories.length * LEGEND_SLOT);
  const height = legend + bars.length * ROW + 4;
  return (
    <ChartFigure title={title} description={description} summary={bars.map(describeBar).join('; ')} width={width} height={height}>
      <defs>
        <HatchPattern id={`${id}-hatch`} color={TEXT} />
        <pattern id={`${id}-dots`} width={5} height={5} patternUnits="userSpaceOnUse">
          <rect width={5} height={5} fill="#d5d8d6" />
          <circle cx={2.5} cy={2.5} r={1} fill={TEXT} />
        </pattern>
      </defs>
      {categories.map((category, index) => (
        <g key={category.key}>
          <rect x={index * LEGEND_SLOT} y={4} width={14} height={12} fill={fill[index]} stroke={TEXT} strokeWidth={1} />
          <text x={index * LEGEND_SLOT + 20} y={14} fontSize={11} fill={TEXT}>
            {category.label}
          </text>
        </g>
      ))}
      {bars.map((bar, row) => {
        const y = legend + row * ROW;
        let x = LABEL_WIDTH;
        return (
          <g key={`${bar.label}-${row}`}>
            <text x={0} y={y + 13} fontSize={11} fill={TEXT}>
              {bar.label}
            </text>
            {categories.map((category, index) => {
              const share = bar.shares[category.key] ?? 0;
              const segment = TRACK * share;
              const at = x;
              x += segment;
              return share > 0 ? (
                <rect key={category.key} x={at} y={y + 2} width={segment} height={16} fill={fill[index]} stroke={TEXT} strokeWidth={0.75} />
              ) : null;
            })}
          </g>
        );
      })}
    </ChartFigure>
  );
}
