import { librarySuite } from '../suites/library';

librarySuite('chromium');
