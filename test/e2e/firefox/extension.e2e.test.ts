import { extensionSuite } from '../suites/extension';

extensionSuite('firefox');
