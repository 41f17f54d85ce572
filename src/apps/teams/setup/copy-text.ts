/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the page may use it (secure
 * context, permission), else a hidden textarea and the legacy copy command, which still works in
 * plain-HTTP hosts and in frames without the clipboard-write permission. Resolves to whether it worked.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && doc.defaultView?.isSecureContext) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, document not focused): the legacy path may still work.
    }
  }
  return copyWithSelection(text, doc);
}

function copyWithSelection(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off screen but rendered: a display:none element cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.appendChild(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied: boolean;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // The copy button keeps focus, so keyboard users stay where they were.
  previousFocus?.focus();
  return copied;
}
