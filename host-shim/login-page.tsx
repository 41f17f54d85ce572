import { useState, type FormEvent } from 'react';
import type { LoginFailure } from '../src/host/http-auth';
import { DEMO_CREDENTIALS as demoCredentials } from '../mocks/data/seed';
import styles from './shim.module.css';

const failureMessages: Record<LoginFailure, string> = {
  'invalid-credentials': 'The username or password is incorrect.',
  'account-not-found': 'There is no account with that name.',
  'account-forbidden': 'This user does not have access to that account.',
  unavailable: 'The sign-in service is unavailable. Try again in a moment.',
};

/** The host's sign-in form. The password stays in this form's state until it is sent, then is cleared. */
export function LoginPage({ onSubmit }: { onSubmit(credentials: { username: string; password: string; accountName: string }): Promise<LoginFailure | null> }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [accountName, setAccountName] = useState('');
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await onSubmit({ username, password, accountName });
    setBusy(false);
    if (result) {
      setPassword('');
      setFailure(result);
    }
  }

  return (
    <main className={styles.loginPage}>
      <form className={styles.loginForm} onSubmit={submit} aria-labelledby="login-title" noValidate>
        <h1 id="login-title">Admin Portal</h1>
        <p>Sign in to manage your phone system.</p>
        <label htmlFor="login-username">Username</label>
        <input id="login-username" name="username" autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <label htmlFor="login-account">Account Name</label>
        <input id="login-account" name="accountName" required value={accountName} onChange={(event) => setAccountName(event.target.value)} />
        {failure ? (
          <p role="alert" className={styles.error} id="login-error">
            {failureMessages[failure]}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <aside className={styles.demo} aria-label="Demo sign-in">
          <h2>Demo sign-in</h2>
          <dl>
            <dt>Username</dt>
            <dd>
              <code>{demoCredentials.username}</code>
            </dd>
            <dt>Password</dt>
            <dd>
              <code>{demoCredentials.password}</code>
            </dd>
            <dt>Account Name</dt>
            <dd>
              <code>{demoCredentials.accountName}</code>
            </dd>
          </dl>
        </aside>
      </form>
    </main>
  );
}
