// A tiny static server for a copy of the built site (build/ is shared and rebuilt by others):
// node tests/perf/serve.mjs <dir> <port>. `/sim` serves `sim.html`, like the static host would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir, port] = [process.argv[2], Number(process.argv[3] ?? 4191)];
const types = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json'
};
createServer(async (req, res) => {
	const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
		/^\/+/,
		''
	);
	const candidates = extname(path) ? [path] : [`${path}.html`, join(path, 'index.html')];
	for (const candidate of candidates) {
		try {
			const body = await readFile(join(dir, candidate));
			res.writeHead(200, {
				'content-type': types[extname(candidate)] ?? 'application/octet-stream'
			});
			return res.end(body);
		} catch {
			// try the next candidate
		}
	}
	res.writeHead(404).end();
}).listen(port, '127.0.0.1');
