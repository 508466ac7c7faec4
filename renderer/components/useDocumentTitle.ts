import { useLayoutEffect } from 'react';

/**
 * Names the window after what is shown, in the commit that shows it: a screen reader announces the
 * window's title with the new screen, and a passive effect could run a moment after.
 */
export function useDocumentTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
