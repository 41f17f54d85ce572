import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import styles from './data-table.module.css';
import type { DataTableEditOption } from './data-table-types';
import { Portal } from './portal';

interface DataTableEditorProps {
  /** The text the input opens with. */
  initial: string;
  label: string;
  invalid: boolean;
  /** The cell's messages, shown under the input and tied to it: a cell's own text is cut by its column. */
  messages?: readonly string[];
  /** Values offered in a list that typing filters (a combobox); the typed text is still accepted. */
  options?: readonly DataTableEditOption[];
  /** Focus left the input (a click elsewhere): its text is committed. One function for every row. */
  onBlur: (value: string) => void;
}

/** Text compared without case, spaces or phone punctuation, so `(415) 555-01` finds `+14155550150`. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s().+-]/g, '');
}

/** Room kept between the popup and the window's edges. */
const POPUP_MARGIN = 8;

/**
 * Where the popup goes: under the input, fixed to the viewport, and always inside the window. The
 * row clips its cells (it is laid out and painted on its own), so the popup lives in the app's portal
 * container, not in the cell. Near the right edge it is moved left to fit; with more room above the
 * input than below, it opens above; it is never taller than the room it has (it scrolls instead).
 * Measured after every render, as its content (the filtered list) changes its size.
 */
function usePopupPosition(inputRef: RefObject<HTMLInputElement | null>, popupRef: RefObject<HTMLDivElement | null>, shown: boolean): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  const place = useCallback(() => {
    const input = inputRef.current;
    if (!input) return;
    const box = input.getBoundingClientRect();
    const minWidth = Math.max(box.width, 220);
    const width = Math.max(popupRef.current?.offsetWidth ?? 0, minWidth);
    const height = popupRef.current?.scrollHeight ?? 0;
    const left = Math.round(Math.max(POPUP_MARGIN, Math.min(box.left, window.innerWidth - width - POPUP_MARGIN)));
    const below = Math.floor(window.innerHeight - box.bottom - 2 - POPUP_MARGIN);
    const above = Math.floor(box.top - 2 - POPUP_MARGIN);
    const next: CSSProperties =
      height > below && above > below
        ? { bottom: Math.round(window.innerHeight - box.top + 2), left, minWidth, maxHeight: above }
        : { top: Math.round(box.bottom + 2), left, minWidth, maxHeight: Math.max(below, 0) };
    setStyle((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
  }, [inputRef, popupRef]);
  // After each render: the popup's size follows the filter and the messages.
  useLayoutEffect(() => {
    if (shown) place();
  });
  useLayoutEffect(() => {
    if (!shown) return;
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [place, shown]);
  return style;
}

/**
 * The one input of a {@link DataTable} at a time, in the cell being edited. It takes focus on mount
 * with the caret after its text; Enter, Tab and Escape are handled by the grid, which knows where to
 * go next. Under it, the cell's messages (so a user fixing a value reads why it was refused) and,
 * with `options`, a listbox of allowed values (ARIA combobox pattern: arrows move, Enter or Tab take
 * the highlighted value, Escape cancels the edit, a value not in the list can still be typed).
 */
export function DataTableEditor({ initial, label, invalid, messages = [], options, onBlur }: DataTableEditorProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // null until the user types: the list opens with every value, not only those like the current text.
  const [filter, setFilter] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const shown = useMemo(() => {
    if (!options) return [];
    if (filter === null || filter.trim() === '') return options;
    const wanted = comparable(filter);
    return options.filter((option) => comparable(option.label).includes(wanted) || comparable(option.value).includes(wanted));
  }, [options, filter]);
  const expanded = shown.length > 0;
  const popupShown = expanded || messages.length > 0;
  const popupRef = useRef<HTMLDivElement>(null);
  const position = usePopupPosition(inputRef, popupRef, popupShown);
  const messagesId = messages.length > 0 ? `${id}-messages` : undefined;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useLayoutEffect(() => {
    if (active < 0) return;
    const element = listRef.current?.children[active];
    if (element instanceof HTMLElement) element.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!options || event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step === 1 ? 0 : shown.length - 1) : (current + step + shown.length) % shown.length));
      return;
    }
    // Enter and Tab go on to the grid, which commits the input's text: the highlighted value becomes it.
    const picked = shown[active];
    if ((event.key === 'Enter' || event.key === 'Tab') && picked) event.currentTarget.value = picked.value;
  };

  /** A click on a value: it becomes the text, and focus goes back to the cell, which commits it. */
  const pick = (option: DataTableEditOption) => {
    const input = inputRef.current;
    if (!input) return;
    input.value = option.value;
    input.closest<HTMLElement>('[data-col]')?.focus();
  };

  const activeOption = active >= 0 && active < shown.length ? optionId(active) : undefined;
  return (
    <>
      <input
        ref={inputRef}
        data-editor=""
        className={styles.editor}
        tabIndex={-1}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={messagesId}
        role={options ? 'combobox' : undefined}
        aria-autocomplete={options ? 'list' : undefined}
        aria-expanded={options ? expanded : undefined}
        aria-controls={options ? listId : undefined}
        aria-activedescendant={activeOption}
        defaultValue={initial}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setFilter(event.currentTarget.value);
          setActive(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={(event) => onBlur(event.currentTarget.value)}
      />
      {popupShown ? (
        <Portal>
          <div ref={popupRef} className={styles.editorPopup} style={position}>
            {messagesId ? (
              <ul id={messagesId} className={styles.editorMessages}>
                {messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
            {options ? (
              <ul ref={listRef} id={listId} role="listbox" aria-label={label} className={styles.editorOptions} hidden={!expanded}>
                {shown.map((option, index) => (
                  <li
                    key={option.value}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={styles.editorOption}
                    // The input keeps focus (and its edit) until the click picks the value.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(option)}
                  >
                    {option.label}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </Portal>
      ) : null}
    </>
  );
}
