/**
 * Writes text to the clipboard: the async Clipboard API where the context allows it, else the
 * older execCommand('copy') on a temporary textarea (plain-http pages have no navigator.clipboard).
 * `scope` is where the textarea goes (a shadow root keeps it out of the page's DOM).
 */
export async function copyToClipboard(text: string, doc: Document, scope?: ParentNode & Node): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard?.writeText) {
    try {
      await nav.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the legacy path
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const parent = scope ?? doc.body;
  parent.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
