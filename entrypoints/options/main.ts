import { browser } from 'wxt/browser';
import { t } from '../../src/ext/i18n';
import { startOptions } from '../../src/ext/options';
import { loadSettings, saveSettings } from '../../src/ext/settings-store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optTitle');
const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
startOptions(document.getElementById('app')!, {
  doc: document,
  loadSettings,
  saveSettings,
  tr: t,
  commands: () => browser.commands.getAll(),
  browserName: import.meta.env.BROWSER,
  // Firefox (137+) opens its shortcut page itself; Chrome's is a chrome:// page an extension may open.
  openShortcutSettings: () =>
    void (commands.openShortcutSettings
      ? commands.openShortcutSettings()
      : browser.tabs.create({ url: 'chrome://extensions/shortcuts' })),
});
