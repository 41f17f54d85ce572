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

/** The elements of `root` that Tab can reach, in document order. */
export function tabbableElements(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.closest('[hidden], [inert]'),
  );
}

/** Marks the layer that toasts render in: a modal leaves it live so announcements still reach users. */
export const TOAST_LAYER_ATTRIBUTE = 'data-pa-toast-layer';

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

/**
 * Modal behaviour shared by Dialog and SidePanel: initial focus, focus trap, Escape, an inert
 * background, and focus returned to the opener on close.
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

    // Everything else in the container becomes inert (not focusable, hidden from assistive tech),
    // except the toast layer. Previous states are restored, so stacked modals unwind correctly.
    const inerted: HTMLElement[] = [];
    const parent = layer.parentElement;
    if (parent) {
      for (const sibling of Array.from(parent.children)) {
        if (sibling === layer || !(sibling instanceof HTMLElement)) continue;
        if (sibling.hasAttribute('inert') || sibling.hasAttribute(TOAST_LAYER_ATTRIBUTE)) continue;
        sibling.setAttribute('inert', '');
        inerted.push(sibling);
      }
    }

    const target = initialFocusRef?.current ?? (contentRef?.current ? tabbableElements(contentRef.current)[0] : undefined) ?? panel;
    target.focus();

    return () => {
      for (const element of inerted) element.removeAttribute('inert');
      // Return focus only if it is still inside the closing modal (or lost to <body>): a caller that
      // moved focus on purpose (e.g. to a new row) keeps it.
      const active = document.activeElement;
      const focusIsOurs = active === null || active === document.body || panel.contains(active);
      if (opener && opener.isConnected && focusIsOurs && returnFocusRef.current?.() !== false) opener.focus();
    };
  }, [open, layer, panelRef, initialFocusRef, contentRef]);

  /** Keydown handler for the panel: Escape closes, Tab wraps around. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      // Stop here so a modal underneath (a dialog opened from a side panel) stays open.
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const panel = panelRef.current;
    if (!panel) return;
    const tabbable = tabbableElements(panel);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return { onKeyDown };
}
