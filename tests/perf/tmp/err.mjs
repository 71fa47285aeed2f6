import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message, e.stack?.split('\n').slice(0,4).join('\n')));
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4174/sim');
await page.waitForTimeout(4000);
await browser.close();
