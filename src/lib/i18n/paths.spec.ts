import { describe, expect, it } from 'vitest';
import { langOfPath, localizeResolved, withLang, withoutLang } from './paths';

describe('language in the path', () => {
	it('reads Korean only from a whole /ko segment', () => {
		expect(langOfPath('/ko')).toBe('ko');
		expect(langOfPath('/ko/sim')).toBe('ko');
		expect(langOfPath('/sim')).toBe('en');
		expect(langOfPath('/kofi')).toBe('en');
		expect(langOfPath('/lessons/ko')).toBe('en');
	});

	it('adds and removes the prefix, keeping query and fragment', () => {
		expect(withLang('/sim', 'ko')).toBe('/ko/sim');
		expect(withLang('/', 'ko')).toBe('/ko');
		expect(withLang('/?embed=1', 'ko')).toBe('/ko?embed=1');
		expect(withLang('/sim#s2.abc', 'ko')).toBe('/ko/sim#s2.abc');
		expect(withLang('/ko/sim', 'ko')).toBe('/ko/sim');
		expect(withLang('/ko/sim', 'en')).toBe('/sim');
		expect(withoutLang('/ko')).toBe('/');
	});

	it('localizes a link resolved against a relative base as prerendering does', () => {
		// On /ko/lessons/x the base is ../.. : the Korean sandbox is ../../ko/sim.
		expect(localizeResolved('../../sim', '../../', 'ko')).toBe('../../ko/sim');
		expect(localizeResolved('./', './', 'ko')).toBe('./ko');
		expect(localizeResolved('/lessons', '/', 'ko')).toBe('/ko/lessons');
		expect(localizeResolved('/repo/sim', '/repo/', 'ko')).toBe('/repo/ko/sim');
		expect(localizeResolved('/repo/sim', '/repo/', 'en')).toBe('/repo/sim');
	});

	it('resolves to the page the link names, from the page it is on', () => {
		const open = (from: string, href: string) => new URL(href, `https://x.test${from}`).pathname;
		expect(open('/ko/lessons/x', localizeResolved('../../sim', '../../', 'ko'))).toBe('/ko/sim');
		expect(open('/ko', localizeResolved('./sim', './', 'ko'))).toBe('/ko/sim');
		// SvelteKit's relative base on /ko/sim is ../ (one segment below the root).
		expect(open('/ko/sim', localizeResolved('../', '../', 'ko'))).toBe('/ko');
	});
});
