import { lifecycleSuite } from '../suites/lifecycle';

lifecycleSuite('firefox');
