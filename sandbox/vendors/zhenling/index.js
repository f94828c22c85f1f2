'use strict';
// Zhenling (甄零) contract platform, from ../shared/vendors/zhenling.md and zhenling-platform.txt. Paths and
// payloads are not public: the sandbox uses this project's assumptions (see docs/sandbox.md "Zhenling"):
// OAuth2 client_credentials at /oauth/token (form or JSON; plain or {code,message,data}-wrapped answer),
// Bearer token, HTTP 401 on expiry, envelope {code:"0", message, data}, optional user context
// (userIdType EMAIL|USERID|LOGINNAME + userId), asynchronous batch writes whose results are POSTed to the
// callback configured per API as {code, subCode, message, sourceSystem, sourceCode, data}.
const { safeJson, randomToken } = require('../../lib/util');
const { deliver, runVariant } = require('../../lib/deliver');
const { createState } = require('./state');
const { table, ZlError } = require('./routes');

function readBody(ctx) {
	const type = String(ctx.headers['content-type'] || '');
	if (type.includes('application/x-www-form-urlencoded')) return { ok: true, value: Object.fromEntries(new URLSearchParams(ctx.raw)) };
	if (type.includes('multipart/form-data')) return { ok: true, value: parseMultipart(ctx.rawBuffer || Buffer.from(ctx.raw, 'latin1'), type) };
	return ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };
}

