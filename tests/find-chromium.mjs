// Where the end-to-end tests find their browser, so that `npm test` runs on a fresh machine:
// 1. CHROMIUM_PATH, when set (and then only it);
// 2. a Chromium or Chrome already installed (the usual Linux and macOS places);
// 3. Playwright's own Chromium, downloaded with `npx playwright install chromium` where that
//    download is reachable (it is not on every network: this machine's, for one);
// 4. Debian's `chromium` package, installed with apt-get when running as root.
// Run directly (`node tests/find-chromium.mjs`, as `npm run test:e2e` does) it tries each in turn,
// installing where it may, and only when all fail stops with one line saying what to install,
// instead of a Playwright launch error after a full build. The config only looks (no installs).
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Installed browsers, in the order they are preferred. */
export const installedPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

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

/** @param {string} path */
function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Playwright's own Chromium, when it has been downloaded. */
function playwrightChromium() {
	try {
		const path = chromium.executablePath();
		return path && isExecutable(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The Chromium executable the tests launch: CHROMIUM_PATH, else an installed one, else
 * Playwright's own (undefined: Playwright's default, which reports itself if missing).
 * @returns {string | undefined}
 */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return installedPaths.find(isExecutable) ?? playwrightChromium();
}

/** @param {string} command @param {string[]} args */
function tryRun(command, args) {
	try {
		execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
		return true;
	} catch {
		return false;
	}
}

/** Steps 3 and 4: install a browser where this machine allows it; the path found after, if any. */
function install() {
	console.error('No Chromium found: trying `npx playwright install chromium`…');
	if (tryRun('npx', ['playwright', 'install', 'chromium']) && playwrightChromium())
		return playwrightChromium();
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && isExecutable('/usr/bin/apt-get')) {
		console.error('Trying Debian’s package: `apt-get install -y chromium`…');
		tryRun('apt-get', ['update']);
		if (tryRun('apt-get', ['install', '-y', 'chromium']) && isExecutable('/usr/bin/chromium'))
			return '/usr/bin/chromium';
	}
	return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && !isExecutable(fromEnv)) {
		console.error(
			`No Chromium at ${fromEnv} (from CHROMIUM_PATH): point it at a Chromium executable.`
		);
		process.exit(1);
	}
	if (!chromiumPath() && !install()) {
		console.error(
			'No Chromium found: install Chromium or Chrome (Debian: `sudo apt-get install -y chromium`; elsewhere `npx playwright install chromium`), or set CHROMIUM_PATH to one.'
		);
		process.exit(1);
	}
}
