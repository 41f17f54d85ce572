import './app-root.module.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { IconButton } from './icon-button';
import { CloseIcon } from './icons';
import { Portal } from './portal';
import styles from './toast.module.css';
import { TOAST_LAYER_ATTRIBUTE } from './use-modal';

/** The tone of a toast; shown by a coloured edge, so the message itself must say what happened. */
export type ToastKind = 'info' | 'success' | 'warning' | 'error';

/** One notification. */
export interface ToastMessage {
  id: string;
  message: ReactNode;
  kind?: ToastKind;
  /** Milliseconds before it dismisses itself; `null` keeps it until dismissed (use for errors the user must read). */
  duration?: number | null;
  /** An optional action such as "Undo" or "View". */
  action?: { label: string; onClick: () => void };
}

/** Props of {@link Toast}. */
export interface ToastProps {
  toast: ToastMessage;
  onDismiss: (id: string) => void;
  /** Accessible name of the dismiss button, e.g. "Dismiss". */
  dismissLabel: string;
  /** Used when the toast has no duration of its own. */
  defaultDuration: number | null;
}

/**
 * One notification with a dismiss button. Its timer pauses while the pointer is over it or focus is
 * inside it, so nobody loses a message while reading or reaching it (WCAG 2.2.1).
 */
export function Toast({ toast, onDismiss, dismissLabel, defaultDuration }: ToastProps) {
  const duration = toast.duration === undefined ? defaultDuration : toast.duration;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const remaining = useRef(duration ?? 0);
  const onDismissRef = useRef(onDismiss);
  useEffect(() => {
    onDismissRef.current = onDismiss;
  }, [onDismiss]);

  const paused = hovered || focused;
  useEffect(() => {
    if (duration === null || paused) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => onDismissRef.current(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - startedAt));
    };
  }, [duration, paused, toast.id]);

  return (
    <li
      className={[styles.toast, toast.kind ? styles[toast.kind] : undefined].filter(Boolean).join(' ')}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <div className={styles.message}>{toast.message}</div>
      <div className={styles.actions}>
        {toast.action ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              toast.action?.onClick();
              onDismiss(toast.id);
            }}
          >
            {toast.action.label}
          </Button>
        ) : null}
        <IconButton label={dismissLabel} icon={<CloseIcon />} size="sm" onClick={() => onDismiss(toast.id)} />
      </div>
    </li>
  );
}

/** Props of {@link ToastRegion}. */
export interface ToastRegionProps {
  toasts: readonly ToastMessage[];
  onDismiss: (id: string) => void;
  /** Name of the notifications landmark, e.g. "Notifications". */
  label: string;
  /** Accessible name of each dismiss button, e.g. "Dismiss". */
  dismissLabel: string;
  /** Milliseconds a toast stays when it sets no duration; `null` for never. Defaults to 6000. */
  defaultDuration?: number | null;
}

/**
 * The app's toast stack: a polite live region, rendered in the portal container and left active
 * while a modal is open so messages are still announced. Mount it once, always (even when empty),
 * because screen readers only announce changes to a live region that already exists.
 */
export function ToastRegion({ toasts, onDismiss, label, dismissLabel, defaultDuration = 6000 }: ToastRegionProps) {
  const layerAttribute = { [TOAST_LAYER_ATTRIBUTE]: '' };
  return (
    <Portal>
      <section {...layerAttribute} aria-label={label} className={styles.layer}>
        <ol className={styles.list} aria-live="polite" aria-relevant="additions text">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} onDismiss={onDismiss} dismissLabel={dismissLabel} defaultDuration={defaultDuration} />
          ))}
        </ol>
      </section>
    </Portal>
  );
}