/** Minimal multipart/form-data reader: fields as text, files as {fileName, contentType, content: Buffer}. */
function parseMultipart(buffer, type) {
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
	if (!m) return {};
	const boundary = Buffer.from(`--${m[1] || m[2]}`);
	const out = {};
	let pos = buffer.indexOf(boundary);
	while (pos >= 0) {
		const next = buffer.indexOf(boundary, pos + boundary.length);
		if (next < 0) break;
		const part = buffer.subarray(pos + boundary.length + 2, next - 2);
		const split = part.indexOf('\r\n\r\n');
		if (split > 0) {
			const head = part.subarray(0, split).toString('utf8');
			const content = part.subarray(split + 4);
			const name = /name="([^"]*)"/i.exec(head);
			const file = /filename="([^"]*)"/i.exec(head);
			const ctype = /content-type:\s*([^\r\n]+)/i.exec(head);
			if (name) out[name[1]] = file ? { fileName: file[1], contentType: ctype ? ctype[1].trim() : 'application/octet-stream', content } : content.toString('utf8');
		}
		pos = next;
	}
	return out;
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const config = ctx.config;
	const ok = (data, message = 'success') => ({ status: 200, body: { code: '0', message, data } });
	const err = (status, code, message) => ({ status, body: { code: String(code), message, data: null } });
	if (ctx.path === String(config.tokenPath || '/oauth/token')) {
		if (ctx.method !== 'POST') return err(405, 405, 'use POST');
		const parsed = readBody(ctx);
		const b = parsed.ok && parsed.value ? parsed.value : {};
		if (b.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' } };
		if (b.client_id !== creds.clientId || b.client_secret !== creds.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'Bad client credentials' } };
		const { token, expiresIn } = ctx.core.issueToken('zhenling', b.client_id);
		const answer = { access_token: token, token_type: 'bearer', expires_in: expiresIn, scope: 'all' };
		return { status: 200, body: config.tokenAnswer === 'wrapped' ? { code: '0', message: 'success', data: answer } : answer };
	}
	const auth = String(ctx.headers.authorization || '');
	const check = ctx.core.checkToken('zhenling', /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '') : '');
	if (check.verdict !== 'ok') return { status: 401, body: { code: '401', message: 'invalid_token: access token expired or invalid', error: 'invalid_token' } };
	const fault = ctx.fault();
	if (fault) return fault;
	const parsed = ctx.method === 'GET' ? { ok: true, value: {} } : readBody(ctx);
	if (!parsed.ok) return err(400, 'A0400', 'body is not valid JSON');
	const b = { ...(parsed.value && typeof parsed.value === 'object' ? parsed.value : {}) };
	const userIdType = b.userIdType ?? ctx.query.userIdType;
	const userId = b.userId ?? ctx.query.userId;
	if (userIdType !== undefined && !['EMAIL', 'USERID', 'LOGINNAME'].includes(userIdType)) return err(400, 'A0400', 'userIdType must be EMAIL, USERID or LOGINNAME');
	if (userIdType !== undefined && !userId) return err(400, 'A0400', 'userId is required with userIdType');
	let user;
	if (userIdType) {
		const field = { EMAIL: 'email', USERID: 'userId', LOGINNAME: 'loginName' }[userIdType];
		user = s.employees().find((e) => e[field] === String(userId));
		if (!user) return err(400, 'A0401', `user ${userIdType}=${userId} does not exist`);
	}
	// Business paths live below a path prefix (our assumption; default /api/v1, `config.pathPrefix`).
	const prefix = String(config.pathPrefix ?? '/api/v1').replace(/\/+$/, '');
	const below = ctx.path.startsWith(`${prefix}/`) ? ctx.path.slice(prefix.length) : undefined;
	const found = below && table.find(([method, path]) => method === ctx.method && path === below);
	if (!found) return err(404, 'A0404', `unknown endpoint ${ctx.method} ${ctx.path}`);
	const [, , handler, api] = found;
	try {
		const result = handler({ s, b, q: ctx.query, user, config, core: ctx.core });
		if (result && result.binary) return { status: 200, body: result.binary, contentType: result.contentType, headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(result.fileName)}` } };
		if (result && result.async) return ok(accept(ctx.core, s, api, result.async, b.callbackUrl), 'accepted');
		return ok(result);
	} catch (error) {
		if (error instanceof ZlError) return err(error.status, error.code, error.message);
		throw error;
	}
}

/**
 * Asynchronous write: record each item's result now, deliver it a moment later to the request's own
 * `callbackUrl` when it names one [A: per-request callback], else to the callback configured for the API.
 * With `holdCallbacks` the deliveries wait for `POST /_sandbox/emit {vendor: "zhenling", url: "held"}`.
 */
function accept(core, s, api, results, requestCallback) {
	const batchNo = `BATCH${Date.now()}${randomToken(3)}`;
	const config = core.config.zhenling;
	const url = (typeof requestCallback === 'string' && /^https?:\/\//.test(requestCallback) && requestCallback) || (config.callbacks && config.callbacks[api]) || config.callbackUrl;
	const accepted = [];
	for (const r of results) {
		const record = { taskId: `T${randomToken(6)}`, batchNo, api, at: Date.now(), delivered: false, callbackUrl: url || '', ...r };
		s.results.push(record);
		accepted.push({ taskId: record.taskId, sourceSystem: r.sourceSystem, sourceCode: r.sourceCode });
		if (url && config.holdCallbacks) record.held = true;
		else if (url) setTimeout(() => sendResult(record, config), Number(config.callbackDelayMs) || 0);
	}
	return { batchNo, accepted };
}

/**
 * Delivers one result; no answer, 404, 409, 429 or 5xx is retried (`callbackRetries` times, `callbackRetryMs`
 * apart) [A: Zhenling redelivers results its callback did not take].
 */
async function sendResult(record, config = {}) {
	record.held = false;
	const retries = config.callbackRetries === undefined ? 3 : Number(config.callbackRetries);
	let answer;
	for (let attempt = 0; ; attempt++) {
		answer = await deliver(record.callbackUrl, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(resultBody(record)), timeoutMs: 5000 });
		record.delivered = answer.status;
		record.attempts = attempt + 1;
		const again = !answer.status || [404, 409, 429].includes(answer.status) || answer.status >= 500;
		if (!again || attempt >= retries) return answer;
		await new Promise((r) => setTimeout(r, Number(config.callbackRetryMs) || 1000));
	}
}

const resultBody = (r) => ({ code: r.code, subCode: r.subCode, message: r.message, sourceSystem: r.sourceSystem, sourceCode: r.sourceCode, data: { taskId: r.taskId, batchNo: r.batchNo, api: r.api, ...(r.data || {}) } });

async function emit(core, request) {
	const s = core.state('zhenling');
	if (request.url === 'held') {
		// Deliver the held results to the callback URLs they were accepted with.
		const held = s.results.filter((r) => r.held);
		const answers = [];
		for (const r of held) answers.push((await sendResult(r, core.config.zhenling)).status);
		return { sent: held.length, statuses: answers };
	}
	const bySource = request.payload && request.payload.sourceCode ? s.results.filter((r) => r.sourceCode === request.payload.sourceCode).slice(-1)[0] : undefined;
	const last = bySource || s.results[s.results.length - 1];
	const base = last ? resultBody(last) : { code: '0', subCode: 'SUCCESS', message: '处理成功', sourceSystem: 'OA', sourceCode: 'OA-HT-000001', data: { api: 'createContract', contractCode: s.contracts[0].contractCode } };
	const payload = request.payload && typeof request.payload === 'object' ? { ...base, ...request.payload } : base;
	const body = JSON.stringify(payload);
	const variant = request.variant || 'valid';
	if (!['valid', 'replay'].includes(variant)) return { status: 0, error: 'Zhenling callbacks are unsigned: only valid and replay apply' };
	return runVariant(variant, async () => deliver(request.url, { headers: { 'content-type': 'application/json' }, body }));
}

module.exports = {
	defaultTtlSeconds: 7200,
	createState,
	handle,
	emit,
	defaultConfig: () => ({ pathPrefix: '/api/v1', tokenPath: '/oauth/token', tokenAnswer: 'plain', callbackUrl: '', callbacks: {}, callbackDelayMs: 20, holdCallbacks: false, callbackRetries: 3, callbackRetryMs: 1000 }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { code: String(f.code ?? f.errno ?? 'A0400'), subCode: f.subCode, message: f.message || f.errmsg || 'fault', data: null } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { code: 'A0429', message: 'too many requests' } } : { status: 500, body: { code: 'B0001', message: message || 'internal error' } }),
	isAuthPath: (p) => p === '/oauth/token',
	parseMultipart,
};
