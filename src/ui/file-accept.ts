/**
 * Whether a file matches an accept list of extensions (".csv") and MIME types ("text/csv",
 * "image/*"), the same syntax as the input's `accept` attribute. The browser's picker already
 * filters, but drag and drop does not, so drops are checked here.
 */
export function fileMatchesAccept(file: Pick<File, 'name' | 'type'>, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((raw) => {
    const entry = raw.trim().toLowerCase();
    if (entry.startsWith('.')) return name.endsWith(entry);
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
    return entry !== '' && type === entry;
  });
}
