import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extract } from '../src/engine/extract';
import { createBackground, MENU_ID } from '../src/ext/background';
import { t } from '../src/ext/i18n';
import { listen } from '../src/ext/messages';
import { handleLibraryMessage } from '../src/library/messages';
import { CONTENT_MATCHES } from '../src/ext/urls';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; same badge/title calls.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const bg = createBackground({
    extract,
    sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    async setBadge(tabId, state) {
      const text = state === 'cleaned' ? t('badgeCleaned') : state === 'recognised' ? t('badgeRecognised') : '';
      await action.setBadgeText({ tabId, text });
      if (state !== 'none') {
        await action.setBadgeBackgroundColor({ tabId, color: state === 'cleaned' ? '#c4161c' : '#1a7f37' });
      }
      await action.setTitle({ tabId, title: state === 'none' ? t('extName') : t('actionTitleRecognised') });
    },
  });

  listen(browser.runtime.onMessage, (msg, sender: { tab?: { id?: number } }) => bg.handle(msg, sender));
  // 文库: save / look up an Article (for the content script, which cannot reach the extension's IndexedDB).
  listen(browser.runtime.onMessage, (msg) => handleLibraryMessage(msg));
  browser.commands.onCommand.addListener((command, tab) => void bg.onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void bg.onMenuClick(info, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined || change.status === 'loading') bg.onTabNavigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => bg.onTabRemoved(tabId));

  // Recreated on every start: Chrome keeps menus across restarts, Firefox event pages may not.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuToggle'),
      contexts: ['page'],
      documentUrlPatterns: CONTENT_MATCHES,
    }),
  );
});
