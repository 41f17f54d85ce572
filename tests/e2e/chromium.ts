import fs from 'node:fs';

/** Where Debian's Chromium is (or CHROMIUM_PATH), or null when there is none on this machine. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string =>
    Boolean(candidate),
  );
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** Flags that keep Chromium quiet on a machine without a network (see TOOLCHAIN.md). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
