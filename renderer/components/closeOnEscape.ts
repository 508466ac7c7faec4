import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for an inline form, question or panel: Escape closes it, and goes no further,
 * so a screen's own keys (the attendance grid's, say) never see it.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}
