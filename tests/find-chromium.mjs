// Where the end-to-end tests find their browser. Playwright cannot download its own browsers here,
// so the tests run in the system's Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium.
// Run directly (`node tests/find-chromium.mjs`, as `npm run test:e2e` does) it fails fast, with one
// line saying what to install, instead of a Playwright launch error after a full build.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const defaultChromiumPath = '/usr/bin/chromium';

/** Flags that work as root, with no GPU, on a closed network (the e2e config and specs share them). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** The Chromium executable the tests launch. */
export function chromiumPath() {
	return process.env.CHROMIUM_PATH || defaultChromiumPath;
}

/** @param {string} path */
function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const path = chromiumPath();
	if (!isExecutable(path)) {
		const from = process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : '';
		console.error(
			`No Chromium found at ${path}${from}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium executable.`
		);
		process.exit(1);
	}
}
