import { hostileSuite } from '../suites/hostile';

hostileSuite('firefox');
