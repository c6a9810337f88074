import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground, MENU_ID } from '../src/ext/background';
import { READER_CHUNK_PATH, READER_EXTRAS_PATH } from '../src/ext/chunks';
import { t } from '../src/ext/i18n';
import { asBackgroundMessage, listen } from '../src/ext/messages';
import { localeOf } from '../src/ext/locale-probe';
import { handleLibraryMessage } from '../src/library/messages';
import { CONTENT_MATCHES } from '../src/ext/urls';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; same badge/title calls.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const COLORS = { cleaned: '#c4161c', recognised: '#1a7f37', refused: '#6b6b70' } as const;
  const TITLES = { none: 'extName', recognised: 'actionTitleRecognised', cleaned: 'actionTitleRecognised', refused: 'actionTitleRefused' } as const;
  const BADGES = { none: '', recognised: 'badgeRecognised', cleaned: 'badgeCleaned', refused: 'badgeRefused' } as const;

  // The table the i18n API reads, worked out on the first toggle (the browser's UI language is
  // fixed while it runs): the reader in the tab then reads its strings from its own copy.
  let locale: ReturnType<typeof localeOf> | undefined;
  const bg = createBackground({
    sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
    locale: () => (locale === undefined ? (locale = localeOf(t)) : locale),
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    // Firefox: the reader chunk goes into the tab as a script (Firefox keeps its compiled code).
    injectReader: import.meta.env.FIREFOX
      ? (tabId, frameId, part) =>
          browser.tabs.executeScript(tabId, { file: part === 'extras' ? READER_EXTRAS_PATH : READER_CHUNK_PATH, frameId, runAt: 'document_idle' })
      : undefined,
    // 文库: save / look up an Article for the reader in a page (it cannot reach the extension's IndexedDB).
    library: (msg) => handleLibraryMessage(msg),
    async setBadge(tabId, state) {
      await action.setBadgeText({ tabId, text: BADGES[state] ? t(BADGES[state]) : '' });
      if (state !== 'none') await action.setBadgeBackgroundColor({ tabId, color: COLORS[state] });
      await action.setTitle({ tabId, title: t(TITLES[state]) });
    },
  });

  listen(browser.runtime.onMessage, asBackgroundMessage, (msg, sender: { tab?: { id?: number }; frameId?: number }) => bg.handle(msg, sender));
  browser.commands.onCommand.addListener((command, tab) => void bg.onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void bg.onMenuClick(info, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') bg.onTabNavigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => bg.onTabRemoved(tabId));

  // Recreated on every start: Chrome keeps menus across restarts, Firefox event pages may not.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuToggle'),
      contexts: ['page'],
      documentUrlPatterns: [...CONTENT_MATCHES],
    }),
  );
});
