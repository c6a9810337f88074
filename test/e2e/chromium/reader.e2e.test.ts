import { readerSuite } from '../suites/reader';

readerSuite('chromium');
