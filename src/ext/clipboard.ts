/**
 * Writes text to the clipboard: the async Clipboard API first, then a hidden textarea and
 * execCommand('copy') (insecure http pages, older engines). The textarea goes into `container`
 * (the reader's shadow root in pages, so the page DOM is never touched).
 */
export async function writeClipboard(text: string, doc: Document, container?: Node): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  try {
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    (container ?? doc.body).appendChild(ta);
    ta.select();
    const ok = doc.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}
