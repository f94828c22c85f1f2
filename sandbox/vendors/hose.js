'use strict';
// Hose (合思 / 易快报) open API, from ../shared/vendors/hose.md and hose-endpoints.txt. Token from
// appKey/appSecurity, passed as the `accessToken` query parameter; an invalid/expired token is HTTP 403;
// errors {errorCode, errorMessage} with HTTP 400/412; ids in paths as `$id`, id lists as `[a,b]`;
// paging start/count ≤ 100; `form.outerCode` is the idempotency key of documents; ≤10 documents per approval.
const { safeJson, randomToken } = require('../lib/util');
const { deliver, runVariant } = require('../lib/deliver');

function createState(data) {
	let staffs;
	return {
		staffs: () => (staffs = staffs || data.employees().map((e) => ({ id: `${data.company.company_id}:${e.member_id}`, name: e.realname, code: e.employee_number, cellphone: e.phone, email: e.email, departments: [e.department_id], defaultDepartment: e.department_id, active: e.status === 1, updateTime: Date.parse(`${e.hired_at}T00:00:00+08:00`) }))),
		departments: data.departments().map((d) => ({ id: d.id, name: d.name, code: d.code, parentId: d.parent_id === '0' ? '' : d.parent_id, active: true })),
		flows: [],
		approvals: [],
		_seq: 0,
	};
}

class HoseError extends Error {
	constructor(status, message, details) {
		super(message);
		Object.assign(this, { status, details });
	}
}
const fail = (status, message, details) => {
	throw new HoseError(status, message, details);
};
function paging(q) {
	const start = q.start === undefined ? 0 : Number(q.start);
	const count = q.count === undefined ? 100 : Number(q.count);
	if (!Number.isInteger(start) || start < 0) fail(400, 'start必须为非负整数');
	if (!Number.isInteger(count) || count < 1 || count > 100) fail(400, 'count取值范围1-100');
	return { start, count };
}
const idIn = (segment) => {
	const m = /^\$(.+)$/.exec(decodeURIComponent(segment));
	if (!m) fail(400, `路径中的ID需以$开头: ${segment}`);
	return m[1];
};
const idsIn = (segment) => {
	const m = /^\[(.*)\]$/.exec(decodeURIComponent(segment));
	if (!m) fail(400, `ID列表需写在[]中: ${segment}`);
	return m[1].split(',').map((x) => x.trim()).filter(Boolean);
};

function route(ctx, s, b, q) {
	const M = ctx.method;
	const p = ctx.path;
	let m;
	if (M === 'GET' && p === '/api/openapi/v1.1/staffs') {
		const { start, count } = paging(q);
		let list = s.staffs();
		if (q.active !== undefined) list = list.filter((x) => String(x.active) === String(q.active));
		return { count: list.length, items: list.slice(start, start + count) };
	}
	if (M === 'POST' && p === '/api/openapi/v1.1/staffs') {
		if (!b.name || !b.code) fail(400, 'name与code不能为空');
		if (s.staffs().some((x) => x.code === b.code)) fail(412, `员工编码${b.code}已存在`);
		const staff = { id: `${randomToken(6)}:${b.code}`, active: true, departments: [], ...b, updateTime: Date.now() };
		s.staffs().push(staff);
		return { value: staff.id };
	}
	if (M === 'PUT' && (m = /^\/api\/openapi\/v1\.1\/staffs\/update\/([^/]+)$/.exec(p))) {
		const key = idIn(m[1]);
		const staff = s.staffs().find((x) => (q.type === 'code' ? x.code === key : x.id === key));
		if (!staff) fail(400, `员工不存在: ${key}`);
		Object.assign(staff, b, { updateTime: Date.now() });
		return { value: true };
	}
	if (M === 'PUT' && (m = /^\/api\/openapi\/v1\.1\/staffs\/disableOrEnableStaff\/([^/]+)$/.exec(p))) {
		const ids = idsIn(m[1]);
		for (const id of ids) {
			const staff = s.staffs().find((x) => x.id === id);
			if (!staff) fail(400, `员工不存在: ${id}`);
			staff.active = String(q.active ?? b.active) !== 'false';
		}
		return { value: true };
	}
	if (M === 'GET' && p === '/api/openapi/v1/departments') {
		const { start, count } = paging(q);
		return { count: s.departments.length, items: s.departments.slice(start, start + count) };
	}
	if (M === 'POST' && p === '/api/openapi/v1/departments') {
		if (!b.name) fail(400, 'name不能为空');
		if (b.code && s.departments.some((d) => d.code === b.code)) fail(412, `部门编码${b.code}已存在`);
		const d = { id: `${randomToken(6)}`, active: true, parentId: '', ...b };
		s.departments.push(d);
		return { value: d.id };
	}
	if (M === 'POST' && p === '/api/openapi/v2.2/flow/data') {
		const form = b.form || {};
		if (!form.title || !form.specificationId || !form.submitterId) fail(400, 'form.title、form.specificationId、form.submitterId不能为空');
		if (form.outerCode) {
			const dup = s.flows.find((f) => f.form.outerCode === form.outerCode);
			if (dup) fail(412, `outerCode已存在: ${form.outerCode}`, { flowId: dup.id, code: dup.code });
		}
		s._seq += 1;
		const flow = { id: `ID01${randomToken(6)}`, code: `B${String(24000000 + s._seq)}`, state: q.isCommit === 'true' ? 'approving' : 'draft', form, createTime: Date.now() };
		s.flows.push(flow);
		return { flow: { id: flow.id, code: flow.code, state: flow.state } };
	}
	if (M === 'GET' && p === '/api/openapi/v1.1/flowDetails') {
		const flow = s.flows.find((f) => f.id === q.flowId);
		if (!flow) fail(400, `单据不存在: ${q.flowId}`);
		return { value: flow };
	}
	if (M === 'GET' && (m = /^\/api\/openapi\/v2\/approveStates\/([^/]+)$/.exec(p))) {
		return { items: idsIn(m[1]).map((id) => ({ flowId: id, state: (s.flows.find((f) => f.id === id) || {}).state || 'notFound' })) };
	}
	if (M === 'POST' && (m = /^\/api\/openapi\/v1\/backlog\/data\/([^/]+)$/.exec(p))) {
		const ids = idsIn(m[1]);
		if (ids.length > 10) fail(412, '批量审批单次最多10个单据');
		const action = b.action && b.action.name;
		if (!['freeflow.agree', 'freeflow.reject', 'freeflow.nullify'].includes(action)) fail(400, 'action.name取值freeflow.agree、freeflow.reject、freeflow.nullify');
		for (const id of ids) {
			const flow = s.flows.find((f) => f.id === id);
			if (!flow) fail(400, `单据不存在: ${id}`);
			flow.state = { 'freeflow.agree': 'paying', 'freeflow.reject': 'rejected', 'freeflow.nullify': 'nullify' }[action];
			s.approvals.push({ flowId: id, action, comment: b.action.comment, approveId: b.approveId, at: Date.now() });
		}
		return { value: { success: ids.length } };
	}
	return undefined;
}

