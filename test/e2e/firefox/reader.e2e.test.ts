import { readerSuite } from '../suites/reader';

readerSuite('firefox');
