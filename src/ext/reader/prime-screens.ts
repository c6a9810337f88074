/**
 * The reader chunk's second module (entrypoints/reader.ts imports it before the engine): gives the
 * rule tables' screens the build worked out to src/rules/screen.ts, so that the tables' modules,
 * evaluated next, do not read their pattern sources on the user's click.
 */
import { primeScreens } from '../../rules/screen';
import { SCREEN_DATA } from './screen-data';

primeScreens(SCREEN_DATA);
