import { browser } from 'wxt/browser';
import { writeClipboard } from '../../src/ext/clipboard';
import { t } from '../../src/ext/i18n';
import { loadSettings, saveSettings } from '../../src/ext/settings-store';
import { library } from '../../src/library';
import { startLibraryPage } from '../../src/library/page';
import { CHANGE_CHANNEL } from '../../src/library/store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('libPageTitle');
const dark = window.matchMedia('(prefers-color-scheme: dark)');

const view = startLibraryPage(document.getElementById('app')!, {
  doc: document,
  open: library,
  tr: t,
  loadSettings,
  saveSettings,
  writeClipboard: (text) => writeClipboard(text, document),
  prefersDark: () => dark.matches,
  print: () => window.print(),
  search: location.search,
  download(name, mime, data) {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  onExternalChange(cb) {
    const channel = new BroadcastChannel(CHANGE_CHANNEL);
    channel.onmessage = () => cb();
  },
});
dark.addEventListener('change', () => void view.refresh());
