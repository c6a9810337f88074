import { hostileSuite } from '../suites/hostile';

hostileSuite('chromium');
