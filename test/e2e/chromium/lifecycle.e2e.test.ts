import { lifecycleSuite } from '../suites/lifecycle';

lifecycleSuite('chromium');
