import { useId, type ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  description: string;
  /** Every figure of the drawing in words: what a screen reader hears after the title. */
  summary: string;
  width: number;
  height: number;
  /** The drawing, in SVG units of width × height. */
  children: ReactNode;
}

/** A chart's frame: its title and description, and an SVG drawing named by the title and read out as its figures. */
export function ChartFigure({ title, description, summary, width, height, children }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="reports-share-chart">
      <figcaption id={`${id}-title`} className="reports-share-chart-title">
        {title}
      </figcaption>
      <p className="reports-share-chart-description">{description}</p>
      <svg
        className="reports-share-chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={`${id}-title ${id}-values`}
      >
        <desc id={`${id}-values`}>{summary}</desc>
        {children}
      </svg>
    </figure>
  );
}

/** Diagonal lines on white: a fill that still reads on a black-and-white printout. Use as `url(#id)`. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={1.75} />
    </pattern>
  );
}
