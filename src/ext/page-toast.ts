/**
 * A short message over the page, from the always-injected content script: why the shortcut or
 * the menu item did nothing (not an article, too large or malformed). Its own shadow root, text
 * only; it removes itself after a few seconds.
 */
export const TOAST_ID = 'sina-clean-toast';

export function pageToast(doc: Document, message: string, ms = 4000): HTMLElement | null {
  if (!doc.body) return null;
  doc.getElementById(TOAST_ID)?.remove();
  const host = doc.createElement('sina-clean-toast');
  host.id = TOAST_ID;
  host.setAttribute('role', 'status');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent =
    ':host{all:initial !important;position:fixed !important;left:50% !important;bottom:24px !important;transform:translateX(-50%) !important;z-index:2147483647 !important;display:block !important}' +
    'div{font:14px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#1d1d1f;color:#fff;padding:10px 16px;border-radius:8px;max-width:80vw;box-shadow:0 4px 16px rgba(0,0,0,.25)}';
  const box = doc.createElement('div');
  box.setAttribute('data-testid', 'page-toast');
  box.textContent = message;
  root.append(style, box);
  doc.body.appendChild(host);
  setTimeout(() => host.remove(), ms);
  return host;
}
