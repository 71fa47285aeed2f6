import { describe, expect, it } from 'vitest';
import { sandboxStorageKey, type KeyValueStorage } from '$lib/persist/sandbox';
import { encodeShare } from './codec';
import {
	defaultSandboxScenario,
	embedCode,
	exampleScenario,
	loadFromLocation,
	shareUrl
} from './location';

const storageWith = (value: string | null): KeyValueStorage => ({
	getItem: (key) => (key === sandboxStorageKey ? value : null),
	setItem: () => {},
	removeItem: () => {}
});

describe('opening /sim', () => {
	const inventory = exampleScenario('inventory');
	const link = encodeShare({ scenario: inventory, tick: 42, panels: ['events'] });
	if (!link.ok) throw new Error('encode failed');

	it('given a share link, reproduces its scenario, tick and panels', () => {
		expect(loadFromLocation({ hash: '#' + link.fragment }, { storage: null })).toEqual({
			scenario: inventory,
			tick: 42,
			panels: ['events'],
			source: 'link'
		});
	});

	it('given a broken link, returns the error', () => {
		const result = loadFromLocation({ hash: '#' + link.fragment.slice(0, 30) }, { storage: null });
		expect(result).toMatchObject({ error: { kind: 'truncated' } });
	});

	it('given no link, restores the saved sandbox', () => {
		const storage = storageWith(JSON.stringify(inventory));
		expect(loadFromLocation({ hash: '' }, { storage })).toMatchObject({
			scenario: inventory,
			source: 'saved'
		});
	});

	it('given no link and a corrupt saved sandbox, opens the default and says so', () => {
		expect(loadFromLocation({ hash: '#' }, { storage: storageWith('{oops') })).toEqual({
			scenario: defaultSandboxScenario(),
			tick: 0,
			panels: [],
			source: 'default',
			savedCorrupt: true
		});
	});
});

describe('link addresses', () => {
	it('drop the old query and fragment, and add ?embed=1 for embeds', () => {
		expect(shareUrl('https://x.org/a/sim?embed=1#old', 's1.abc')).toBe(
			'https://x.org/a/sim#s1.abc'
		);
		expect(shareUrl('https://x.org/a/sim', 's1.abc', true)).toBe(
			'https://x.org/a/sim?embed=1#s1.abc'
		);
	});

	it('escape the iframe attributes', () => {
		expect(embedCode('https://x.org/?a=1&b=2', 'A "run"')).toContain(
			'src="https://x.org/?a=1&amp;b=2" title="A &quot;run&quot;"'
		);
	});
});
