/**
 * Keeps this bundle's style elements out of the host page while no app of ours is mounted.
 *
 * webpack's style-loader hands every CSS module's <style> element to `insertStyle` (configured as its
 * `insert` function) once, when the module is first evaluated. We keep the elements here and put them
 * in the document only while at least one app is mounted, so unmounting the last app leaves no style
 * tag behind and a later mount brings them back without evaluating the modules again.
 *
 * Under a Content-Security-Policy without `style-src 'unsafe-inline'`, a <style> element applies only
 * with the policy's nonce. The host page states it as `<meta property="csp-nonce" nonce="…">` (the
 * convention Vite and others read too); every element we put in the page carries it.
 */

const elements: HTMLElement[] = [];
let mounted = 0;

/**
 * The page's style nonce. Browsers hide a `nonce` attribute's value from `getAttribute` once the page
 * is parsed, so it is read through the `nonce` property; `content` is accepted for pages that put it there.
 */
function pageStyleNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('content') || '';
}

/** Puts one of our elements in the page, with the page's nonce (read each time: a host may set it late). */
function show(element: HTMLElement): void {
  const nonce = pageStyleNonce();
  if (nonce) element.nonce = nonce;
  document.head.appendChild(element);
}

/** style-loader's insert hook: remember the element, and show it now if an app is mounted. */
export function insertStyle(element: HTMLElement): void {
  element.setAttribute('data-portal-apps', '');
  elements.push(element);
  if (mounted > 0) show(element);
}

/** Called by an app's mount: puts our styles in the page (once, however many apps are mounted). */
export function attachStyles(): void {
  mounted += 1;
  if (mounted === 1) for (const element of elements) show(element);
}

/** Called by an app's unmount: the last app out takes our styles out of the page. */
export function detachStyles(): void {
  mounted = Math.max(0, mounted - 1);
  if (mounted === 0) for (const element of elements) element.remove();
}
