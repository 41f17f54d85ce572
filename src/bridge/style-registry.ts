/**
 * Keeps this bundle's style elements out of the host page while no app of ours is mounted.
 *
 * webpack's style-loader hands every CSS module's <style> element to `insertStyle` (configured as its
 * `insert` function) once, when the module is first evaluated. We keep the elements here and put them
 * in the document only while at least one app is mounted, so unmounting the last app leaves no style
 * tag behind and a later mount brings them back without evaluating the modules again.
 */

const elements: HTMLElement[] = [];
let mounted = 0;

/** style-loader's insert hook: remember the element, and show it now if an app is mounted. */
export function insertStyle(element: HTMLElement): void {
  element.setAttribute('data-portal-apps', '');
  elements.push(element);
  if (mounted > 0) document.head.appendChild(element);
}

/** Called by an app's mount: puts our styles in the page (once, however many apps are mounted). */
export function attachStyles(): void {
  mounted += 1;
  if (mounted === 1) for (const element of elements) document.head.appendChild(element);
}

/** Called by an app's unmount: the last app out takes our styles out of the page. */
export function detachStyles(): void {
  mounted = Math.max(0, mounted - 1);
  if (mounted === 0) for (const element of elements) element.remove();
}
