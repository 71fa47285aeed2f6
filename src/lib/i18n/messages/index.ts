/**
 * Every UI string, by area. Each area's file holds an `en` and a `ko` dictionary with the same
 * keys (a spec checks they match). Add an area here when you add its file.
 */
import { common } from './common';
import { settings } from './settings';
import { panels } from './panels';

export const areas = [common, settings, panels] as const;
