'use strict';
// The sandbox control client sends a call again when the connection was reset before it was read (a keep-alive
// socket the sandbox closed while idle — the reliability suite's --full run lost Zhenling and ZhiGuanChe to it).
const http = require('node:http');
const { sandboxControl } = require('../../helpers/vendor-sandbox');

/** A server that resets the first `resets` connections, then answers `{ ok: true, n }`. */
async function flakyServer(resets) {
	let seen = 0;
	const server = http.createServer((req, res) => {
		seen += 1;
		if (seen <= resets) {
			req.socket.destroy();
			return;
		}
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify({ ok: true, n: seen }));
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { base: `http://127.0.0.1:${port}`, seen: () => seen, close: () => new Promise((r) => server.close(r)) };
}

describe('sandboxControl', () => {
	it('sends a reset call again on a new connection and returns the answer', async () => {
		const s = await flakyServer(2);
		try {
			const control = sandboxControl(s.base);
			expect(await control('POST', '/reset', { vendor: 'zhenling' })).toEqual({ ok: true, n: 3 });
			expect(s.seen()).toBe(3);
		} finally {
			await s.close();
		}
	});

	it('gives up after three attempts with the connection error', async () => {
		const s = await flakyServer(5);
		try {
			const control = sandboxControl(s.base);
			await expect(control('DELETE', '/log')).rejects.toThrow('fetch failed');
			expect(s.seen()).toBe(3);
		} finally {
			await s.close();
		}
	});
});
