'use strict';
// Zhenling (甄零) contract platform, from ../shared/vendors/zhenling.md. Paths and payloads are not public: the
// sandbox uses the project's assumptions (token at /oauth/token, OAuth2 client_credentials as form or JSON,
// Bearer token, HTTP 401 on expiry, envelope {code, message, data}, asynchronous batch writes whose results
// are POSTed later as {code, subCode, message, sourceSystem, sourceCode, data}).
const { safeJson, randomToken } = require('../lib/util');
const { deliver, runVariant } = require('../lib/deliver');

function createState(data) {
	return {
		contracts: data.contracts().map((c) => ({ ...c })),
		counterparties: [...new Set(data.contracts().map((c) => c.counterparty))].map((name, k) => ({ code: `CP${String(k + 1).padStart(5, '0')}`, name })),
		tasks: [],
	};
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const ok = (data) => ({ status: 200, body: { code: '0', message: 'success', data } });
	const err = (status, code, message) => ({ status, body: { code: String(code), message } });
	if (ctx.method === 'POST' && ctx.path === String(ctx.config.tokenPath || '/oauth/token')) {
		const type = String(ctx.headers['content-type'] || '');
		const b = type.includes('json') ? (safeJson(ctx.raw).value || {}) : Object.fromEntries(new URLSearchParams(ctx.raw));
		if (b.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' } };
		if (b.client_id !== creds.clientId || b.client_secret !== creds.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'Bad client credentials' } };
		const { token, expiresIn } = ctx.core.issueToken('zhenling', b.client_id);
		return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: expiresIn, scope: 'all' } };
	}
	const token = String(ctx.headers.authorization || '').replace(/^Bearer\s+/i, '');
	if (ctx.core.checkToken('zhenling', token).verdict !== 'ok') return err(401, 401, 'invalid_token: access token expired or invalid');
	const fault = ctx.fault();
	if (fault) return fault;
	const parsed = ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };
	if (!parsed.ok) return err(400, 400, 'body is not valid JSON');
	const b = parsed.value || {};
	if (b.userIdType !== undefined && !['EMAIL', 'USERID', 'LOGINNAME'].includes(b.userIdType)) return err(400, 400, 'userIdType must be EMAIL, USERID or LOGINNAME');
	if (ctx.method === 'POST' && ctx.path === '/api/v1/contract/list') {
		const pageNo = Number(b.pageNo ?? 1);
		const pageSize = Number(b.pageSize ?? 20);
		if (!Number.isInteger(pageNo) || pageNo < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return err(400, 400, 'pageNo ≥ 1, pageSize 1..100');
		let list = s.contracts;
		if (b.status) list = list.filter((c) => c.status === b.status);
		if (b.sourceCode) list = list.filter((c) => c.sourceCode === b.sourceCode);
		return ok({ total: list.length, pageNo, pageSize, list: list.slice((pageNo - 1) * pageSize, pageNo * pageSize) });
	}
	if (ctx.method === 'POST' && ctx.path === '/api/v1/counterparty/query') {
		const names = Array.isArray(b.names) ? b.names : [];
		return ok(names.length ? s.counterparties.filter((c) => names.includes(c.name)) : s.counterparties.slice(0, 100));
	}
	if (ctx.method === 'POST' && ctx.path === '/api/v1/contract/create') {
		const items = Array.isArray(b.list) ? b.list : [b];
		if (!items.length || items.length > 50) return err(400, 400, 'list must hold 1..50 contracts');
		const accepted = [];
		for (const item of items) {
			if (!item.sourceSystem || !item.sourceCode || !item.contractName) return err(400, 400, 'sourceSystem, sourceCode and contractName are required');
			const existing = s.contracts.find((c) => c.sourceSystem === item.sourceSystem && c.sourceCode === item.sourceCode);
			const task = { taskId: `T${randomToken(6)}`, sourceSystem: item.sourceSystem, sourceCode: item.sourceCode, code: '0', subCode: existing ? 'DUPLICATE' : 'SUCCESS', contractCode: existing ? existing.contractCode : `HT-API-${s.tasks.length + 1}` };
			if (!existing) s.contracts.push({ contractCode: task.contractCode, status: 'DRAFT', ...item });
			s.tasks.push(task);
			accepted.push({ taskId: task.taskId, sourceCode: item.sourceCode });
		}
		// Asynchronous: the result goes to the configured callback (see /_sandbox/emit vendor zhenling).
		if (ctx.config.callbackUrl) for (const t of s.tasks.slice(-accepted.length)) emit(ctx.core, { url: ctx.config.callbackUrl, payload: resultOf(t) }).catch(() => undefined);
		return ok({ accepted });
	}
	return err(404, 404, `unknown endpoint ${ctx.method} ${ctx.path}`);
}

const resultOf = (t) => ({ code: t.code, subCode: t.subCode, message: t.subCode === 'SUCCESS' ? '处理成功' : '单据已存在', sourceSystem: t.sourceSystem, sourceCode: t.sourceCode, data: { taskId: t.taskId, contractCode: t.contractCode } });

async function emit(core, request) {
	const last = core.state('zhenling').tasks.slice(-1)[0];
	const payload = request.payload ?? (last ? resultOf(last) : { code: '0', subCode: 'SUCCESS', message: '处理成功', sourceSystem: 'OA', sourceCode: 'OA-HT-000001', data: {} });
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
	defaultConfig: () => ({ tokenPath: '/oauth/token', callbackUrl: '' }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { code: String(f.code ?? f.errno ?? 400), subCode: f.subCode, message: f.message || f.errmsg || 'fault' } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { code: '429', message: 'too many requests' } } : { status: 500, body: { code: '500', message: message || 'internal error' } }),
	isAuthPath: (p) => p === '/oauth/token',
};
