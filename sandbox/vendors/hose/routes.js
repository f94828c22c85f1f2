'use strict';
// Hose endpoints (hose.md, hose-endpoints.txt). Handlers return the answer body ({value} / {count, items} /
// {items}) or throw HoseError(status, message, details) → {errorCode, errorMessage, errorDetails}.
const { parseChina } = require('../../lib/util');

class HoseError extends Error {
	constructor(status, message, details) {
		super(message);
		this.status = status;
		this.details = details;
	}
}
const fail = (status, message, details) => {
	throw new HoseError(status, message, details);
};
// 新增员工 v1.1: mainland mobile, or a foreign number written "(区号)号码" — only digits and ASCII brackets.
const PHONE = /^(1\d{10}|\(\d{1,4}\)\d{4,15})$/;
const str = (v) => (v === undefined || v === null ? '' : String(v));

function paging(q) {
	const start = q.start === undefined || q.start === '' ? 0 : Number(q.start);
	const count = q.count === undefined || q.count === '' ? 100 : Number(q.count);
	if (!Number.isInteger(start) || start < 0) fail(400, 'start必须为非负整数');
	if (!Number.isInteger(count) || count < 1 || count > 100) fail(400, 'count取值范围1-100');
	return { start, count };
}
const pageOf = (list, q) => {
	const { start, count } = paging(q);
	return { count: list.length, items: list.slice(start, start + count) };
};
/** `$id` path segment → id. */
const idIn = (segment) => {
	const m = /^\$(.+)$/.exec(decodeURIComponent(segment));
	if (!m) fail(400, `路径中的ID需以$开头: ${decodeURIComponent(segment)}`);
	return m[1];
};
/** `[id1,id2]` path segment → ids. */
const idsIn = (segment) => {
	const m = /^\[(.*)\]$/.exec(decodeURIComponent(segment));
	if (!m) fail(400, `ID列表需写在[]中: ${decodeURIComponent(segment)}`);
	const ids = m[1].split(',').map((x) => x.trim()).filter(Boolean);
	if (!ids.length) fail(400, 'ID列表不能为空');
	return ids;
};
const time = (v) => (v === undefined || v === '' ? undefined : /^\d+$/.test(str(v)) ? Number(v) : parseChina(str(v)));

/** Department paths ("财务中心/费用组") from the parent chain, below the root (the corporation itself). */
function repath(s) {
	const byId = new Map(s.departments.map((d) => [d.id, d]));
	for (const d of s.departments) {
		const names = [];
		for (let x = d, guard = 0; x && x.parentId && guard < 50; x = byId.get(x.parentId), guard++) names.unshift(x.name);
		d.path = names.join('/') || d.name;
	}
}

// ---- staff ---------------------------------------------------------------------------------------------
function staffCreate(s, b) {
	if (!b.name || !b.code) fail(400, 'name与code不能为空');
	if (b.cellphone !== undefined && b.cellphone !== '' && !PHONE.test(str(b.cellphone))) fail(400, `手机号格式不正确，只能包含数字和英文括号: ${b.cellphone}`);
	if (b.email === '') fail(400, 'email可以不传，但不可以传空字符串');
	const list = s.staffs();
	if (list.some((x) => x.code === str(b.code))) fail(412, `员工工号${b.code}已存在`);
	if (b.cellphone && list.some((x) => x.cellphone === str(b.cellphone))) fail(412, `手机号${b.cellphone}已存在`);
	const depts = Array.isArray(b.departments) ? b.departments.map(String) : b.defaultDepartment ? [str(b.defaultDepartment)] : [];
	for (const d of depts) if (!s.departments.some((x) => x.id === d)) fail(412, `部门不存在: ${d}`);
	s._seq += 1;
	const staff = { id: `${s._corpId}:api${String(s._seq).padStart(6, '0')}`, name: b.name, code: str(b.code), cellphone: str(b.cellphone), email: str(b.email), note: b.note ?? null, userId: str(b.userid), departments: depts, defaultDepartment: str(b.defaultDepartment || depts[0] || ''), active: true, staffCustomForm: b.staffCustomForm && typeof b.staffCustomForm === 'object' ? { ...b.staffCustomForm } : {}, updateTime: Date.now() };
	list.push(staff);
	return staff;
}
function staffFind(s, key, byCode) {
	return s.staffs().find((x) => (byCode ? x.code === key : x.id === key));
}
function staffUpdate(s, staff, b) {
	if (b.cellphone !== undefined && !PHONE.test(str(b.cellphone))) fail(400, `手机号格式不正确，只能包含数字和英文括号: ${b.cellphone}`);
	if (b.email === '') fail(400, 'email可以不传，但不可以传空字符串');
	if (b.name !== undefined && !str(b.name).trim()) fail(400, '员工名称不能为空');
	for (const d of Array.isArray(b.departments) ? b.departments : []) if (!s.departments.some((x) => x.id === str(d) || (x.code && x.code === str(d)))) fail(412, `部门不存在: ${d}`);
	if (b.cellphone && s.staffs().some((x) => x !== staff && x.cellphone === str(b.cellphone))) fail(412, `手机号${b.cellphone}已存在`);
	const { id, code, userid, staffCustomForm, ...changes } = b;
	if (userid !== undefined) changes.userId = str(userid);
	if (staffCustomForm && typeof staffCustomForm === 'object') changes.staffCustomForm = { ...(staff.staffCustomForm || {}), ...staffCustomForm };
	Object.assign(staff, changes, { updateTime: Date.now() });
	return staff;
}

