import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The design tokens of app-root.module.css, read from the file the apps ship. */
const tokens = Object.fromEntries(
  [...readFileSync(path.resolve('src/ui/app-root.module.css'), 'utf8').matchAll(/--pa-color-([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((match) => [
    match[1],
    match[2],
  ]),
);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// Every surface a text colour can sit on: a row under the pointer (hover) and a selected row included.
const surfaces = ['surface', 'surface-muted', 'surface-hover', 'selected', 'success-surface', 'danger-surface'];
const texts = ['text', 'text-muted', 'primary', 'danger', 'success', 'warning', 'link'];

describe('the palette', () => {
  it.each(texts)('gives %s text at least 4.5:1 on every surface (WCAG AA)', (text) => {
    const colour = tokens[text];
    expect(colour).toBeDefined();
    for (const surface of surfaces) {
      const background = tokens[surface];
      expect(background).toBeDefined();
      expect(contrast(colour ?? '', background ?? ''), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives control borders at least 3:1 on the surfaces controls sit on', () => {
    for (const surface of ['surface', 'surface-muted', 'surface-hover'])
      expect(contrast(tokens.border ?? '', tokens[surface] ?? ''), surface).toBeGreaterThanOrEqual(3);
  });
});
