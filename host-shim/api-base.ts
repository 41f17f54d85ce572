declare const __API_BASE_URL__: string;

/**
 * The reference backend's URL given at build time (API_BASE_URL, as `npm run start:http` does), or empty
 * when the host runs its mock backend in the page with MSW.
 */
const builtApiBaseUrl = typeof __API_BASE_URL__ === 'string' ? __API_BASE_URL__ : '';

/** The page's `<meta name="…">` that names the backend when the page is served, without a rebuild. */
export const API_BASE_META = 'portal-api-base-url';

/**
 * Where the host's APIs are: the page's `<meta name="portal-api-base-url" content="http://…">` when it
 * has one (so one build serves either mode), else the URL given at build time, else '' (MSW in the page).
 */
export function resolveApiBaseUrl(built: string, page: Pick<Document, 'querySelector'> | undefined): string {
  const meta = page?.querySelector<HTMLMetaElement>(`meta[name="${API_BASE_META}"]`)?.content.trim() ?? '';
  return (meta || built).replace(/\/+$/, '');
}

const resolvedApiBaseUrl = resolveApiBaseUrl(builtApiBaseUrl, typeof document === 'undefined' ? undefined : document);

/**
 * True when the mock backend runs in the page (MSW's service worker); false when the APIs are the
 * reference backend over real HTTP on another origin, so requests, CORS and body sizes are real.
 */
export const mocksInPage = resolvedApiBaseUrl === '';

/** Where sign-in, refresh and `api.fetch` send requests. */
export function apiBaseUrl(): string {
  return mocksInPage ? window.location.origin : resolvedApiBaseUrl;
}
