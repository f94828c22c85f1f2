// The four HTTP-status-plus-envelope vendors (Zeyi, ZhiGuanChe, Zhenling, Hose) share one profile factory
// (nodes/common/envelope.ts): each keeps only its rules. This table pins what each profile makes of an answer
// — success, a refusal in a 200, an HTTP failure, a garbled body — and which status means "token expired".
const { zeyiProfile, zeyiError } = require('../../../nodes/Zeyi/transport');
const { zhiguancheProfile, zgcError } = require('../../../nodes/Zhiguanche/transport');
const { zhenlingProfile } = require('../../../nodes/Zhenling/transport');
const { hoseProfile } = require('../../../nodes/Hose/transport');

/**
 * @param {import('../../../nodes/common/types').VendorProfile} profile
 * @param {number} statusCode
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
const judge = (profile, statusCode, body, headers = {}) => profile.failure({ statusCode, headers, body }, body);

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Vendor', type: 'n8n-nodes-cn-enterprise.zeyi', typeVersion: 1, position: [0, 0], parameters: {} };
const context = /** @type {any} */ ({ getNode: () => node });

describe('Zeyi profile ({success, businessException, errorCode, message})', () => {
	test.each([
		['success', 200, { success: true, businessException: false, result: {} }, undefined],
		['business refusal in a 200', 200, { success: false, businessException: true, errorCode: '200', message: '维保单不存在' }, { code: '200', message: '维保单不存在' }],
		['refusal without code or message', 200, { success: false, businessException: true, errorCode: '', message: '' }, { code: '200', message: 'request refused' }],
		['success false, no business exception', 200, { success: false }, { code: 'unknown', message: 'request refused' }],
		['garbled body', 200, '{"success":tr', { code: 'unexpected', message: 'Zeyi answered something that is not its JSON envelope', retryable: true }],
		['5xx: the HTTP status, not the envelope code', 503, { errorCode: '500', message: 'busy' }, { code: '503', message: 'busy', retryable: true }],
		['429 without a body', 429, undefined, { code: '429', message: 'HTTP 429', retryable: true }],
		['4xx with an empty code', 403, { errorCode: '', message: '' }, { code: '403', message: 'HTTP 403' }],
		['4xx with a code', 400, { errorCode: '200', message: 'bad field' }, { code: '200', message: 'bad field' }],
	])('%s', (_name, status, body, expected) => {
		expect(judge(zeyiProfile, status, body)).toEqual(expected);
	});

	test('HTTP 401 means the token expired, 403 does not', () => {
		expect(zeyiProfile.isTokenExpired({ statusCode: 401, headers: {}, body: undefined })).toBe(true);
		expect(zeyiProfile.isTokenExpired({ statusCode: 403, headers: {}, body: undefined })).toBe(false);
	});

	test('zeyiError raises an accepted refusal as a NodeApiError with the code, the hint and HTTP 200', () => {
		const error = zeyiError(context, { success: false, businessException: true, errorCode: '200', message: '维保单不存在' }, 2);
		expect(error.message).toBe('Zeyi error 200: 维保单不存在');
		expect(error.description).toContain('errorCode 200');
		expect(error.httpCode).toBe('200');
	});
});

