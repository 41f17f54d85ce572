/**
 * Saves content as a file the browser downloads: a temporary object URL on a temporary link, both
 * gone right after the click (the URL is revoked on the next task, once the download has started).
 */
export function saveFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file name from the user's file name, without its extension (`seats.xlsx` -> `seats`). */
export function baseName(fileName: string): string {
  const withoutExtension = fileName.replace(/\.[^.]+$/, '');
  return withoutExtension === '' ? 'seats' : withoutExtension;
}
