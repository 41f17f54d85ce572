import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { HostBridge } from '../../../bridge/contract';
import { createFakeBridge, demoCredentials } from '../../../testing/fake-bridge';
import { BridgeProvider } from '../../../runtime/react';
import type { PreviewModel } from '../../../import';
import { nextDraftId, usePreviewDraft, type PreviewDraft } from './preview-draft';
import { login } from '../../../host/http-auth';
import { MOCK_BASE_URL } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';

withMockServer();

function renderDraft(bridge: HostBridge) {
  const wrapper = ({ children }: { children: ReactNode }) => <BridgeProvider bridge={bridge}>{children}</BridgeProvider>;
  return renderHook(() => usePreviewDraft(), { wrapper });
}

function draftIn(accountId: string): PreviewDraft {
  // The holder never reads the model: a plain object stands for it here.
  return { id: nextDraftId(), accountId, fileName: 'seats.csv', model: {} as PreviewModel, notices: [] };
}

describe('usePreviewDraft', () => {
  it('keeps the draft for the next mount of the same host session, even when that mount gets a new bridge object', () => {
    const host = createFakeBridge();
    const first = renderDraft({ ...host });
    const draft = draftIn(host.account.current().id);
    act(() => first.result.current[1](draft));
    first.unmount();
    const second = renderDraft({ ...host });
    expect(second.result.current[0]).toBe(draft);
  });

  it('drops the draft when the account changes, and another session starts without one', () => {
    const host = createFakeBridge();
    const mounted = renderDraft(host);
    act(() => mounted.result.current[1](draftIn(host.account.current().id)));
    act(() => host.host.setAccount({ id: '100002', name: 'Contoso' }));
    expect(mounted.result.current[0]).toBeNull();
    expect(renderDraft(createFakeBridge()).result.current[0]).toBeNull();
  });

  it('drops the draft when another user signs in on the same host session, and keeps it when the same user signs in again', async () => {
    const host = createFakeBridge();
    const mounted = renderDraft(host);
    const draft = draftIn(host.account.current().id);
    act(() => mounted.result.current[1](draft));
    const alex = await login(MOCK_BASE_URL, demoCredentials);
    if (!alex.ok) throw new Error('sign-in failed');
    act(() => {
      host.host.expireSession();
      host.host.renewSession(alex.tokens, alex.user);
    });
    expect(mounted.result.current[0]).toBe(draft);

    const fran = await login(MOCK_BASE_URL, { username: 'fran.fabrikam', password: 'Passw0rd!', accountName: 'Fabrikam Inc' });
    if (!fran.ok) throw new Error('sign-in failed');
    act(() => {
      host.host.expireSession();
      host.host.renewSession(fran.tokens, fran.user);
    });
    expect(mounted.result.current[0]).toBeNull();
    // Alex signing in again does not bring another user's view of it back either: it is gone.
    act(() => host.host.renewSession(alex.tokens, alex.user));
    expect(mounted.result.current[0]).toBeNull();
  });
});
