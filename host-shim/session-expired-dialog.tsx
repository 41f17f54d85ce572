import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { login } from '../src/host/http-auth';
import { apiBaseUrl } from './api-base';
import type { ShimSession } from './session';
import styles from './shim.module.css';

/** When the session expires, the host asks for the password again; the apps stay mounted and resume. */
export function SessionExpiredDialog({ session }: { session: ShimSession }) {
  const { bridge } = session;
  const state = useSyncExternalStore(bridge.session.subscribe, bridge.session.current);
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const expired = state.status === 'expired';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (expired && !dialog.open) dialog.showModal();
    if (!expired && dialog.open) dialog.close();
  }, [expired]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login(apiBaseUrl(), {
      username: state.user.username,
      password,
      accountName: bridge.account.current().id,
    });
    setPassword('');
    if (!result.ok) {
      setFailed(true);
      return;
    }
    setFailed(false);
    bridge.host.renewSession(result.tokens, result.user);
  }

  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="session-expired-title" onCancel={(event) => event.preventDefault()}>
      <form onSubmit={submit}>
        <h2 id="session-expired-title">Your session has expired</h2>
        <p>Sign in again as {state.user.username} to continue where you left off.</p>
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={state.user.username} readOnly hidden />
        <label htmlFor="relogin-password">Password</label>
        <input id="relogin-password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        {failed ? <p role="alert">The password is incorrect.</p> : null}
        <button type="submit">Sign in</button>
      </form>
    </dialog>
  );
}