async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const err = (status, errorMessage, errorDetails) => ({ status, body: { errorCode: status, errorMessage, errorDetails: errorDetails ?? null } });
	const parsed = ctx.raw ? safeJson(ctx.raw) : { ok: true, value: {} };
	if (ctx.method === 'POST' && ctx.path === '/api/openapi/v1/auth/getAccessToken') {
		const b = parsed.ok ? parsed.value || {} : {};
		if (b.appKey !== creds.appKey || b.appSecurity !== creds.appSecurity) return err(400, 'appKey或appSecurity不正确');
		const { token, expiresIn } = ctx.core.issueToken('hose', b.appKey);
		return { status: 200, body: { value: { accessToken: token, refreshToken: `r${randomToken(8)}`, expireTime: Date.now() + expiresIn * 1000, corporationId: 'sandboxCorp' } } };
	}
	if (ctx.core.checkToken('hose', ctx.query.accessToken).verdict !== 'ok') return err(403, 'accessToken无效或已过期');
	const fault = ctx.fault();
	if (fault) return fault;
	if (!parsed.ok) return err(400, '请求体不是合法的JSON');
	try {
		const value = route(ctx, s, parsed.value || {}, ctx.query);
		if (value === undefined) return err(404, `接口不存在: ${ctx.method} ${ctx.path}`);
		return { status: 200, body: value };
	} catch (error) {
		if (error instanceof HoseError) return err(error.status, error.message, error.details);
		throw error;
	}
}

async function emit(core, request) {
	const payload = request.payload ?? { flowId: 'ID01sandbox', nodeId: 'FLOW:1', action: request.event || 'backlog.approving', actionName: '待审批', state: 'approving', userInfo: { id: 'sandboxCorp:1', name: '张三' } };
	const body = JSON.stringify(payload);
	const variant = request.variant || 'valid';
	// Hose's outbound messages are not signed (hose.md): forged/stale variants do not apply.
	if (!['valid', 'replay'].includes(variant)) return { status: 0, error: 'Hose outbound messages are unsigned: only valid and replay apply' };
	return runVariant(variant, async () => deliver(request.url, { headers: { 'content-type': 'application/json' }, body }));
}

module.exports = {
	defaultTtlSeconds: 7200,
	createState,
	handle,
	emit,
	faultAnswer: (f) => ({ status: f.status || 400, body: { errorCode: f.errorCode ?? f.code ?? f.status ?? 400, errorMessage: f.errorMessage || f.message || 'fault', errorDetails: null } }),
	transportFault: (kind, ctx, message) => (kind === '429' ? { status: 429, body: { errorCode: 429, errorMessage: 'QPS limit exceeded' } } : { status: 500, body: { errorCode: 500, errorMessage: message || 'internal error' } }),
	isAuthPath: (p) => p === '/api/openapi/v1/auth/getAccessToken',
};
