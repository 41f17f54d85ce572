import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { HostBridge } from '../../../bridge/contract';
import { useBridge } from '../../../runtime/react';
import type { ColumnsReport, FileNotice, PreviewModel } from '../../../import';

/** An uploaded file being previewed and fixed, before its users are created. */
export interface PreviewDraft {
  /** New for each upload: the preview's own state (filter, selection) starts afresh with it. */
  readonly id: number;
  /** The account it was checked against: a draft never shows in another account. */
  readonly accountId: string;
  readonly fileName: string;
  readonly model: PreviewModel;
  readonly notices: readonly FileNotice[];
  /** For a file read through the Columns step: the file, its columns and the mapping used, to open the step again. */
  readonly columns?: DraftColumns;
  /** The preview this one replaced by a change of columns, as it was: Undo goes back to it once this one has nothing left to undo. */
  readonly previous?: PreviewDraft;
  /** The preview a change of columns made, after Undo went back from it: Redo returns to it while this one is unchanged since. */
  readonly next?: { readonly draft: PreviewDraft; readonly atVersion: number };
}

/** The columns of an uploaded file and the mapping its rows were read with. */
export interface DraftColumns {
  readonly file: File;
  /** The file's columns with the suggested matches. */
  readonly report: ColumnsReport;
  /** Per template column, the file column used, or -1. */
  readonly choice: readonly number[];
}

let lastDraftId = 0;

/** An id for a new draft. */
export function nextDraftId(): number {
  lastDraftId += 1;
  return lastDraftId;
}

interface Holder {
  draft: PreviewDraft | null;
  /** The id of the user who uploaded the draft: it holds their people's names and emails. */
  owner: string | null;
  readonly listeners: Set<() => void>;
}

// Kept per host session, outside React, so the preview survives a change of tab and a session that
// expires and is renewed by the same user; it is dropped when the account changes (its checks were
// made for the old account) and when another user signs in on the same host session (it is the first
// user's data). Keyed by the session service, not the bridge object: a host may hand each mount a new
// bridge object over the same session. The holder hears the host only while a screen using it is
// mounted (a holder subscribed for good added two host listeners a visit); a change made while the app
// was away is caught up with when a screen mounts again.
const holders = new WeakMap<HostBridge['session'], Holder>();

function holderFor(bridge: HostBridge): Holder {
  const existing = holders.get(bridge.session);
  if (existing) return existing;
  const holder: Holder = { draft: null, owner: null, listeners: new Set() };
  holders.set(bridge.session, holder);
  return holder;
}

/** Drops the draft when the current account or user is not the one it was made for. */
function dropIfStale(holder: Holder, accountId: string, userId: string): void {
  if (holder.draft !== null && (holder.draft.accountId !== accountId || holder.owner !== userId)) replaceDraft(holder, null, null);
}

/** Keeps the holder's draft to its account and user while the calling screen is mounted. */
function useDropStaleDraft(bridge: HostBridge, holder: Holder): void {
  useEffect(() => {
    dropIfStale(holder, bridge.account.current().id, bridge.session.current().user.id);
    const stops = [
      bridge.account.subscribe((account) => dropIfStale(holder, account.id, bridge.session.current().user.id)),
      bridge.session.subscribe((state) => dropIfStale(holder, bridge.account.current().id, state.user.id)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [bridge, holder]);
}

function replaceDraft(holder: Holder, next: PreviewDraft | null, owner: string | null): void {
  holder.draft = next;
  holder.owner = next === null ? null : owner;
  for (const listener of [...holder.listeners]) listener();
}

/** The current user's draft in the current account, and a way to replace or drop it. */
export function usePreviewDraft(): [PreviewDraft | null, (draft: PreviewDraft | null) => void] {
  const bridge = useBridge();
  const holder = holderFor(bridge);
  useDropStaleDraft(bridge, holder);
  const subscribe = useCallback(
    (listener: () => void) => {
      holder.listeners.add(listener);
      return () => void holder.listeners.delete(listener);
    },
    [holder],
  );
  const draft = useSyncExternalStore(subscribe, () => holder.draft);
  const setDraft = useCallback((next: PreviewDraft | null) => replaceDraft(holder, next, bridge.session.current().user.id), [holder, bridge]);
  const current = draft !== null && draft.accountId === bridge.account.current().id && holder.owner === bridge.session.current().user.id ? draft : null;
  return [current, setDraft];
}
