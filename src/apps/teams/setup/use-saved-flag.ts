import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../../api';
import type { Tenant } from '../../../contract';

/** What {@link useSavedFlag} returns. */
export interface SavedFlag {
  /** What the switch shows: the value being saved, else the server's. */
  checked: boolean;
  saving: boolean;
  /** Why the last change was not saved (the switch is back to the server's value). */
  error: ApiError | null;
  change(enabled: boolean): void;
}

/**
 * An on/off setting of the tenant saved at once, optimistically: the switch moves on click, and moves
 * back with an error if the server refuses. When the user flips it again before an answer comes,
 * only the answer to the last change counts. `onRefused` hears every failure (a conflict means the
 * tenant changed meanwhile and is worth reading again).
 */
export function useSavedFlag(
  serverValue: boolean,
  save: (enabled: boolean) => Promise<ApiResult<Tenant>>,
  onSaved: (tenant: Tenant) => void,
  onRefused?: (error: ApiError) => void,
): SavedFlag {
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const change = useCallback(
    (enabled: boolean) => {
      const request = latest.current + 1;
      latest.current = request;
      setPending(enabled);
      setError(null);
      void save(enabled).then((result) => {
        if (!mounted.current || request !== latest.current) return;
        setPending(null);
        if (result.ok) onSaved(result.value);
        else {
          setError(result.error);
          onRefused?.(result.error);
        }
      });
    },
    [save, onSaved, onRefused],
  );

  return { checked: pending ?? serverValue, saving: pending !== null, error, change };
}
