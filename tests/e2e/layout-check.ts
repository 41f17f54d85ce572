import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/**
 * What a person would see wrong on the page as it is painted, each problem in words:
 * - the page scrolls sideways (WCAG 1.4.10: nothing but a grid may scroll horizontally);
 * - a grid cell outside its row's box once the grid is scrolled to its end (rows are painted on
 *   their own, so such a cell is never drawn);
 * - text cut by its box without an ellipsis, or with one but no way to read the rest (a title, an
 *   accessible name, or a grid cell, whose editor shows it whole);
 * - an element of the host's header or of an app's header bar overlapping another one of them, or
 *   the app over the host's header, or the Teams menu over the page beside it;
 * - a control of a header bar outside the window.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) => {
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `<${element.tagName.toLowerCase()}${element.getAttribute('role') ? ` role=${element.getAttribute('role')}` : ''}> "${name}"`;
    };
    const intersects = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const painted = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'contents';
    };

    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > window.innerWidth + 1)
      problems.push(`the page scrolls sideways: ${scroller.scrollWidth} px wide in a ${window.innerWidth} px window`);

    for (const grid of document.querySelectorAll<HTMLElement>('[role="grid"]')) {
      const before = grid.scrollLeft;
      grid.scrollLeft = grid.scrollWidth;
      for (const row of grid.querySelectorAll<HTMLElement>('[role="row"]')) {
        const box = row.getBoundingClientRect();
        for (const cell of row.querySelectorAll<HTMLElement>(':scope > [role="gridcell"], :scope > [role="columnheader"]')) {
          const rect = cell.getBoundingClientRect();
          if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
            problems.push(
              `grid "${grid.getAttribute('aria-label')}": cell ${cell.getAttribute('aria-colindex')} of row ${row.getAttribute('aria-rowindex')} is outside its row's box`,
            );
            break;
          }
        }
      }
      grid.scrollLeft = before;
    }

    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.children.length > 0 || !element.textContent?.trim() || !painted(element)) continue;
      if (element.closest('[aria-hidden="true"], [role="grid"] [role="row"] [role="gridcell"] input')) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' || element.scrollWidth <= element.clientWidth + 1) continue;
      // Visually hidden text (read by screen readers only) is cut on purpose.
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || (style.clip !== 'auto' && style.clip !== '') || style.clipPath !== 'none') continue;
      if (style.textOverflow !== 'ellipsis') {
        problems.push(`text cut without an ellipsis: ${describe(element)}`);
        continue;
      }
      const readable =
        element.closest('[title], [role="gridcell"], [role="columnheader"]') !== null ||
        element.closest('[aria-label]')?.getAttribute('aria-label')?.includes(element.textContent.trim()) === true;
      if (!readable) problems.push(`text cut with an ellipsis and no way to read the rest: ${describe(element)}`);
    }

    // The host's header and each app's title bar (the parent of its h1).
    const bars = [
      ...document.querySelectorAll<HTMLElement>('header'),
      ...[...document.querySelectorAll<HTMLElement>('[data-app] h1')].map((title) => title.parentElement),
    ]
      .filter((bar): bar is HTMLElement => bar !== null)
      .filter(painted);
    for (const bar of bars) {
      const items = [...bar.querySelectorAll<HTMLElement>('a, button, select, input, h1, h2, [role="status"]')].filter(painted);
      for (const [index, item] of items.entries()) {
        const rect = item.getBoundingClientRect();
        if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5) problems.push(`${describe(item)} of a header bar is outside the window`);
        for (const other of items.slice(index + 1)) {
          if (item.contains(other) || other.contains(item)) continue;
          if (intersects(rect, other.getBoundingClientRect())) problems.push(`${describe(item)} overlaps ${describe(other)} in a header bar`);
        }
      }
    }

    const hostHeader = document.querySelector('header');
    const app = document.querySelector('[data-app]');
    if (
      hostHeader &&
      app &&
      painted(app) &&
      hostHeader !== app &&
      !app.contains(hostHeader) &&
      intersects(hostHeader.getBoundingClientRect(), app.getBoundingClientRect())
    )
      problems.push('the app is painted over the host header');
    const menu = document.querySelector('[data-app="teams"] nav');
    const content = menu?.nextElementSibling;
    if (menu && content && painted(menu) && intersects(menu.getBoundingClientRect(), content.getBoundingClientRect()))
      problems.push('the Teams menu overlaps the page beside it');
    return problems;
  });
}

/** Focus after an action: on something, never on the page body (where a keyboard user is lost). */
export async function focusIsLost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

/** axe in Chromium with every rule on, colour contrast included: the violations, each in one line. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document.body, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: true } } });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes
          .map((node) => JSON.stringify(node.target))
          .slice(0, 4)
          .join(', ')}`,
    );
  });
}
