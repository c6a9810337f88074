import { extensionSuite } from '../suites/extension';

extensionSuite('chromium');
