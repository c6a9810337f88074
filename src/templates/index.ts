import type { Template } from './types';
import { seed } from './seed';
import { mobile } from './mobile';
import { pc2017 } from './pc2017';
import { pc2012 } from './pc2012';
import { legacy } from './legacy';
import { fragment } from './fragment';
import { readability } from './readability';

/** Asked in order; the first whose `matches` says yes extracts. Readability is last and takes anything. */
export const TEMPLATES: readonly Template[] = [seed, mobile, pc2017, pc2012, legacy, fragment, readability];

export type { Template, TemplateResult, PageInput } from './types';
