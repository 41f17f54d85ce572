/**
 * Offers content to the user as a downloaded file: a temporary object URL on a temporary link, both
 * gone right after the click. The URL is revoked a moment later, once the browser has started reading
 * it (some start only after the click handler returns).
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
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
