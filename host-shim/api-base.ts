declare const __API_BASE_URL__: string;

/**
 * The reference backend's URL given at build time (API_BASE_URL, as `npm run start:http` does), or empty
 * when the host runs its mock backend in the page with MSW.
 */
const builtApiBaseUrl = typeof __API_BASE_URL__ === 'string' ? __API_BASE_URL__ : '';

/**
 * True when the mock backend runs in the page (MSW's service worker); false when the APIs are the
 * reference backend over real HTTP on another origin, so requests, CORS and body sizes are real.
 */
export const mocksInPage = builtApiBaseUrl === '';

/** Where sign-in, refresh and `api.fetch` send requests. */
export function apiBaseUrl(): string {
  return mocksInPage ? window.location.origin : builtApiBaseUrl;
}
