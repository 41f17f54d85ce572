import { useEffect, type RefObject } from 'react';

/** True when a drag carries files from outside the page (not text or an element of the page). */
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

/**
 * While `active`, a file dragged over or dropped on the page anywhere but in `zone` is refused (the
 * "not allowed" cursor, and the drop is ignored) instead of the browser opening it and leaving the
 * portal, which would lose the user's work. The zone is found in the event's composed path, so it
 * counts inside a shadow root too.
 */
export function useFileDropGuard(active: boolean, zone?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!active) return;
    const guard = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      const allowed = zone?.current;
      if (allowed && event.composedPath().includes(allowed)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    document.addEventListener('dragover', guard);
    document.addEventListener('drop', guard);
    return () => {
      document.removeEventListener('dragover', guard);
      document.removeEventListener('drop', guard);
    };
  }, [active, zone]);
}
