import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openApp, signIn } from './browser';

/**
 * What the browser tests of Bulk Manager's import share: a scratch folder for downloads and uploads,
 * filled templates, the upload dialog and CSV parsing.
 */

/** A scratch folder for the calling test file, made before its tests and removed after. */
export function setupWorkDir(prefix: string): { path: string } {
  const holder = { path: '' };
  beforeAll(async () => {
    holder.path = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => {
    await fs.rm(holder.path, { recursive: true, force: true });
  });
  return holder;
}

/** The rows of a CSV we produced (its BOM dropped). */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

/** Clicks and returns the downloaded file's name and text. */
export async function download(page: Page, workDir: { path: string }, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const saved = path.join(workDir.path, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: await fs.readFile(saved, 'utf8') };
}

/** Options of {@link fillTemplate}. */
export interface FillOptions {
  /** Keeps emails distinct between test files: `fault` gives `fault.user3@example.org`. */
  tag: string;
  /** Last names are this and the row's index: `Tester3`. */
  lastName: string;
  /** The first row's extension; the next rows count up. */
  firstExtension: number;
  /** Changes some rows, to put errors in the file. */
  spoil?: (row: Record<string, string>, n: number) => void;
}

/** A filled template: its header row and `count` valid rows made in the test, `spoil` changing some. */
export function fillTemplate(header: string[], count: number, { tag, lastName, firstExtension, spoil }: FillOptions): string {
  const lines = [header];
  for (let n = 0; n < count; n++) {
    const row: Record<string, string> = {
      'First Name': `Ada${n}`,
      'Last Name': `${lastName}${n}`,
      Email: `${tag}.user${n}@example.org`,
      Extension: String(firstExtension + n),
      Site: ['Headquarters', 'Branch Office', 'Remote'][n % 3] ?? 'Remote',
      Role: 'User',
      'Device Model': 'Softphone',
      'Address Book': 'Yes',
    };
    spoil?.(row, n);
    lines.push(header.map((column) => row[column] ?? ''));
  }
  return Papa.unparse(lines, { newline: '\r\n' });
}

/** Signs in, opens Bulk Manager's Configuration tab, and returns the downloaded template's header row. */
export async function openConfiguration(page: Page, workDir: { path: string }): Promise<string[]> {
  await signIn(page);
  await openApp(page, 'Bulk Manager');
  await page.getByText('The seat template has 12 columns.').waitFor();
  const template = await download(page, workDir, () => page.getByRole('button', { name: 'Download CSV template' }).click());
  if (template.name !== 'seat-template.csv') throw new Error(`The template downloaded as ${template.name}`);
  const [header] = parseCsv(template.text);
  if (!header) throw new Error('The template has no header row');
  return header;
}

/** Writes the file and sends it through the Upload file dialog, which closes once it is read. */
export async function uploadFile(page: Page, workDir: { path: string }, fileName: string, text: string): Promise<void> {
  const file = path.join(workDir.path, fileName);
  await fs.writeFile(file, text, 'utf8');
  await page.getByRole('button', { name: 'Upload file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload file' });
  await dialog.getByLabel(/Browse files/).setInputFiles(file);
  await dialog.getByText(fileName).waitFor();
  await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30_000 });
}

/**
 * The preview's cell in the row the file numbers `rowNumber`, under the header `column` (English
 * texts). Cells are text; clicking one opens its editor, named "<column>, row <n>".
 */
export async function previewCell(page: Page, rowNumber: number, column: string): Promise<Locator> {
  const grid = page.getByRole('grid').first();
  const indexOf = async (name: string) => {
    const index = await grid.getByRole('columnheader', { name, exact: true }).getAttribute('aria-colindex');
    if (index === null) throw new Error(`The preview has no column ${name}`);
    return index;
  };
  const [rowColumn, target] = [await indexOf('Row'), await indexOf(column)];
  return grid.locator(`[role="row"]:has(> [aria-colindex="${rowColumn}"]:text-is("${rowNumber}")) > [aria-colindex="${target}"]`);
}
