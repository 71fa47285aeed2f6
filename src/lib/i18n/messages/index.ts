/**
 * Every UI string, by area. Each area's file holds an `en` and a `ko` dictionary with the same
 * keys (a spec checks they match). Add an area here when you add its file.
 */
import { common } from './common';
import { home } from './home';
import { sim } from './sim';
import { labs } from './labs';
import { settings } from './settings';
import { sharing } from './sharing';
import { panels } from './panels';
import { spaceTime } from './spaceTime';
import { lessons } from './lessons';
import { model } from './model';
import { picture } from './picture';
import { storage } from './storage';
import { notes } from './notes';
import { lessonEdit } from './lessonEdit';

export const areas = [
	common,
	home,
	sim,
	labs,
	settings,
	sharing,
	panels,
	spaceTime,
	lessons,
	model,
	picture,
	storage,
	notes,
	lessonEdit
] as const;