// ---- flows ---------------------------------------------------------------------------------------------
const flowBy = (s, key, value) => s.flows.find((f) => (key === 'outerCode' ? f.form.outerCode === value && value : f[key] === value));
function approverFor(s, form) {
	const dept = s.departments.find((d) => d.id === form.expenseDepartment);
	const staff = s.staffs();
	const inDept = staff.find((x) => x.active && x.id !== form.submitterId && dept && x.defaultDepartment === dept.id);
	return (inDept || staff.find((x) => x.active && x.id !== form.submitterId)).id;
}
function checkForm(s, form) {
	if (!form || typeof form !== 'object') fail(400, 'form不能为空');
	if (!form.title || !form.specificationId || !form.submitterId) fail(400, 'form.title、form.specificationId、form.submitterId不能为空');
	if (!s.specifications.some((x) => x.id === form.specificationId)) fail(412, `单据模板不存在: ${form.specificationId}`);
	const submitter = s.staffs().find((x) => x.id === form.submitterId);
	if (!submitter) fail(412, `提交人不存在: ${form.submitterId}`);
	if (!submitter.active) fail(412, `提交人已停用: ${form.submitterId}`);
	for (const d of form.details || []) {
		if (!s.feeTypes.some((f) => f.id === d.feeTypeId && f.active)) fail(412, `费用类型不存在或已停用: ${d.feeTypeId}`);
		const amount = d.feeTypeForm && d.feeTypeForm.amount && d.feeTypeForm.amount.standard;
		if (amount !== undefined && !/^-?\d+(\.\d{1,2})?$/.test(str(amount))) fail(400, `金额格式不正确: ${amount}`);
	}
	return submitter;
}
function submit(s, flow, who) {
	if (!['draft', 'rejected'].includes(flow.state)) fail(412, `单据当前状态为${flow.state}，不能提交`);
	flow.state = 'approving';
	flow.currentApprovers = [approverFor(s, flow.form)];
	flow.updateTime = Date.now();
	s.logs.push({ flowId: flow.id, action: 'freeflow.submit', operatorId: who || flow.form.submitterId, time: Date.now() });
}

