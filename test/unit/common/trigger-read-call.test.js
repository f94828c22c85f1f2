// readCall: what a trigger's checks see of n8n's request — the exact body bytes, first header values, the
// path without the query, the caller's address; and, only when n8n kept no raw body, the body re-serialised.
// The context stands in for n8n's IWebhookFunctions (an Express request as n8n hands it over).
const { readCall } = require('../../../nodes/common/trigger/request');

function context({ req = {}, headers = {}, body = {}, query = {}, webhookName = 'default' } = {}) {
	return /** @type {any} */ ({
		getRequestObject: () => req,
		getHeaderData: () => headers,
		getBodyData: () => body,
		getQueryData: () => query,
		getWebhookName: () => webhookName,
	});
}

describe('readCall', () => {
	it('keeps the raw bytes exactly, reads first header values case-insensitively, strips the query from the path', async () => {
		const raw = Buffer.from('{ "a" : 1.50 }');
		const call = await readCall(
			context({
				req: { rawBody: raw, path: '/webhook/abc/hose?token=x', ip: '10.0.0.7' },
				headers: { 'content-type': 'application/json', 'x-multi': ['first', 'second'], 'x-empty': null },
				query: { token: 'x' },
				webhookName: 'audit',
			}),
		);
		expect(call.raw).toBe(raw);
		expect(call.text).toBe('{ "a" : 1.50 }');
		expect(call.contentType).toBe('application/json');
		expect([call.header('X-Multi'), call.header('x-empty'), call.header('x-absent')]).toEqual(['first', '', '']);
		expect([call.path, call.query, call.ip, call.webhookName]).toEqual(['/webhook/abc/hose', { token: 'x' }, '10.0.0.7', 'audit']);
		expect(call.receivedAt).toBeInstanceOf(Date);
		expect(Math.abs(call.receivedAt.getTime() - Date.now())).toBeLessThan(5000);
	});

	it('reads the raw body first when n8n offers it only on request', async () => {
		const req = { readRawBody: async () => void (req.rawBody = Buffer.from('a=1&b=2')) };
		const call = await readCall(context({ req, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: { ignored: 'yes' } }));
		expect(call.text).toBe('a=1&b=2');
	});

	it('without a raw body: a form is re-encoded as a form, anything else as JSON (an absent body as {})', async () => {
		const form = await readCall(context({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: { a: '1', b: 'x y' } }));
		expect(form.text).toBe('a=1&b=x+y');
		const json = await readCall(context({ headers: { 'content-type': 'application/json' }, body: { a: 1 } }));
		expect(json.text).toBe('{"a":1}');
		const none = await readCall(context({ headers: {}, body: undefined }));
		expect([none.text, none.raw.length]).toEqual(['{}', 2]);
	});

	it("takes the path from the URL and the caller from the socket when the request has no path or ip; '' when neither", async () => {
		const call = await readCall(context({ req: { rawBody: Buffer.from(''), url: '/webhook/id/didi?x=1', socket: { remoteAddress: '::ffff:127.0.0.1' } } }));
		expect([call.path, call.ip, call.query]).toEqual(['/webhook/id/didi', '::ffff:127.0.0.1', {}]);
		const bare = await readCall(context({ req: { rawBody: Buffer.from('') }, query: undefined }));
		expect([bare.path, bare.ip, bare.query]).toEqual(['', '', {}]);
	});
});
