import { ChartFigure } from './ChartFigure';
import { usePercent } from '../../format/useDates';

export interface ShareBar {
  label: string;
  /** 0–1; undefined when it is not shown (the note says why). */
  share?: number;
  /** Said in place of the bar when there is no share. */
  note?: string;
}

interface ShareChartProps {
  title: string;
  description: string;
  bars: readonly ShareBar[];
  /** Columns side by side (for a sequence) or bars one under the other (for named groups). */
  direction: 'columns' | 'rows';
}

const ACCENT = '#0b5c5e';
const TRACK = '#e3efee';
const TEXT = '#1c2329';

/**
 * Shares from 0 to 100%, drawn as SVG so they print sharply. Each bar carries its figure as text,
 * and the whole chart reads out as its title, description and every figure.
 */
export function ShareChart({ title, description, bars, direction }: ShareChartProps) {
  const formatPercent = usePercent();
  const summary = bars.map((bar) => `${bar.label}: ${bar.share === undefined ? (bar.note ?? '') : formatPercent(bar.share)}`).join('; ');
  const Drawing = direction === 'columns' ? Columns : Rows;
  return <Drawing bars={bars} title={title} description={description} summary={summary} />;
}

interface DrawingProps {
  bars: readonly ShareBar[];
  title: string;
  description: string;
  summary: string;
}

function Columns({ bars, title, description, summary }: DrawingProps) {
  const formatPercent = usePercent();
  const slot = 44;
  const plot = 150;
  const top = 20;
  const width = Math.max(slot * bars.length, 200) + 40;
  const height = top + plot + 26;
  return (
    <ChartFigure title={title} description={description} summary={summary} width={width} height={height}>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line x1={34} x2={width} y1={top + plot * (1 - tick)} y2={top + plot * (1 - tick)} stroke="#c9cdc8" strokeWidth={1} />
          <text x={30} y={top + plot * (1 - tick) + 4} fontSize={11} textAnchor="end" fill={TEXT}>
            {formatPercent(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const x = 40 + index * slot;
        const barHeight = bar.share === undefined ? 0 : Math.max(1, plot * bar.share);
        return (
          <g key={bar.label}>
            {bar.share === undefined ? (
              <text x={x + slot / 2 - 4} y={top + plot - 6} fontSize={10} textAnchor="middle" fill={TEXT}>
                –
              </text>
            ) : (
              <>
                <rect x={x} y={top + plot - barHeight} width={slot - 12} height={barHeight} fill={ACCENT} />
                <text x={x + (slot - 12) / 2} y={top + plot - barHeight - 4} fontSize={10} textAnchor="middle" fill={TEXT}>
                  {formatPercent(bar.share)}
                </text>
              </>
            )}
            <text x={x + (slot - 12) / 2} y={top + plot + 16} fontSize={11} textAnchor="middle" fill={TEXT}>
              {bar.label}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

function Rows({ bars, title, description, summary }: DrawingProps) {
  const formatPercent = usePercent();
  // Each group's name on its own line above its bar, so long module titles are never cut.
  const row = 40;
  const track = 360;
  const width = track + 60;
  const height = bars.length * row;
  return (
    <ChartFigure title={title} description={description} summary={summary} width={width} height={height}>
      {bars.map((bar, index) => {
        const y = index * row;
        return (
          <g key={bar.label}>
            <text x={0} y={y + 12} fontSize={12} fill={TEXT}>
              {bar.label}
            </text>
            <rect x={0} y={y + 17} width={track} height={16} fill={TRACK} />
            {bar.share === undefined ? null : <rect x={0} y={y + 17} width={Math.max(1, track * bar.share)} height={16} fill={ACCENT} />}
            <text x={bar.share === undefined ? 6 : track + 6} y={y + 30} fontSize={12} fill={TEXT}>
              {bar.share === undefined ? (bar.note ?? '') : formatPercent(bar.share)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
