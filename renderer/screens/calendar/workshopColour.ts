import './workshopColour.css';

/**
 * A stable colour for each workshop, so meetings of different workshops can be told apart at a
 * glance. Colour only helps: the workshop's title is always shown next to it.
 */
export const workshopColourCount = 8;

/** 0..7, the same for the same id on every screen and every run (FNV-1a over the id). */
export function workshopColourIndex(workshopId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < workshopId.length; index += 1) {
    hash ^= workshopId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % workshopColourCount;
}

/** The class that sets `--workshop-colour` (defined in calendar.css). */
export function workshopColourClass(workshopId: string): string {
  return `cal-colour-${workshopColourIndex(workshopId)}`;
}
