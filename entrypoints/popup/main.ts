import { browser } from 'wxt/browser';
import { writeClipboard } from '../../src/ext/clipboard';
import { t } from '../../src/ext/i18n';
import { startPopup, tabIdFromSearch } from '../../src/ext/popup';
import { loadSettings } from '../../src/ext/settings-store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

startPopup(document.getElementById('app')!, {
  doc: document,
  async tabId() {
    const given = tabIdFromSearch(location.search);
    if (given !== undefined) return given;
    return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  },
  sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
  send: (msg) => browser.runtime.sendMessage(msg),
  loadSettings,
  tr: t,
  writeClipboard: (text) => writeClipboard(text, document),
  download(name, mime, body) {
    const url = URL.createObjectURL(new Blob([body], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
});
