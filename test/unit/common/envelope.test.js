// nodes/common/envelope.ts itself (test/unit/common/envelope-profiles.test.js holds the four vendors' rules): the
// normalised view a vendor's judge gets, the profile the factory builds, and envelopeError.
const { NodeApiError } = require('n8n-workflow');
const { asObject, notTheEnvelope, envelopeAnswer, envelopeProfile, envelopeError } = require('../../../nodes/common/envelope');

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Vendor', type: 'n8n-nodes-cn-enterprise.test', typeVersion: 1, position: [0, 0], parameters: {} };
const spec = { vendor: 'Acme', credentialType: 'acmeApi', expiredStatus: 419, fields: { code: 'errCode', message: 'errMsg' }, judge: () => undefined };
const answer = (statusCode, body, s = spec) => envelopeAnswer(s, { statusCode, headers: {}, body }, body);

describe('asObject', () => {
	test('a JSON object only', () => {
		const object = { a: 1 };
		expect(asObject(object)).toBe(object);
		for (const not of [undefined, null, 0, 1, '', 'x', true, [], [1], Buffer.from('{}')]) expect(asObject(not)).toBeUndefined();
	});
});

describe('notTheEnvelope', () => {
	test('a retryable failure naming what was expected', () => {
		expect(notTheEnvelope('Acme', 'JSON')).toEqual({ code: 'unexpected', message: 'Acme answered something that is not JSON', retryable: true });
	});
});

describe('envelopeAnswer', () => {
	test('an envelope with code and message', () => {
		const body = { errCode: 4001, errMsg: 'bad' };
		expect(answer(200, body)).toEqual({
			statusCode: 200,
			status: '200',
			http: 'HTTP 200',
			body,
			envelope: body,
			code: '4001',
			message: 'bad',
			retryable: false,
			failed: false,
		});
	});

	test('code: absent or null is undefined, empty and zero are text; message: absent or empty is undefined', () => {
		expect(answer(200, { errCode: null, errMsg: '' })).toMatchObject({ code: undefined, message: undefined });
		expect(answer(200, {})).toMatchObject({ code: undefined, message: undefined });
		expect(answer(200, { errCode: '', errMsg: 0 })).toMatchObject({ code: '', message: undefined });
		expect(answer(200, { errCode: 0, errMsg: 12 })).toMatchObject({ code: '0', message: '12' });
		expect(answer(200, { errCode: false })).toMatchObject({ code: 'false' });
	});

	test('no envelope in text, arrays and bytes', () => {
		for (const body of ['{"errCode":1}', [{ errCode: 1 }], Buffer.from('{"errCode":1}'), undefined]) {
			expect(answer(200, body)).toMatchObject({ body, envelope: undefined, code: undefined, message: undefined });
		}
	});

	test.each([
		[200, false, false],
		[399, false, false],
		[400, false, true],
		[428, false, true],
		[429, true, true],
		[430, false, true],
		[499, false, true],
		[500, true, true],
		[503, true, true],
	])('HTTP %d: retryable %s, failed %s', (status, retryable, failed) => {
		expect(answer(status, undefined)).toMatchObject({ statusCode: status, retryable, failed });
	});

	test('bodyOf picks the body the envelope is read from', () => {
		const bodyOf = jest.fn((_response, raw) => JSON.parse(raw.toString()));
		const raw = Buffer.from('{"errCode":"E1","errMsg":"no file"}');
		const response = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: raw };
		const view = envelopeAnswer({ ...spec, bodyOf }, response, raw);
		expect(bodyOf).toHaveBeenCalledWith(response, raw);
		expect(view).toMatchObject({ body: { errCode: 'E1', errMsg: 'no file' }, code: 'E1', message: 'no file' });
	});
});

describe('envelopeProfile', () => {
	test('the judge gets the normalised view and the raw answer; the expired status is the spec\'s', () => {
		const judge = jest.fn((view) => (view.code === '0' ? undefined : { code: view.code ?? view.status, message: view.message ?? view.http }));
		const profile = envelopeProfile({ ...spec, judge });
		expect(Object.keys(profile).sort()).toEqual(['credentialType', 'failure', 'isTokenExpired', 'vendor']);
		expect(profile.vendor).toBe('Acme');
		expect(profile.credentialType).toBe('acmeApi');
		const raw = { errCode: 7, errMsg: 'nope' };
		expect(profile.failure({ statusCode: 200, headers: {}, body: 'ignored' }, raw)).toEqual({ code: '7', message: 'nope' });
		expect(/** @type {any[]} */ (judge.mock.calls[0])[1]).toBe(raw);
		expect(judge.mock.calls[0][0].envelope).toBe(raw);
		expect(profile.failure({ statusCode: 200, headers: {}, body: undefined }, { errCode: '0' })).toBeUndefined();
		expect(profile.isTokenExpired({ statusCode: 419, headers: {}, body: undefined })).toBe(true);
		expect(profile.isTokenExpired({ statusCode: 401, headers: {}, body: undefined })).toBe(false);
	});

	test('hints, decode and renewal are handed on when given', () => {
		const hints = { 7: 'Try again.' };
		const decode = (body) => body;
		const renewal = () => undefined;
		const profile = envelopeProfile({ ...spec, hints, decode, renewal });
		expect(profile.hints).toBe(hints);
		expect(profile.decode).toBe(decode);
		expect(profile.renewal).toBe(renewal);
	});
});

describe('envelopeError', () => {
	const profile = envelopeProfile({
		...spec,
		hints: { 7: 'Try again.' },
		judge: (view) => (view.code === undefined || view.code === '0' ? undefined : { code: view.code, message: view.message ?? view.http }),
	});
	const context = /** @type {any} */ ({ getNode: () => node });

	test('the envelope\'s failure, HTTP 200 unless given, with the item', () => {
		const error = envelopeError(context, profile, { errCode: 7, errMsg: 'busy' }, { itemIndex: 1 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Acme error 7: busy');
		expect(error.description).toBe('Try again.');
		expect(error.httpCode).toBe('200');
		expect(error.context.itemIndex).toBe(1);
		const http = envelopeError(context, profile, { errCode: 8 }, { httpCode: 409 });
		expect(http.message).toBe('Acme error 8: HTTP 409');
		expect(http.httpCode).toBe('409');
	});

	test('an envelope without a failure is "unknown: unexpected answer"', () => {
		const error = envelopeError(context, profile, { errCode: '0' });
		expect(error.message).toBe('Acme error unknown: unexpected answer');
		expect(error.httpCode).toBe('200');
		expect(error.context.itemIndex).toBeUndefined();
	});
});
