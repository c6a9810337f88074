import { librarySuite } from '../suites/library';

librarySuite('firefox');
