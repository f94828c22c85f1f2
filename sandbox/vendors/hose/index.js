'use strict';
// Hose (合思 / 易快报) open API, from ../shared/vendors/hose.md and hose-endpoints.txt. Token from
// appKey/appSecurity, passed as the `accessToken` query parameter; invalid/expired token → HTTP 403; refresh
// rotates both tokens (only before expiry); errors {errorCode, errorMessage, errorDetails} with HTTP 400/412;
// ids in paths as `$id`, id lists as `[a,b]`; paging start/count ≤ 100; `form.outerCode` unique; ≤ 10
// documents per approval call. Outbound messages and EBot: see emit (unsigned, as Hose documents).
const { safeJson, randomToken } = require('../../lib/util');
const { deliver, runVariant } = require('../../lib/deliver');
const { createState } = require('./state');
const { table, HoseError } = require('./routes');

const TOKEN_PATH = '/api/openapi/v1/auth/getAccessToken';
const REFRESH_PATH = '/api/openapi/v2/auth/refreshToken';
const err = (status, errorMessage, errorDetails) => ({ status, body: { errorCode: status, errorMessage, errorDetails: errorDetails ?? null } });

function tokenAnswer(ctx, s, appKey, ttlSeconds) {
	const { token } = ctx.core.issueToken('hose', appKey);
	if (ttlSeconds !== undefined) ctx.core.tokens.get(token).expiresAt = Date.now() + ttlSeconds * 1000;
	const refreshToken = `r${randomToken(12)}`;
	s.refreshTokens.set(refreshToken, token);
	if (ctx && ctx.core) ctx.core.issued.push({ vendor: 'hose', token: refreshToken, kind: 'refresh' });
	const expireTime = ctx.core.tokens.get(token).expiresAt;
	return { status: 200, body: { value: { accessToken: token, refreshToken, expireTime, corporationId: s._corpId } } };
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const parsed = ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };
	if (ctx.path === TOKEN_PATH) {
		if (ctx.method !== 'POST') return err(400, '请使用POST');
		const b = parsed.ok && parsed.value ? parsed.value : {};
		if (!b.appKey || !b.appSecurity) return err(400, 'appKey与appSecurity不能为空');
		if (b.appKey !== creds.appKey || b.appSecurity !== creds.appSecurity) return err(400, 'appKey或appSecurity不正确');
		return tokenAnswer(ctx, s, b.appKey);
	}
	if (ctx.method === 'GET' && ctx.path === '/api/openapi/v2/location') {
		if (!ctx.query.corpId) return err(400, 'corpId不能为空');
		return { status: 200, body: { value: `http://${ctx.headers.host}/hose` } };
	}
	const check = ctx.core.checkToken('hose', ctx.query.accessToken);
	if (ctx.path === REFRESH_PATH) return refreshAnswer(ctx, s, check);
	if (check.verdict !== 'ok') return err(403, check.verdict === 'expired' ? 'accessToken已过期' : 'accessToken无效');
	if (ctx.method === 'POST' && ctx.path === '/api/outbound/v1/approval') return ebotAnswer(ctx, s, parsed);
	const fault = ctx.fault();
	if (fault) return fault;
	if (!parsed.ok) return err(400, '请求体不是合法的JSON');
	const b = parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
	for (const [method, re, handler] of table(ctx.config)) {
		if (method !== ctx.method) continue;
		const m = re.exec(ctx.path);
		if (!m) continue;
		try {
			return { status: 200, body: handler(s, b, ctx.query, m) };
		} catch (error) {
			if (error instanceof HoseError) return err(error.status, error.message, error.details);
			throw error;
		}
	}
	return err(404, `接口不存在: ${ctx.method} ${ctx.path}`);
}

/**
 * 刷新授权 (refresh-auth.md): POST with accessToken, refreshToken and powerCode=219904 as query parameters, only
 * "在授权码过期前" — an expired accessToken "无法刷新，只能重新获取", answered HTTP 403 with the text 未授权
 * (refresh-auth-expireDate.md's table: 403 未授权). Both tokens change ("刷新后 accessToken 和 refreshToken 的值都会
 * 变化"): the old pair stops working at once, so a second refresh with it (another worker) is refused too.
 * A refreshToken that is not the accessToken's current one gets the same 403 [A: the document names no other
 * failure]. The new token lives `refreshedTtlSeconds`.
 */
function refreshAnswer(ctx, s, check) {
	const unauthorised = { status: 403, body: '未授权', contentType: 'text/plain; charset=utf-8' };
	if (ctx.method !== 'POST') return err(400, '请使用POST');
	if (check.verdict !== 'ok') return unauthorised;
	if (String(ctx.query.powerCode || '') !== '219904') return err(400, 'powerCode不正确');
	const old = s.refreshTokens.get(String(ctx.query.refreshToken || ''));
	if (!old || old !== ctx.query.accessToken) return unauthorised;
	s.refreshTokens.delete(String(ctx.query.refreshToken));
	ctx.core.tokens.delete(old);
	return tokenAnswer(ctx, s, check.info.subject, Number(ctx.config.refreshedTtlSeconds));
}

