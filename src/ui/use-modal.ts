import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]',
].join(',');

/** Whether `element` is drawn: not in a `hidden` or `inert` subtree, nor under display: none or visibility: hidden. */
function isRendered(element: HTMLElement, root: HTMLElement): boolean {
  if (element.closest('[hidden], [inert], fieldset[disabled]')) return false;
  if (getComputedStyle(element).visibility === 'hidden') return false;
  for (let node: HTMLElement | null = element; node && node !== root; node = node.parentElement) {
    if (getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/** The radio buttons of `radio`'s group inside `root` (same name), in document order. */
function radioGroup(radio: HTMLInputElement, root: HTMLElement): HTMLInputElement[] {
  if (!radio.name) return [radio];
  return Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter((item) => item.name === radio.name && item.form === radio.form);
}

const isRadio = (element: Element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'radio';

/**
 * The elements of `root` that Tab can reach, in document order, as a browser counts them: hidden and
 * disabled elements are skipped, and a group of radio buttons is one stop (its checked button, or its
 * first when none is checked), since the arrow keys move inside the group.
 */
export function tabbableElements(root: HTMLElement): HTMLElement[] {
  const candidates = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.tabIndex >= 0 && isRendered(element, root));
  return candidates.filter((element) => {
    if (!isRadio(element)) return true;
    const group = radioGroup(element, root).filter((item) => candidates.includes(item));
    const checked = group.find((item) => item.checked);
    return element === (checked ?? group[0]);
  });
}

/** Whether `a` comes before `b` in the document. */
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * Where Tab (or Shift+Tab) goes from `active` inside `panel`: the next (or previous) tab stop in
 * document order, wrapping around, so focus never leaves the modal for the page behind it.
 */
export function nextTabStop(panel: HTMLElement, active: Element | null, backwards: boolean): HTMLElement | undefined {
  const stops = tabbableElements(panel);
  if (stops.length === 0) return undefined;
  const inside = active instanceof HTMLElement && active !== panel && panel.contains(active);
  if (!inside) return backwards ? stops[stops.length - 1] : stops[0];
  // The radio group of the active element counts as one stop: step over all of it.
  const group: readonly Element[] = isRadio(active) ? radioGroup(active, panel) : [active];
  const first = group[0] ?? active;
  const last = group[group.length - 1] ?? active;
  if (backwards) {
    const before = stops.filter((stop) => !group.includes(stop) && precedes(stop, first));
    return before[before.length - 1] ?? stops[stops.length - 1];
  }
  return stops.find((stop) => !group.includes(stop) && precedes(last, stop)) ?? stops[0];
}

/** The open modals' panels, the topmost last: only the topmost answers keys that land outside it. */
const openPanels: HTMLElement[] = [];

/** The page's own overflow and padding, kept while modals lock its scroll, to be put back when the last closes. */
let lockedPage: { overflow: string; paddingRight: string } | null = null;

/**
 * Stops the host page from scrolling behind an open modal (wheel and touch scroll the modal, not the
 * page under it). The scrollbar's width is kept as padding so the page does not shift sideways.
 * Stacked modals share one lock; the page gets its own styles back when the last one closes.
 */
function lockPageScroll(): void {
  if (openPanels.length > 0 || lockedPage !== null) return;
  const page = document.documentElement;
  lockedPage = { overflow: page.style.overflow, paddingRight: page.style.paddingRight };
  const scrollbar = window.innerWidth - page.clientWidth;
  page.style.overflow = 'hidden';
  if (scrollbar > 0) page.style.paddingRight = `${scrollbar}px`;
}

function unlockPageScroll(): void {
  if (openPanels.length > 0 || lockedPage === null) return;
  const page = document.documentElement;
  page.style.overflow = lockedPage.overflow;
  page.style.paddingRight = lockedPage.paddingRight;
  lockedPage = null;
}

/** Options of {@link useModal}. */
export interface UseModalOptions {
  open: boolean;
  onClose: () => void;
  /**
   * The layer element rendered into the portal container; its siblings become inert. An element,
   * not a ref: the portal container may appear a commit after `open` turns true (a dialog open on
   * the app's first render), and the effect must run again then.
   */
  layer: HTMLElement | null;
  /** The dialog element: focus stays inside it. */
  panelRef: RefObject<HTMLElement | null>;
  /** Where focus goes on open; defaults to the first tabbable element of `contentRef`, then the panel. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** The part searched for a default initial focus (body and footer, skipping the header's close button). */
  contentRef?: RefObject<HTMLElement | null>;
  /** Asked on close: false when the caller moves focus itself, so it does not go back to the opener. */
  returnFocus?: () => boolean;
}

/** Escape closes; Tab and Shift+Tab move through the modal's own tab stops, wrapping around. */
function handleModalKey(
  event: Pick<globalThis.KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault' | 'stopPropagation'>,
  panel: HTMLElement,
  close: () => void,
) {
  if (event.key === 'Escape') {
    // Stop here so a modal underneath (a dialog opened from a side panel) stays open.
    event.stopPropagation();
    event.preventDefault();
    close();
    return;
  }
  if (event.key !== 'Tab') return;
  event.preventDefault();
  (nextTabStop(panel, document.activeElement, event.shiftKey) ?? panel).focus();
}

/**
 * Modal behaviour shared by Dialog and SidePanel: initial focus, focus trap, Escape, an inert
 * background, the page's scroll locked behind it, and focus returned to the opener on close.
 */
export function useModal({ open, onClose, layer, panelRef, initialFocusRef, contentRef, returnFocus }: UseModalOptions) {
  // The latest onClose without re-running the open effect when the caller passes a new closure.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  const returnFocusRef = useRef(returnFocus);
  useEffect(() => {
    returnFocusRef.current = returnFocus;
  }, [returnFocus]);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    if (!layer || !panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;

    // Everything else in the container becomes inert (not focusable, hidden from assistive tech).
    // Previous states are restored, so stacked modals unwind correctly.
    const inerted: HTMLElement[] = [];
    const parent = layer.parentElement;
    if (parent) {
      for (const sibling of Array.from(parent.children)) {
        if (sibling === layer || !(sibling instanceof HTMLElement)) continue;
        if (sibling.hasAttribute('inert')) continue;
        sibling.setAttribute('inert', '');
        inerted.push(sibling);
      }
    }

    const defaultTarget = () => (contentRef?.current ? tabbableElements(contentRef.current)[0] : undefined) ?? panel;
    const target = initialFocusRef?.current ?? defaultTarget();
    target.focus();
    lockPageScroll();
    openPanels.push(panel);
    const isTopmost = () => openPanels[openPanels.length - 1] === panel;

    // The focused element can disappear while the modal is open (Send becomes the results, Upload
    // becomes Cancel while reading, a clicked backdrop): focus then falls to <body>, where Tab reaches
    // the page behind and Escape does nothing. Bring it back inside.
    const lost = () => {
      const active = document.activeElement;
      return active === null || active === document.body || active === document.documentElement;
    };
    const recover = () => {
      if (isTopmost() && panel.isConnected && lost()) defaultTarget().focus();
    };
    const observer = new MutationObserver(recover);
    observer.observe(panel, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert'] });
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) queueMicrotask(recover);
    };
    panel.addEventListener('focusout', onFocusOut);
    // A key pressed while focus is nowhere (before it is recovered) still belongs to the topmost modal.
    const onDocumentKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isTopmost() || !(event.target === document.body || event.target === document.documentElement)) return;
      handleModalKey(event, panel, () => onCloseRef.current());
    };
    document.addEventListener('keydown', onDocumentKeyDown);

    return () => {
      observer.disconnect();
      panel.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onDocumentKeyDown);
      const index = openPanels.lastIndexOf(panel);
      if (index >= 0) openPanels.splice(index, 1);
      unlockPageScroll();
      for (const element of inerted) element.removeAttribute('inert');
      // Return focus only if it is still inside the closing modal (or lost to <body>): a caller that
      // moved focus on purpose (e.g. to a new row) keeps it.
      const active = document.activeElement;
      const focusIsOurs = active === null || active === document.body || panel.contains(active);
      if (opener && opener.isConnected && focusIsOurs && returnFocusRef.current?.() !== false) opener.focus();
    };
  }, [open, layer, panelRef, initialFocusRef, contentRef]);

  /** Keydown handler for the panel. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const panel = panelRef.current;
    if (panel) handleModalKey(event, panel, () => onCloseRef.current());
  };

  return { onKeyDown };
}
