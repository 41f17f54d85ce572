import './app-root.module.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button';
import { ChevronDownIcon } from './icons';
import styles from './menu.module.css';

/** One entry of a {@link Menu}. */
export interface MenuItem {
  id: string;
  /** Visible text; also used for type-ahead. */
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  tone?: 'default' | 'danger';
}

/** Props of {@link Menu}. */
export interface MenuProps {
  /** Content of the menu button, e.g. the account name. */
  label: ReactNode;
  /** Accessible name of the button when `label` is not plain text (or needs more context). */
  buttonAriaLabel?: string;
  items: readonly MenuItem[];
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
}

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or arrows open it, arrows, Home and End move,
 * typing a letter jumps, Enter or Space chooses, Escape closes and returns focus to the button.
 */
export function Menu({ label, buttonAriaLabel, items, variant = 'secondary', size = 'md', align = 'start' }: MenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[activeIndex]?.focus();
  }, [open, activeIndex]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (event.target instanceof Node && wrapperRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  const openAt = (index: number) => {
    setActiveIndex(index);
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    // Close and refocus first, so a dialog opened by the item records the button as its opener.
    close(true);
    item.onSelect();
  };

  const handleButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        setActiveIndex((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        setActiveIndex((index) => (index - 1 + count) % count);
        break;
      case 'Home':
        setActiveIndex(0);
        break;
      case 'End':
        setActiveIndex(count - 1);
        break;
      case 'Escape':
        // Handled here so a dialog around the menu does not close too.
        event.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLowerCase();
        const order = items.map((_, offset) => (activeIndex + 1 + offset) % count);
        const match = order.find((index) => items[index]?.label.toLowerCase().startsWith(letter));
        if (match !== undefined) setActiveIndex(match);
      }
    }
    event.preventDefault();
  };

  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  return (
    <div ref={wrapperRef} className={styles.wrapper}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={buttonAriaLabel}
        className={buttonClassName(variant, size)}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={handleButtonKeyDown}
      >
        {label}
        <span className={styles.chevron} aria-hidden="true">
          <ChevronDownIcon />
        </span>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={align === 'end' ? `${styles.menu} ${styles.alignEnd}` : styles.menu}
          onKeyDown={handleMenuKeyDown}
        >
          {items.map((item, index) => (
            <button
              key={item.id}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === activeIndex ? 0 : -1}
              aria-disabled={item.disabled || undefined}
              className={item.tone === 'danger' ? `${styles.item} ${styles.danger}` : styles.item}
              onClick={() => choose(item)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  event.stopPropagation();
                  choose(item);
                }
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
