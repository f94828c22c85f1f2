// nodes/common/errors.ts: vendor refusals and network failures as NodeApiError (the vendor's code, message, hint,
// detail and request id; the item; secrets of every credential state redacted), redacted answers, input errors.
const { NodeApiError, NodeOperationError } = require('n8n-workflow');
const { redactAnswer, vendorApiError, transportError, inputError } = require('../../../nodes/common/errors');

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Vendor', type: 'n8n-nodes-cn-enterprise.test', typeVersion: 1, position: [0, 0], parameters: {} };
const profile = { vendor: 'Acme', credentialType: 'acmeApi', hints: { 4001: 'Check the widget id.' }, isTokenExpired: () => false, failure: () => undefined };
const sent = { clientSecret: 'sec-sent-1234', accessToken: 'tok-sent-5678' };
const after = { accessToken: 'tok-after-9999' };

describe('redactAnswer', () => {
	test('every string at any depth, with every credential state; other values as they are', () => {
		const buffer = Buffer.from('tok-sent-5678');
		const answer = {
			message: 'token tok-sent-5678 refused, new tok-after-9999',
			list: ['sec-sent-1234', 7, null, true, { deep: 'x sec-sent-1234 y' }],
			n: 12,
			none: null,
			file: buffer,
		};
		const out = redactAnswer(answer, [sent, undefined, after]);
		expect(out).toEqual({ message: 'token *** refused, new ***', list: ['***', 7, null, true, { deep: 'x *** y' }], n: 12, none: null, file: buffer });
		expect(/** @type {any} */ (out).file).toBe(buffer);
		expect(redactAnswer('tok-sent-5678!', sent)).toBe('***!');
		expect(redactAnswer(['tok-after-9999'], after)).toEqual(['***']);
		expect(redactAnswer(undefined, sent)).toBeUndefined();
		expect(redactAnswer(5, sent)).toBe(5);
	});
});

describe('vendorApiError', () => {
	test('code, message, hint, detail and request id; the HTTP status as text; the item', () => {
		const error = vendorApiError(node, profile, { code: '4001', message: 'widget missing', detail: 'widget=42', requestId: 'req-7' }, { httpCode: 200, itemIndex: 2 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Acme error 4001: widget missing');
		expect(error.description).toBe('Check the widget id.\nwidget=42\nRequest ID: req-7');
		expect(error.httpCode).toBe('200');
		expect(error.context.itemIndex).toBe(2);
		expect(error.errorResponse).toEqual({ code: '4001', message: 'widget missing', requestId: 'req-7' });
	});

	test('without hint, detail or request id: no description, no requestId; HTTP 0 is kept', () => {
		const error = vendorApiError(node, { ...profile, hints: undefined }, { code: '9', message: 'no' }, { httpCode: 0 });
		expect(error.message).toBe('Acme error 9: no');
		// No description of ours: n8n's NodeApiError then shows the response's message.
		expect(error.description).toBe('no');
		expect(error.errorResponse).toEqual({ code: '9', message: 'no' });
		expect(error.httpCode).toBe('0');
		expect(vendorApiError(node, profile, { code: '9', message: 'no', detail: 'only detail' }, {}).description).toBe('only detail');
		expect(vendorApiError(node, profile, { code: '4001', message: 'no' }, {}).description).toBe('Check the widget id.');
		expect(vendorApiError(node, profile, { code: '9', message: 'no', requestId: 'r1' }, {}).description).toBe('Request ID: r1');
		// Without an HTTP status of ours, n8n's NodeApiError takes the response's code.
		expect(vendorApiError(node, profile, { code: '9', message: 'no' }, {}).httpCode).toBe('9');
	});

	test('secrets of every credential state are redacted from message, description and response', () => {
		const error = vendorApiError(
			node,
			profile,
			{ code: '4001', message: 'token tok-sent-5678 bad', detail: 'secret sec-sent-1234, then tok-after-9999' },
			{ httpCode: 401, credentials: [sent, undefined, after] },
		);
		expect(error.message).toBe('Acme error 4001: token *** bad');
		expect(error.description).toBe('Check the widget id.\nsecret ***, then ***');
		expect(error.errorResponse.message).toBe('token *** bad');
		const single = vendorApiError(node, profile, { code: '1', message: 'tok-sent-5678' }, { credentials: sent });
		expect(single.message).toBe('Acme error 1: ***');
	});
});

describe('transportError', () => {
	test.each([
		['ECONNREFUSED', 'connection refused'],
		['ENOTFOUND', 'host not found'],
		['EAI_AGAIN', 'DNS lookup failed'],
		['ETIMEDOUT', 'timed out'],
		['ESOCKETTIMEDOUT', 'timed out'],
		['ECONNABORTED', 'timed out'],
		['ECONNRESET', 'connection closed by the server'],
		['EPIPE', 'connection closed by the server'],
		['EWHATEVER', 'no answer'],
	])('%s: %s', (code, reason) => {
		const error = transportError(node, profile, Object.assign(new Error('x'), { code }), { itemIndex: 4 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(`Could not reach Acme (${reason})`);
		expect(error.description).toBe(
			`Network error ${code}. Check the Base URL in the credential, that this n8n server can reach it, and that its IP is on the vendor's whitelist.`,
		);
		expect(error.context.itemIndex).toBe(4);
		expect(error.errorResponse).toEqual({ reason: code });
	});

	test('without a code: the error message (redacted), reason NETWORK', () => {
		const error = transportError(node, profile, new Error('socket hang up at tok-sent-5678'), { credentials: [sent] });
		expect(error.message).toBe('Could not reach Acme (no answer)');
		expect(error.description).toBe(
			"Network error socket hang up at ***. Check the Base URL in the credential, that this n8n server can reach it, and that its IP is on the vendor's whitelist.",
		);
		expect(error.errorResponse).toEqual({ reason: 'NETWORK' });
	});

	test('a code that is an Object.prototype key is no known reason', () => {
		expect(transportError(node, profile, Object.assign(new Error('x'), { code: 'toString' }), {}).message).toBe('Could not reach Acme (no answer)');
	});
});

describe('inputError', () => {
	test('names the field and the item; the hint is the description', () => {
		const error = inputError(node, 'Amount (amount)', 'must be a number', 5, 'Like 12.50.');
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Amount (amount) must be a number [item 5]');
		expect(error.description).toBe('Like 12.50.');
		expect(error.context.itemIndex).toBe(5);
	});
});
