const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** A share from 0 to 1 as a whole percentage in the user's style: 0.857 → "86%". */
export function formatPercent(share: number): string {
  return percent.format(share);
}
