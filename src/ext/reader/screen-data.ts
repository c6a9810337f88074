/**
 * The rule tables' screens as the build works them out (src/ext/tools/screen-data.ts replaces this
 * module's content in the extension build). Empty here: unit tests and Node derive them at run time.
 */
import type { ScreenData } from '../../rules/screen';

export const SCREEN_DATA: Readonly<Record<string, ScreenData | null>> = {};
