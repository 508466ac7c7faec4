import { NavLink } from 'react-router';
import './subnav.css';

/**
 * Navigation state that marks a move between the sections of one screen: the shell then leaves focus
 * on the link the user chose instead of moving it to the screen's heading.
 */
export const sectionMove = { sectionMove: true } as const;

export function isSectionMove(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'sectionMove' in state;
}

export interface SubNavItem {
  to: string;
  label: string;
  /** Active only on this exact address (for a section at the screen's own address). */
  end?: boolean;
}

/** A short in-page menu of a screen's sections, each at its own address; the current one has aria-current="page". */
export function SubNav({ label, items, column = false }: { label: string; items: readonly SubNavItem[]; column?: boolean }) {
  return (
    <nav aria-label={label} className={column ? 'ui-subnav ui-subnav--column' : 'ui-subnav'}>
      <ul className="ui-subnav-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} state={sectionMove} className="ui-subnav-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
