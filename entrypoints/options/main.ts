import { browser } from 'wxt/browser';
import { t } from '../../src/ext/i18n';
import { startOptions } from '../../src/ext/options';
import { loadSettings, saveSettings } from '../../src/ext/settings-store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optTitle');
startOptions(document.getElementById('app')!, { doc: document, loadSettings, saveSettings, tr: t });
