import { useCallback, useMemo, useRef, useState } from 'react';
import type { ToastMessage } from './toast';

/** What {@link useToasts} returns. */
export interface ToastQueue {
  toasts: readonly ToastMessage[];
  /** Adds a toast and returns its id (generated unless given). */
  show: (toast: Omit<ToastMessage, 'id'> & { id?: string }) => string;
  dismiss: (id: string) => void;
}

/**
 * A small state holder for {@link ToastRegion}: `show` from anywhere in the app, `dismiss` on timeout.
 */
export function useToasts(): ToastQueue {
  const [toasts, setToasts] = useState<readonly ToastMessage[]>([]);
  const counter = useRef(0);
  const show = useCallback((toast: Omit<ToastMessage, 'id'> & { id?: string }) => {
    counter.current += 1;
    const id = toast.id ?? `toast-${counter.current}`;
    setToasts((current) => [...current.filter((existing) => existing.id !== id), { ...toast, id }]);
    return id;
  }, []);
  const dismiss = useCallback((id: string) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  return useMemo(() => ({ toasts, show, dismiss }), [toasts, show, dismiss]);
}
