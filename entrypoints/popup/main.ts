import { browser } from 'wxt/browser';
import { writeClipboard } from '../../src/ext/clipboard';
import { t } from '../../src/ext/i18n';
import { startPopup, tabIdFromSearch } from '../../src/ext/popup';
import { localeOf } from '../../src/ext/locale-probe';
import { loadSettings } from '../../src/ext/settings-store';
import { libraryClient } from '../../src/library/client';
import { libraryPagePath } from '../../src/library/path';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

const given = tabIdFromSearch(location.search);

startPopup(document.getElementById('app')!, {
  doc: document,
  async tabId() {
    if (given !== undefined) return given;
    return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  },
  sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
  loadSettings,
  tr: t,
  locale: () => localeOf(t),
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
  // 文库: the popup is an extension page and opens the library's IndexedDB itself.
  library: libraryClient(),
  openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL(libraryPagePath()) }),
  showTab: (tabId) => browser.tabs.update(tabId, { active: true }),
  // The toolbar popup closes after clean/restore so the page is in view; a ?tabId= page stays.
  close: given === undefined ? () => setTimeout(() => window.close(), 600) : undefined,
});
