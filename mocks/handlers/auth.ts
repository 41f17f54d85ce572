import { accountIdSchema } from '../../src/contract';
import { fail, MockHttpError, ok, type RouteImpls } from './define';

/** Sign-in, token refresh, sign-out and account lookup. */
export const authImpls: RouteImpls<'login' | 'refresh' | 'logout' | 'getAccount' | 'whoAmI'> = {
  login: ({ backend, body }) => {
    const user = backend.state.users.find((item) => item.username.toLowerCase() === body.username.toLowerCase());
    // Same answer for an unknown user and a wrong password, so that names cannot be probed.
    if (!user || user.password !== body.password) return fail(401, 'invalid-credentials', 'Wrong username or password');
    const account = backend.findAccountByName(body.accountName);
    if (!account) return fail(404, 'account-not-found', `No account is named "${body.accountName}"`);
    if (!user.accountIds.includes(account.id)) return fail(403, 'account-forbidden', `${user.username} may not open ${account.name}`);
    const session = backend.openSession(user.id);
    return ok(200, {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresIn: backend.sessionConfig.accessTokenTtlSeconds,
      user: { id: user.id, username: user.username, displayName: user.displayName },
      account: { id: account.id, name: account.name },
    });
  },
  refresh: ({ backend, body }) => {
    const result = backend.refreshSession(body.refreshToken);
    if (!result.ok) return fail(401, result.code, 'The refresh token is unknown or expired; sign in again');
    return ok(200, {
      accessToken: result.session.accessToken,
      refreshToken: result.session.refreshToken,
      expiresIn: backend.sessionConfig.accessTokenTtlSeconds,
    });
  },
  logout: ({ backend, session }) => {
    backend.closeSession(session.accessToken);
    return { status: 204, body: undefined };
  },
  getAccount: ({ backend, params, user }) => {
    if (!accountIdSchema.safeParse(params.accountId).success) return fail(400, 'invalid-account-id', 'An account ID has six digits');
    const account = backend.findAccount(params.accountId);
    if (!account) return fail(404, 'account-not-found', `No account has the ID ${params.accountId}`);
    if (!user.accountIds.includes(account.id)) return fail(403, 'account-forbidden', `You may not open account ${account.id}`);
    return ok(200, { id: account.id, name: account.name });
  },
  whoAmI: ({ backend, user, accountId }) => {
    // The pipeline has already checked that the header names an account this user may open.
    const account = backend.findAccount(accountId);
    if (!account) throw new MockHttpError(403, 'account-forbidden', `You may not open account ${accountId}`);
    return ok(200, { user: { id: user.id, username: user.username, displayName: user.displayName }, account: { id: account.id, name: account.name } });
  },
};