describe('ZhiGuanChe profile ({code, message, data}, code 0)', () => {
	test.each([
		['success', 200, { code: 0, data: {} }, undefined],
		['refusal in a 200', 200, { code: 40001, message: 'plate missing' }, { code: '40001', message: 'plate missing', retryable: false }],
		['rate limit in a 200 is retryable', 200, { code: 42901, message: 'too fast' }, { code: '42901', message: 'too fast', retryable: true }],
		['5xx with code 0: the HTTP status', 500, { code: 0 }, { code: '500', message: 'HTTP 500', retryable: true }],
		['4xx with a code: the code', 400, { code: '40001', message: 'x' }, { code: '40001', message: 'x', retryable: false }],
		['4xx with text', 404, 'Not Found', { code: '404', message: 'HTTP 404', retryable: false }],
		['no code', 200, { data: {} }, { code: 'unexpected', message: 'ZhiGuanChe answered something that is not its {code, message, data} envelope', retryable: true }],
		['an array', 200, [1], { code: 'unexpected', message: 'ZhiGuanChe answered something that is not its {code, message, data} envelope', retryable: true }],
		['an empty code is a refusal', 200, { code: '' }, { code: '', message: 'HTTP 200', retryable: false }],
	])('%s', (_name, status, body, expected) => {
		expect(judge(zhiguancheProfile, status, body)).toEqual(expected);
	});

	test('HTTP 401 means the token expired', () => {
		expect(zhiguancheProfile.isTokenExpired({ statusCode: 401, headers: {}, body: undefined })).toBe(true);
		expect(zhiguancheProfile.isTokenExpired({ statusCode: 200, headers: {}, body: { code: 40101 } })).toBe(false);
	});

	test('zgcError raises an accepted refusal with HTTP 400 by default', () => {
		const error = zgcError(context, { code: 40901, message: 'exists' }, 0);
		expect(error.message).toBe('ZhiGuanChe error 40901: exists');
		expect(error.httpCode).toBe('400');
	});
});

describe('Zhenling profile ({code: "0", subCode, message, data})', () => {
	const json = { 'content-type': 'application/json;charset=UTF-8' };
	test.each([
		['success', 200, { code: '0', data: {} }, {}, undefined],
		['refusal in a 200', 200, { code: 'A0400', message: 'bad' }, {}, { code: 'A0400', message: 'bad' }],
		['no code is a success', 200, { data: 1 }, {}, undefined],
		['5xx without a body', 502, undefined, {}, { code: '502', message: 'HTTP 502', retryable: true }],
		['429 with a code: the code', 429, { code: 'A0429', message: 'slow' }, {}, { code: 'A0429', message: 'slow', retryable: true }],
		['4xx with a code', 404, { code: 'A0404', message: 'nope' }, {}, { code: 'A0404', message: 'nope' }],
		['a file download', 200, Buffer.from('%PDF-1.4'), { 'content-type': 'application/pdf' }, undefined],
		['a download answered JSON: its envelope', 200, Buffer.from('{"code":"A0404","message":"no file"}'), json, { code: 'A0404', message: 'no file' }],
		['a download answered broken JSON: a file', 200, Buffer.from('{"code":'), json, undefined],
		['garbled body', 200, 'oops', {}, { code: 'unexpected', message: 'Zhenling answered something that is not its JSON envelope', retryable: true }],
	])('%s', (_name, status, body, headers, expected) => {
		expect(judge(zhenlingProfile, status, body, headers)).toEqual(expected);
	});
});

describe('Hose profile (HTTP status + {errorCode, errorMessage, errorDetails})', () => {
	test.each([
		['success', 200, { items: [] }, undefined],
		['204 without a body', 204, undefined, undefined],
		['an empty text body', 200, '', undefined],
		['garbled JSON', 200, '{"value":', { code: 'unexpected', message: 'Hose answered something that is not JSON', retryable: true }],
		['412 with details', 412, { errorCode: '412', errorMessage: '重复', errorDetails: { a: 1 } }, { code: '412', message: '重复', detail: 'Hose details: {"a":1}', retryable: false }],
		['400 with text details', 400, { errorCode: 400, errorMessage: 'bad', errorDetails: 'name' }, { code: '400', message: 'bad', detail: 'Hose details: name', retryable: false }],
		['400 with an empty code', 400, { errorCode: '', errorMessage: '' }, { code: '400', message: 'HTTP 400', retryable: false }],
		['5xx text', 500, 'oops', { code: '500', message: 'HTTP 500', retryable: true }],
	])('%s', (_name, status, body, expected) => {
		expect(judge(hoseProfile, status, body)).toEqual(expected);
	});

	test('HTTP 403 means the token expired (not 401)', () => {
		expect(hoseProfile.isTokenExpired({ statusCode: 403, headers: {}, body: undefined })).toBe(true);
		expect(hoseProfile.isTokenExpired({ statusCode: 401, headers: {}, body: undefined })).toBe(false);
		expect(typeof hoseProfile.renewal).toBe('function');
	});
});