/** EBot callback: success is value.code "204" in an HTTP 200 body — failures too answer HTTP 200. */
function ebotAnswer(ctx, s, parsed) {
	const b = parsed.ok && parsed.value ? parsed.value : {};
	const answer = (code, message) => ({ status: 200, body: { value: { code, message } } });
	if (!b.signKey || !b.flowId || !b.nodeId || !b.action) return answer('400', 'signKey、flowId、nodeId、action不能为空');
	if (!['accept', 'refuse'].includes(b.action)) return answer('400', 'action取值accept或refuse');
	const pending = s.ebot.find((x) => x.flowId === b.flowId && x.nodeId === b.nodeId && x.state === 'waiting');
	if (!pending) return answer('412', '单据不在该EBot节点');
	if (pending.signKey !== b.signKey) return answer('403', 'signKey不正确');
	pending.state = b.action === 'accept' ? 'accepted' : 'refused';
	pending.comment = b.comment || '';
	const flow = s.flows.find((f) => f.id === b.flowId);
	if (flow) {
		flow.state = b.action === 'accept' ? 'paying' : 'rejected';
		s.logs.push({ flowId: flow.id, action: `ebot.${b.action}`, operatorId: 'EBOT', comment: pending.comment, time: Date.now() });
	}
	return answer('204', '成功');
}

// 通知类出站消息类别 from Hose's 配置出站消息 page (flow.paying … flow.nullify kept for older callers), plus EBot.
const ACTION_NAMES = {
	'backlog.approving': '待审批',
	'backlog.sending': '待寄送',
	'backlog.receiving': '待收单',
	'backlog.paying': '待支付',
	'flow.rejected': '被驳回',
	'flow.paid': '已支付',
	'freeflow.ticketReserve': '审批通过',
	'urgent.remind': '加急审批',
	'freeflow.mention': '被@',
	'freeflow.print': '打印提醒',
	'freeflow.comment': '评论',
	'freeflow.remind': '催办',
	'timeout.remind': '超时提醒',
	'freeflow.carbonCopy': '抄送',
	'flow.paying': '待支付',
	'flow.carbonCopy': '抄送',
	'flow.retract': '已撤回',
	'flow.deleted': '已删除',
	'flow.nullify': '已作废',
	ebot: 'EBot节点',
};

/** Outbound message (出站消息) or EBot node, unsigned as Hose documents; fields per hose.md. */
async function emit(core, request) {
	const s = core.state('hose');
	const event = request.event || 'backlog.approving';
	if (!ACTION_NAMES[event]) return { status: 0, error: `unknown Hose event "${event}" (${Object.keys(ACTION_NAMES).join(', ')})` };
	const flow = s.flows.find((f) => f.state === 'approving') || s.flows[0];
	const submitter = s.staffs().find((x) => x.id === flow.form.submitterId);
	const approvers = flow.currentApprovers.map((id) => s.staffs().find((x) => x.id === id)).filter(Boolean);
	const base = {
		flowId: flow.id,
		nodeId: event === 'ebot' ? `FLOW:${randomToken(4)}` : 'FLOW:1',
		action: event === 'ebot' ? 'freeflow.ebot' : event,
		actionName: ACTION_NAMES[event],
		state: flow.state,
		corporationId: s._corpId,
		userInfo: submitter ? { id: submitter.id, name: submitter.name, code: submitter.code, cellphone: submitter.cellphone } : {},
		currentApprovers: approvers.map((x) => ({ id: x.id, name: x.name })),
		form: { code: flow.code, title: flow.form.title, specificationId: flow.form.specificationId, submitterId: flow.form.submitterId, expenseMoney: flow.form.expenseMoney, outerCode: flow.form.outerCode },
		messageId: `msg-${randomToken(8)}`,
		timestamp: Date.now(),
	};
	if (event === 'ebot') base.signKey = randomToken(12);
	const payload = request.payload && typeof request.payload === 'object' ? { ...base, ...request.payload } : base;
	if (event === 'ebot') s.ebot.push({ flowId: payload.flowId, nodeId: payload.nodeId, signKey: payload.signKey, state: 'waiting', at: Date.now() });
	const body = JSON.stringify(payload);
	const variant = request.variant || 'valid';
	// Hose signs nothing (hose.md): forged/stale do not apply; replay re-sends the same message.
	if (!['valid', 'replay'].includes(variant)) return { status: 0, error: 'Hose outbound messages are unsigned: only valid and replay apply' };
	const headers = { 'content-type': 'application/json', ...(request.headers || {}) };
	return runVariant(variant, async () => deliver(request.url, { headers, body }));
}

module.exports = {
	defaultTtlSeconds: 7200,
	createState,
	handle,
	emit,
	defaultConfig: () => ({ refreshedTtlSeconds: 32 * 86400, approveIntervalMs: 0 }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { errorCode: f.errorCode ?? f.code ?? f.status ?? 400, errorMessage: f.errorMessage || f.message || 'fault', errorDetails: null } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { errorCode: 429, errorMessage: '请求过于频繁(QPS超限)' } } : { status: 500, body: { errorCode: 500, errorMessage: message || '系统异常' } }),
	isAuthPath: (p) => p === TOKEN_PATH,
};
