import './app-root.module.css';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './tabs.module.css';

/** One tab of {@link Tabs}. */
export interface TabItem {
  /** Stable id, e.g. the route segment ("configuration", "seats"). */
  id: string;
  label: ReactNode;
  disabled?: boolean;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  /** Accessible name of the tab list, e.g. "Bulk Manager sections". */
  label: string;
  tabs: readonly TabItem[];
  /** The selected tab's id; the caller owns it (usually derived from the route). */
  selectedId: string;
  /** Called when the user picks a tab (click, Enter/Space, or arrows in automatic mode). */
  onSelect: (id: string) => void;
  /** Called when the user is about to pick a tab (pointer over it, or keyboard focus on it): a panel's code can load meanwhile. */
  onIntent?: (id: string) => void;
  /** Automatic: arrows select at once. Manual: arrows move focus, Enter/Space selects (for slow panels). */
  activation?: 'automatic' | 'manual';
  orientation?: 'horizontal' | 'vertical';
  /** Content of the selected panel; only the selected panel is rendered. */
  children?: ReactNode;
  className?: string;
}

/**
 * WAI-ARIA tabs: a tablist with roving focus (arrow keys, Home, End) and the selected tab's panel.
 * Controlled by the caller so the app's router can drive it.
 */
export function Tabs({ label, tabs, selectedId, onSelect, onIntent, activation = 'automatic', orientation = 'horizontal', children, className }: TabsProps) {
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;
  const enabled = tabs.filter((tab) => !tab.disabled);
  const panelRef = useRef<HTMLDivElement>(null);
  const shownId = useRef(selectedId);
  // An action inside a panel can open another tab (Done after a bulk job opens Event Logs): the
  // focused button goes with the old panel, so the new panel takes focus instead of the page body.
  useEffect(() => {
    if (shownId.current === selectedId) return;
    shownId.current = selectedId;
    const active = document.activeElement;
    if (active === null || active === document.body) panelRef.current?.focus();
  }, [selectedId]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const nextKey = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
    const previousKey = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
    const current = enabled.findIndex((tab) => tabRefs.current.get(tab.id) === document.activeElement);
    if (current === -1 || enabled.length === 0) return;
    let target: number;
    switch (event.key) {
      case nextKey:
        target = (current + 1) % enabled.length;
        break;
      case previousKey:
        target = (current - 1 + enabled.length) % enabled.length;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = enabled.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const next = enabled[target];
    if (!next) return;
    tabRefs.current.get(next.id)?.focus();
    if (activation === 'automatic' && next.id !== selectedId) onSelect(next.id);
  };

  const selected = tabs.find((tab) => tab.id === selectedId);
  const rootClass = [styles.tabs, orientation === 'vertical' ? styles.vertical : undefined, className].filter(Boolean).join(' ');
  return (
    <div className={rootClass}>
      <div role="tablist" aria-label={label} aria-orientation={orientation} className={styles.list} onKeyDown={handleKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selectedId;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={isSelected}
              aria-controls={isSelected ? panelId(tab.id) : undefined}
              tabIndex={isSelected ? 0 : -1}
              disabled={tab.disabled}
              className={styles.tab}
              onClick={() => {
                if (!isSelected) onSelect(tab.id);
              }}
              onPointerEnter={onIntent ? () => onIntent(tab.id) : undefined}
              onFocus={onIntent ? () => onIntent(tab.id) : undefined}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {selected ? (
        <div ref={panelRef} role="tabpanel" id={panelId(selected.id)} aria-labelledby={tabId(selected.id)} tabIndex={0} className={styles.panel}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
