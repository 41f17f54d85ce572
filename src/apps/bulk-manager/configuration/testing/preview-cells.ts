/**
 * Finds cells of the upload preview as a user does, by row number and column name, for component
 * tests and stories (plain DOM, so both testing libraries can use it). English texts.
 */

/** A header's text as it is announced: without what is hidden from assistive technology (the file's own header). */
function spokenText(cell: HTMLElement): string {
  const copy = cell.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return cell.textContent;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent;
}

function columnIndex(grid: HTMLElement, name: string): string {
  const header = [...grid.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((cell) => spokenText(cell) === name);
  const index = header?.getAttribute('aria-colindex');
  if (index === null || index === undefined) throw new Error(`The preview has no column ${name}`);
  return index;
}

/** The preview's cell in the row the user's file numbers `rowNumber`, under the header `column`; throws when that row is not rendered. */
export function previewCell(grid: HTMLElement, rowNumber: number, column: string): HTMLElement {
  const rowColumn = columnIndex(grid, 'Row');
  const target = columnIndex(grid, column);
  for (const row of grid.querySelectorAll<HTMLElement>('[role="row"]')) {
    if (row.querySelector(`[aria-colindex="${rowColumn}"]`)?.textContent !== String(rowNumber)) continue;
    const cell = row.querySelector<HTMLElement>(`[role="gridcell"][aria-colindex="${target}"]`);
    if (cell) return cell;
  }
  throw new Error(`Row ${rowNumber} of the preview is not rendered`);
}