/** Sum of the lines' amount.standard as exact 2-decimal text (integer cents). */
function sumStandard(details) {
	let cents = 0n;
	for (const d of details) {
		const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(str(d && d.feeTypeForm && d.feeTypeForm.amount && d.feeTypeForm.amount.standard));
		if (m) cents += (m[1] ? -1n : 1n) * (BigInt(m[2]) * 100n + BigInt((m[3] || '').padEnd(2, '0')));
	}
	const sign = cents < 0n ? '-' : '';
	const abs = cents < 0n ? -cents : cents;
	return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const ACTIONS = { 'freeflow.agree': 'paying', 'freeflow.reject': 'rejected', 'freeflow.nullify': 'nullify' };

function table(config) {
	const R = [];
	const add = (method, pattern, handler) => R.push([method, new RegExp(`^${pattern}$`), handler]);
	// corporation, templates
	add('GET', '/api/openapi/v1/corporations', (s) => ({ value: s.corporation[0] }));
	add('GET', '/api/openapi/v1/specifications/latestByType', (s, b, q) => {
		if (q.type && !['expense', 'loan', 'requisition', 'payment', 'custom'].includes(q.type)) fail(400, `type取值expense、loan、requisition、payment、custom: ${q.type}`);
		return { items: s.specifications.filter((x) => !q.type || x.type === q.type) };
	});
	add('GET', '/api/openapi/v1/feeTypes', (s) => ({ items: s.feeTypes }));
	// staff
	add('GET', '/api/openapi/v1.1/staffs', (s, b, q) => {
		let list = s.staffs();
		if (q.active !== undefined && q.active !== '') list = list.filter((x) => String(x.active) === String(q.active));
		const from = time(q.startDate ?? q.updateStartTime);
		const to = time(q.endDate ?? q.updateEndTime);
		if (Number.isNaN(from) || Number.isNaN(to)) fail(400, '时间格式不正确(毫秒时间戳或yyyy-MM-dd HH:mm:ss)');
		if (from !== undefined) list = list.filter((x) => x.updateTime >= from);
		if (to !== undefined) list = list.filter((x) => x.updateTime <= to);
		return pageOf(list, q);
	});
	add('POST', '/api/openapi/v1.1/staffs', (s, b) => ({ value: staffCreate(s, b).id }));
	add('POST', '/api/openapi/v1.1/staffs/batch/create', (s, b) => {
		const list = Array.isArray(b.staffList) ? b.staffList : Array.isArray(b.staffs) ? b.staffs : fail(400, 'staffList不能为空');
		if (!list.length || list.length > 100) fail(400, '批量新增员工每次1-100条');
		return { items: list.map((x) => ({ code: str(x.code), id: staffCreate(s, x).id })) };
	});
	add('PUT', '/api/openapi/v1.1/staffs/update/([^/]+)', (s, b, q, m) => {
		const key = idIn(m[1]);
		const staff = staffFind(s, key, q.type === 'code');
		if (!staff) fail(412, `员工不存在: ${key}`);
		staffUpdate(s, staff, b);
		return { value: true };
	});
	add('PUT', '/api/openapi/v1.1/staffs/batch/update', (s, b, q) => {
		const list = Array.isArray(b.staffList) ? b.staffList : Array.isArray(b.staffs) ? b.staffs : fail(400, 'staffList不能为空');
		if (!list.length || list.length > 100) fail(400, '批量修改员工每次1-100条');
		if (q.type !== 'code' && list.some((x) => !str(x.name).trim())) fail(400, '员工名称不能为空');
		const found = list.map((x) => [x, staffFind(s, str(q.type === 'code' ? x.code : x.id), q.type === 'code')]);
		const missing = found.find(([, staff]) => !staff);
		if (missing) fail(412, `员工不存在: ${missing[0].id || missing[0].code}`);
		for (const [x, staff] of found) staffUpdate(s, staff, x);
		return { value: true };
	});
	add('PUT', '/api/openapi/v1.1/staffs/disableOrEnableStaff/([^/]+)', (s, b, q, m) => {
		const ids = idsIn(m[1]);
		const active = str(q.active ?? b.active);
		if (!['true', 'false'].includes(active)) fail(400, 'active取值true或false');
		const staff = ids.map((id) => staffFind(s, id) || fail(412, `员工不存在: ${id}`));
		for (const x of staff) Object.assign(x, { active: active === 'true', updateTime: Date.now() });
		return { value: true };
	});
	add('POST', '/api/openapi/v1/staffs/getStaffIds', (s, b) => {
		// 查询员工: type STAFFID / CODE / CELLPHONE / MAIL / USERID (the document's names; ID and EMAIL kept as aliases).
		const field = { STAFFID: 'id', ID: 'id', CODE: 'code', CELLPHONE: 'cellphone', MAIL: 'email', EMAIL: 'email', USERID: 'userId' }[str(b.type).toUpperCase()] || fail(400, 'type取值STAFFID、CODE、CELLPHONE、MAIL、USERID');
		const keys = Array.isArray(b.conditionIds) && b.conditionIds.length ? b.conditionIds.map(String) : fail(400, '查询conditionIds不能为空');
		if (keys.length > 100) fail(400, 'conditionIds每次最多100个');
		return { items: s.staffs().filter((x) => keys.includes(x[field])) };
	});
	// departments
	add('GET', '/api/openapi/v1/departments', (s, b, q) => pageOf(s.departments, q));
	const deptCreate = (s, b) => {
		if (!b.name) fail(400, 'name不能为空');
		// 新增部门: a code equal to a disabled department's is allowed; to an active one's refused.
		if (b.code && s.departments.some((d) => d.active && d.code === str(b.code))) fail(412, `该部门编码「${b.code}」已存在`);
		const parent = b.parentId ? s.departments.find((d) => d.id === str(b.parentId)) || fail(412, `上级部门不存在: ${b.parentId}`) : s.departments[0];
		if (s.departments.some((d) => d.parentId === parent.id && d.name === b.name)) fail(412, '该部门在同级有相同的部门名称');
		s._seq += 1;
		const d = { id: `${s._corpId}:dept${String(s._seq).padStart(5, '0')}`, name: b.name, code: str(b.code), parentId: parent.id, active: true, path: '', form: b.form && typeof b.form === 'object' ? { ...b.form } : {}, order: Number(b.order) || 0 };
		s.departments.push(d);
		repath(s);
		return d;
	};
	// 新增部门 answers {value: <the department>}.
	add('POST', '/api/openapi/v1/departments', (s, b) => ({ value: deptCreate(s, b) }));
	add('POST', '/api/openapi/v1/departments/batch/create', (s, b) => {
		const list = Array.isArray(b.departmentList) ? b.departmentList : fail(400, 'departmentList不能为空');
		if (!list.length || list.length > 100) fail(400, '批量新增部门每次1-100条');
		return { items: list.map((x) => deptCreate(s, x)) };
	});
	const deptOf = (s, key) => s.departments.find((d) => d.id === key || (d.code && d.code === key)) || fail(412, `部门不存在: ${key}`);
	add('PUT', '/api/openapi/v1/departments/update/([^/]+)', (s, b, q, m) => {
		const d = deptOf(s, idIn(m[1]));
		if (b.code && s.departments.some((x) => x !== d && x.code === str(b.code))) fail(412, `部门编码${b.code}已存在`);
		const { id, path, ...changes } = b;
		if (changes.parentId !== undefined && !s.departments.some((x) => x.id === str(changes.parentId))) fail(412, `上级部门不存在: ${changes.parentId}`);
		Object.assign(d, changes);
		repath(s);
		return { value: true };
	});
	add('PUT', '/api/openapi/v1/departments/disableOrEnableDepartment/([^/]+)', (s, b, q, m) => {
		const d = deptOf(s, idIn(m[1]));
		const active = str(q.active ?? b.active);
		if (!['true', 'false'].includes(active)) fail(400, 'active取值true或false');
		if (active === 'false' && s.staffs().some((x) => x.active && x.defaultDepartment === d.id)) fail(412, '部门下存在在职员工，不能停用');
		d.active = active === 'true';
		// 停用部门: descendants are disabled too; enabling does not enable them.
		if (!d.active) for (const x of s.departments) if (x.path.startsWith(`${d.path}/`)) x.active = false;
		return { value: true };
	});
	add('GET', '/api/openapi/v1/departments/getDepartmentByName', (s, b, q) => ({ items: s.departments.filter((d) => d.name === str(q.name)) }));
	add('GET', '/api/openapi/v1/departments/getDepartmentByPath', (s, b, q) => ({ value: s.departments.find((d) => d.path === str(q.path)) || fail(412, `部门不存在: ${q.path}`) }));
	// 根据部门ID或编码获取部门信息: departmentBy id|code; only active departments are found.
	add('GET', '/api/openapi/v1/departments/([^/]+)', (s, b, q, m) => {
		const key = idIn(m[1]);
		const by = str(q.departmentBy);
		if (by && !['id', 'code'].includes(by)) fail(400, 'departmentBy取值id或code');
		const d = s.departments.find((x) => x.active && (by === 'code' ? x.code === key : by === 'id' ? x.id === key : x.id === key || (x.code && x.code === key)));
		return { value: d || fail(400, '未找到对应部门') };
	});
	// documents
	add('POST', '/api/openapi/v2.2/flow/data', (s, b, q) => {
		const form = b.form;
		checkForm(s, form);
		if (form.outerCode) {
			const dup = flowBy(s, 'outerCode', str(form.outerCode));
			if (dup) fail(412, `outerCode已存在: ${form.outerCode}`, { flowId: dup.id, code: dup.code });
		}
		s._seq += 1;
		const spec = s.specifications.find((x) => x.id === form.specificationId);
		const flow = { id: `${s._corpId}:flowapi${String(s._seq).padStart(5, '0')}`, code: `B${String(25000000 + s._seq)}`, state: 'draft', formType: spec.type, currentApprovers: [], createTime: Date.now(), updateTime: Date.now(), form: { ...form, outerCode: str(form.outerCode) } };
		// 根据单据ID获取单据详情: an expense report answers its expenseMoney (the sum of its lines, standardScale 2).
		if (spec.type === 'expense' && !flow.form.expenseMoney && Array.isArray(form.details)) flow.form.expenseMoney = { standard: sumStandard(form.details), standardUnit: '元' };
		s.flows.push(flow);
		s.logs.push({ flowId: flow.id, action: 'freeflow.create', operatorId: form.submitterId, time: Date.now() });
		if (str(q.isCommit) === 'true') submit(s, flow);
		return { flow: { id: flow.id, code: flow.code, state: flow.state, form: flow.form } };
	});
	add('PUT', '/api/openapi/v2.2/flow/data/([^/]+)', (s, b, q, m) => {
		const flow = flowBy(s, 'id', idIn(m[1])) || fail(412, '单据不存在');
		if (!['draft', 'rejected'].includes(flow.state)) fail(412, `单据当前状态为${flow.state}，不能修改`);
		const form = { ...flow.form, ...(b.form || {}) };
		checkForm(s, form);
		if (form.outerCode !== flow.form.outerCode && form.outerCode && flowBy(s, 'outerCode', str(form.outerCode))) fail(412, `outerCode已存在: ${form.outerCode}`);
		flow.form = form;
		flow.updateTime = Date.now();
		return { flow: { id: flow.id, code: flow.code, state: flow.state, form } };
	});
	add('POST', '/api/openapi/v2/flow/data/submitFlow', (s, b, q) => {
		const flow = flowBy(s, 'id', str(q.flowId || b.flowId)) || fail(412, `单据不存在: ${q.flowId || b.flowId || ''}`);
		submit(s, flow, b.submitterId);
		return { value: { id: flow.id, state: flow.state } };
	});
	add('GET', '/api/openapi/v1.1/flowDetails', (s, b, q) => ({ value: flowBy(s, 'id', str(q.flowId)) || fail(412, `单据不存在: ${q.flowId || ''}`) }));
	add('GET', '/api/openapi/v1.1/flowDetails/byCode', (s, b, q) => ({ value: flowBy(s, 'code', str(q.code)) || fail(412, `单据不存在: ${q.code || ''}`) }));
	add('GET', '/api/openapi/v1.1/flowDetails/outerCode', (s, b, q) => ({ value: flowBy(s, 'outerCode', str(q.outerCode)) || fail(412, `单据不存在: ${q.outerCode || ''}`) }));
	add('GET', '/api/openapi/v1.1/flowDetails/allLogs', (s, b, q) => {
		const flow = flowBy(s, 'id', str(q.flowId)) || fail(412, `单据不存在: ${q.flowId || ''}`);
		return { items: s.logs.filter((l) => l.flowId === flow.id) };
	});
	add('GET', '/api/openapi/v2/approveStates/([^/]+)', (s, b, q, m) => {
		const ids = idsIn(m[1]);
		if (ids.length > 100) fail(400, '单次最多查询100个单据');
		return { items: ids.map((id) => ({ flowId: id, state: (flowBy(s, 'id', id) || {}).state || 'notFound' })) };
	});
	// 获取企业下所有待审批单据 (get-approve-corporation.md): paging by `index` (from 0) and `count` (required; "大于100按
	// 100返回"; without it the answer is {count, items: []}); newest backlog first; `count` is the number of backlog
	// entries, `items` the documents "单据数据结构是一样的" as 根据单据ID获取单据详情, with `actions` keyed by the staff
	// who can act. No filter is documented (an approverId query is ignored).
	add('GET', '/api/openapi/v1/docs/backlog', (s, b, q) => {
		const list = s.flows.filter((f) => f.state === 'approving').sort((x, y) => y.updateTime - x.updateTime);
		const index = q.index === undefined || q.index === '' ? 0 : Number(q.index);
		if (q.count === undefined || q.count === '') return { count: list.length, items: [] };
		const count = Math.min(100, Number(q.count));
		if (!Number.isInteger(index) || index < 0 || !Number.isInteger(count) || count < 1) fail(400, 'index、count必须为非负整数');
		const view = (f) => {
			const { code, id, state, formType, currentApprovers, createTime, updateTime, form } = f;
			return { active: true, createTime, updateTime, corporationId: s._corpId, form: { code, ...form }, ownerId: form.submitterId, state, flowType: 'freeflow', formType, logs: s.logs.filter((l) => l.flowId === id), actions: Object.fromEntries(currentApprovers.map((a) => [a, ['freeflow.agree', 'freeflow.reject']])), id };
		};
		return { count: list.length, items: list.slice(index, index + count).map(view) };
	});
	add('POST', '/api/openapi/v1/backlog/data/([^/]+)', (s, b, q, m) => {
		const ids = idsIn(m[1]);
		if (ids.length > 10) fail(412, '批量审批单次最多10个单据');
		const wait = Number(config.approveIntervalMs) || 0;
		if (wait && Date.now() - s._lastApproval < wait) fail(412, `批量审批循环调用间隔需大于${wait / 1000}秒`);
		if (!b.approveId) fail(400, 'approveId不能为空');
		const action = b.action && b.action.name;
		if (!ACTIONS[action]) fail(400, 'action.name取值freeflow.agree、freeflow.reject、freeflow.nullify');
		if (action === 'freeflow.reject' && !b.action.comment) fail(400, '驳回时comment不能为空');
		const flows = ids.map((id) => flowBy(s, 'id', id) || fail(412, `单据不存在: ${id}`));
		for (const f of flows) {
			if (f.state !== 'approving') fail(412, `单据${f.code}当前状态为${f.state}，不在审批中`);
			if (!f.currentApprovers.includes(str(b.approveId))) fail(412, `${b.approveId}不是单据${f.code}的当前审批人`);
		}
		for (const f of flows) {
			f.state = ACTIONS[action];
			f.currentApprovers = [];
			f.updateTime = Date.now();
			s.logs.push({ flowId: f.id, action, operatorId: str(b.approveId), comment: str(b.action.comment), time: Date.now() });
			s.approvals.push({ flowId: f.id, action, approveId: str(b.approveId), comment: str(b.action.comment), at: Date.now() });
		}
		s._lastApproval = Date.now();
		// 单据审批 answers counts; this emulation processes the documents at once (residue 0).
		return { value: { total: flows.length, success: flows.length, error: 0, residue: 0, errorMsg: null, lastBacklogId: '', filter: 0 } };
	});
	// 回写单据凭证信息: {voucher: [{flowId, voucherNo, voucherCreateTime, fiscalPeriod?}]}, only `paid` documents;
	// voucherNo "" removes the voucher number.
	add('PUT', '/api/openapi/v2.1/flow/data/erpVoucher', (s, b) => {
		const list = Array.isArray(b.voucher) && b.voucher.length ? b.voucher : fail(400, 'voucher凭证信息至少一条');
		for (const v of list) {
			if (!v.flowId || v.voucherNo === undefined || v.voucherNo === null || v.voucherCreateTime === undefined || v.voucherCreateTime === '') fail(400, 'flowId、voucherNo、voucherCreateTime不能为空');
			if (!/^\d{13}$/.test(str(v.voucherCreateTime))) fail(400, `voucherCreateTime应为毫秒级时间戳: ${v.voucherCreateTime}`);
			const flow = flowBy(s, 'id', str(v.flowId)) || fail(412, `不存在此单据[${v.flowId}]`);
			if (flow.state !== 'paid') fail(400, `单据Id:[[${flow.id}]]的单据不是已支付状态，不能回写单据凭证，请检查`);
		}
		for (const v of list) {
			const flow = flowBy(s, 'id', str(v.flowId));
			flow.voucher = str(v.voucherNo) === '' ? { voucherNo: '', voucherStatus: '未生成', voucherCreateTime: 0 } : { voucherNo: str(v.voucherNo), voucherStatus: '已生成', voucherCreateTime: Number(v.voucherCreateTime), fiscalPeriod: v.fiscalPeriod === undefined ? undefined : str(v.fiscalPeriod) };
			flow.form.voucherNo = flow.voucher.voucherNo;
		}
		return { value: true };
	});
	// 提交单据的支付结果: items [{id, code: P00001 paid | P00002 failed, errorMsg}] → per item R00000 … R00006.
	add('POST', '/api/openapi/v1/paymentResults', (s, b) => {
		const items = Array.isArray(b.items) && b.items.length ? b.items : fail(400, 'items不能为空');
		return {
			items: items.map((it) => {
				const answer = (code) => ({ id: str(it.id), code, errorMsg: null });
				if (!it || !it.id) return answer('R00006');
				const flow = flowBy(s, 'id', str(it.id));
				if (!flow) return answer('R00001');
				if (!['P00001', 'P00002'].includes(it.code)) return answer('R00005');
				if (flow.state === 'paid') return answer('R00002');
				if (flow.state !== 'paying') return answer('R00003');
				flow.payment = { code: it.code, errorMsg: it.errorMsg ?? null, at: Date.now() };
				if (it.code === 'P00001') flow.state = 'paid';
				return answer('R00000');
			}),
		};
	});
	// requisitions
	add('POST', '/api/openapi/v1/requisition/getData', (s, b) => pageOf(s.requisitions.filter((x) => !b.staffId || x.ownerId === str(b.staffId)), b));
	add('GET', '/api/openapi/v1/requisition/([^/]+)', (s, b, q, m) => ({ value: s.requisitions.find((x) => x.id === idIn(m[1])) || fail(412, '申请事项不存在') }));
	add('PUT', '/api/openapi/v1/requisition/closeRequisition/([^/]+)', (s, b, q, m) => {
		const list = idsIn(m[1]).map((id) => s.requisitions.find((x) => x.id === id) || fail(412, `申请事项不存在: ${id}`));
		for (const x of list) x.state = 'CLOSED';
		return { value: true };
	});
	// travel
	// 同步订单信息: {data: [order]}; required fields per the document; an order is kept per orderNo (a re-sync updates it).
	const ORDER_REQUIRED = ['initialOriginalOrderNo', 'initialParentOrderNo', 'initialOrderNo', 'originalOrderNo', 'parentOrderNo', 'orderNo', 'orderSummary', 'orderDate', 'orderStatus', 'orderCategory', 'travelType', 'realAmount', 'bookingPlatform'];
	add('POST', '/api/openapi/v1/travel/costCenter/synTravelOrder', (s, b) => {
		const orders = Array.isArray(b.data) && b.data.length ? b.data : fail(400, 'data不能为空');
		for (const o of orders) {
			const missing = ORDER_REQUIRED.filter((k) => o[k] === undefined || o[k] === null || str(o[k]) === '');
			if (missing.length) fail(400, `${missing.join('、')}不能为空`);
			if (o.orderType !== undefined && !['common', 'hotel', 'flight', 'train', 'taxi', 'meal'].includes(o.orderType)) fail(400, 'orderType取值common、hotel、flight、train、taxi、meal');
			if (!/^\d{13}$/.test(str(o.orderDate))) fail(400, `orderDate应为毫秒级时间戳: ${o.orderDate}`);
			if (!/^-?\d+(\.\d{1,2})?$/.test(str(o.realAmount))) fail(400, `realAmount金额格式不正确: ${o.realAmount}`);
			if (!['因公', '因私'].includes(str(o.travelType))) fail(400, 'travelType取值因公、因私');
		}
		for (const o of orders) {
			const at = s.syncedOrders.findIndex((x) => x.orderNo === str(o.orderNo));
			if (at >= 0) s.syncedOrders[at] = { ...s.syncedOrders[at], ...o };
			else s.syncedOrders.push({ ...o, orderNo: str(o.orderNo) });
		}
		return { value: true };
	});
	// 获取行程管理/订单管理业务对象列表 (get-tripManager-order.md): body entityId (required: the 订单管理 object of
	// one category — flights, hotels and trains each have their own entityId), start, count (≤ 100: "单次查询总数
	// 不得大于100"), startDate / endDate "yyyy-MM-dd HH:mm:ss" on the creation time; answers
	// {items: {total, data: [{dataLink: {E_<entityId>_<field>…, active, createTime, updateTime, entityId}, ledger,
	// planned, plans, ledgers}]}}, newest code first ("根据 xxx_code（编号）倒序"). Unknown entityId → 400 业务对象模板不存在.
	add('POST', '/api/openapi/v2.1/datalink/TRAVEL_MANAGEMENT/searchOrders', (s, b) => {
		const entityId = str(b.entityId);
		if (!entityId) fail(400, 'entityId不能为空');
		const category = Object.keys(s.orderEntities).find((k) => s.orderEntities[k] === entityId);
		if (!category) fail(400, '业务对象模板不存在');
		const start = Number(b.start);
		const count = Number(b.count);
		if (!Number.isInteger(start) || start < 0 || !Number.isInteger(count) || count < 1) fail(400, 'start、count不能为空');
		if (count > 100) fail(400, '单次查询总数不得大于100');
		const window = (v, name) => {
			if (v === undefined || v === '') return undefined;
			if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(str(v))) fail(400, `${name}格式应为yyyy-MM-dd HH:mm:ss`);
			return parseChina(str(v));
		};
		const from = window(b.startDate, 'startDate');
		const to = window(b.endDate, 'endDate');
		const inCategory = (o) => (category === 'flight' ? /flight$/ : category === 'hotel' ? /hotel$/ : /^train$/).test(o.category);
		let list = s.travelOrders().filter(inCategory);
		if (from !== undefined) list = list.filter((o) => o.created_ms >= from);
		if (to !== undefined) list = list.filter((o) => o.created_ms <= to);
		list = [...list].sort((x, y) => (x.order_id < y.order_id ? 1 : x.order_id > y.order_id ? -1 : 0));
		const f = (name) => `E_${entityId}_${name}`;
		const data = list.slice(start, start + count).map((o) => ({
			dataLink: {
				id: `${s._corpId}:dl${o.order_id}`,
				[f('code')]: o.order_id,
				[f('name')]: `${o.from_city}-${o.to_city}`,
				[f('订单号')]: o.order_id,
				[f('出发地')]: JSON.stringify([{ key: '1', label: o.from_city }]),
				[f('到达地')]: JSON.stringify([{ key: '2', label: o.to_city }]),
				[f('出行人')]: [`${s._corpId}:${o.member_id}`],
				[f('订单金额')]: { standard: o.amount, standardUnit: '元', standardScale: 2, standardSymbol: '¥', standardNumCode: '156', standardStrCode: 'CNY' },
				[f('订单状态')]: '已成交',
				active: true,
				createTime: o.created_ms,
				updateTime: o.created_ms + 3600e3,
				entityId,
			},
			ledger: {},
			planned: {},
			plans: [],
			ledgers: [],
		}));
		return { items: { total: list.length, data } };
	});
	return R;
}

module.exports = { table, HoseError, fail, idIn };
