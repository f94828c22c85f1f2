'use strict';
// DiDi Enterprise (滴滴企业版) management API ("river"), from ../shared/vendors/didi.md, didi-operations.txt and
// didi-approval-create.txt. Every call is signed (sorted k=v + sign_key, MD5 or SHA-256 per app); GET carries
// params in the query (raw values signed), POST in a JSON body; envelope {errno, errmsg, data, request_id}
// with HTTP 200 even on errors; token expiry is errno 401.
const crypto = require('node:crypto');
const { md5, sha256, safeEqual, safeJson, parseChina, chinaDateTime, randomToken, sleep } = require('../lib/util');
const { deliver, runVariant, runBurst } = require('../lib/deliver');
const areas = require('./didi/index');

const ERRMSG = {
	0: 'SUCCESS',
	400: 'invalid client_id or client_secret',
	401: 'access_token无效或已过期',
	403: 'no permission for this api',
	406: '用户不存在',
	408: 'timestamp无效(需为秒级时间戳)',
	410: 'access_token不属于该client_id',
	412: 'client_id和access_token不能为空',
	10001: '参数错误',
	10002: 'IP不在白名单中',
	10003: '参数错误',
	19999: '签名错误',
	50202: '员工已存在',
	50503: '请求失败',
	50506: '外部审批单号已被使用',
};

// ---------------------------------------------------------------------------------------------------------
// Signing and AES (re-implemented from didi.md, independent of credentials/signing)

const valueText = (v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** The string DiDi hashes: every param except sign (null/undefined dropped) + sign_key, sorted by key, raw k=v. */
function signString(params, signKey) {
	const all = { ...params, sign_key: signKey };
	delete all.sign;
	return Object.keys(all)
		.filter((k) => all[k] !== undefined && all[k] !== null)
		.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
		.map((k) => `${k}=${valueText(all[k])}`)
		.join('&');
}
const sign = (params, signKey, method = 'sha256') => (method === 'md5' ? md5 : sha256)(signString(params, signKey));

/** AES key bytes: "aes128" = the key's UTF-8 bytes (16/24/32 → AES-128/192/256), "aes256" = 64 hex chars. */
function aesKey(key, encryption) {
	if (encryption === 'aes256') return Buffer.from(String(key), 'hex');
	return Buffer.from(String(key), 'utf8');
}
function aesEncrypt(plaintext, key, encryption) {
	const cipher = crypto.createCipheriv(`aes-${key.length * 8}-ecb`, key, null);
	const out = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
	return encryption === 'aes256' ? out.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out.toString('base64');
}
function aesDecrypt(text, key) {
	let b64 = String(text).replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '');
	while (b64.length % 4) b64 += '=';
	const decipher = crypto.createDecipheriv(`aes-${key.length * 8}-ecb`, key, null);
	return Buffer.concat([decipher.update(Buffer.from(b64, 'base64')), decipher.final()]).toString('utf8');
}
/** Splits "k=v&k2=v2" where values may themselves contain & or = (JSON strings): split only before "key=". */
function parsePairs(text) {
	const out = {};
	for (const part of String(text).split(/&(?=[A-Za-z0-9_]+=)/)) {
		const eq = part.indexOf('=');
		if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------
// State

function createState(data, core) {
	const companyId = core.credentials.didi.companyId;
	const regulations = data.regulations().map((r) => ({ ...r }));
	const roles = data.roles().map((r) => ({ ...r }));
	const employeeRole = roles[0].id;
	const budgetCenters = data.departments()
		.filter((d) => d.level > 0)
		.map((d) => ({
			id: d.id,
			name: d.name,
			type: 1,
			budget_cycle: 0,
			out_budget_id: d.code,
			total_quota: 0,
			is_limit_quota: 0,
			member_num: 0,
			available_quota: 0,
			freeze_quota: 0,
			leader_id: '',
			parent_id: d.level === 1 ? 0 : Number(d.parent_id),
			member_used: 0,
			status: 1,
		}));
	['数字化转型项目', '华南市场拓展项目', '新能源车队试点项目'].forEach((name, k) =>
		budgetCenters.push({ id: String(Number(budgetCenters[0].id) + 900 + k), name, type: 2, budget_cycle: 0, out_budget_id: `P${String(k + 1).padStart(3, '0')}`, total_quota: 0, is_limit_quota: 0, member_num: 0, available_quota: 0, freeze_quota: 0, parent_id: 0, member_used: 0, start_date: '2025-01-01', expiry_date: '2030-12-31', status: 1 }),
	);
	const approvalRegs = regulations.map((r) => r.regulation_id);
	let members;
	const state = {
		companyId,
		regulations,
		roles,
		cities: data.cities().map(({ order, ...c }) => c),
		legalEntities: data.legalEntities().map((l) => ({ ...l })),
		ranks: data.ranks().map((r) => ({ ...r })),
		budgetCenters,
		members: () =>
			(members =
				members ||
				data.employees().map((e) => ({
					id: e.member_id,
					member_id: e.member_id,
					realname: e.realname,
					phone: e.phone,
					employee_number: e.employee_number,
					email: e.email,
					system_role: 0,
					role_ids: employeeRole,
					residentsname: e.residentsname,
					use_company_money: 1,
					total_quota: '0',
					is_remark: 0,
					budget_center_id: e.department_id,
					project_ids: '',
					regulation_id: approvalRegs,
					legal_entity_id: e.legal_entity_id,
					sex: e.sex,
					status: e.status === 1 ? '1' : '2',
					dismiss_time: e.status === 1 ? '' : '2025-06-30 18:00:00',
					source: 2,
				}))),
		orders: () => data.rideOrders(),
		travelOrders: () => data.travelOrders(),
		approvals: [],
		outApprovalStatuses: [],
		_seq: { member: 0, approval: 0, budget: 0, request: 0 },
		_lastMemberWrite: 0,
		_budgetAddInFlight: 0,
	};
	return areas.extendState(state, data);
}

// ---------------------------------------------------------------------------------------------------------
// Answers

function requestId(state) {
	state._seq.request += 1;
	return `sbx${Date.now().toString(16)}${String(state._seq.request).padStart(6, '0')}`;
}
class DidiError extends Error {
	constructor(errno, errmsg, data) {
		super(errmsg || ERRMSG[errno] || 'error');
		this.errno = errno;
		this.data = data;
	}
}
const fail = (errno, detail, data) => {
	throw new DidiError(errno, detail ? `${ERRMSG[errno] || '错误'}(${detail})` : ERRMSG[errno], data);
};
const envelope = (state, errno, errmsg, data) => {
	const body = { errno, errmsg: errmsg ?? ERRMSG[errno] ?? 'error', data: data === undefined ? {} : data, request_id: requestId(state) };
	return { status: 200, body };
};

function faultAnswer(f, ctx) {
	const errno = Number(f.errno ?? f.code ?? 10001);
	return { status: f.status || 200, body: { errno, errmsg: f.errmsg || f.message || ERRMSG[errno] || 'error', data: f.data || {}, request_id: requestId(ctx.state()) } };
}
function transportFault(kind, ctx, message) {
	if (kind === '429') return { status: 429, body: { errno: 429, errmsg: 'too many requests', request_id: requestId(ctx.state()) } };
	return { status: 503, body: { errno: 503, errmsg: message || 'service unavailable', request_id: requestId(ctx.state()) } };
}

// ---------------------------------------------------------------------------------------------------------
// Validation helpers

function paging(p, { defaultLength = 100, maxLength = 100 } = {}) {
	const offset = p.offset === undefined || p.offset === '' ? 0 : Number(p.offset);
	const length = p.length === undefined || p.length === '' ? defaultLength : Number(p.length);
	if (!Number.isInteger(offset) || offset < 0) fail(10001, 'offset必须为非负整数');
	if (!Number.isInteger(length) || length < 1 || length > maxLength) fail(10001, `length取值范围1-${maxLength}`);
	if (offset % length !== 0) fail(10001, 'offset必须可以被length整除');
	return { offset, length };
}
function jsonString(p, key, errno = 10003, { required = false, array = false } = {}) {
	const value = p[key];
	if (value === undefined || value === null || value === '') {
		if (required) fail(errno, `${key}不能为空`);
		return undefined;
	}
	if (typeof value !== 'string') fail(errno, `${key}必须为json字符串`);
	const parsed = safeJson(value);
	if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') fail(errno, `${key}格式错误`);
	if (array && !Array.isArray(parsed.value)) fail(errno, `${key}必须为数组`);
	return parsed.value;
}
const isDay = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(parseChina(v));
const isDateTime = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v) && !Number.isNaN(parseChina(v));
const str = (v) => (v === undefined || v === null ? '' : String(v));

// ---------------------------------------------------------------------------------------------------------
// Members

/** @param {any} s @param {{ member_id?: string, phone?: string, employee_number?: string, email?: string }} by */
function findMember(s, { member_id, phone, employee_number, email }) {
	const list = s.members();
	if (member_id) return list.find((m) => m.id === String(member_id));
	if (phone) return list.find((m) => m.phone === String(phone));
	if (employee_number) return list.find((m) => m.employee_number === String(employee_number));
	if (email) return list.find((m) => m.email === String(email));
	return undefined;
}

/** DiDi: "同一公司。连续添加员工，需要间隔 150ms" — measured between arrivals of member writes. */
function memberWritePace(ctx) {
	const s = ctx.state();
	const now = Date.now();
	const gap = now - s._lastMemberWrite;
	const interval = Number(ctx.config.memberWriteIntervalMs);
	const tolerance = Number(ctx.config.memberWriteToleranceMs);
	s._lastMemberWrite = now;
	if (gap < interval - tolerance) fail(10001, `请求过于频繁，同一公司连续添加/修改/删除员工需要间隔${interval}ms（距上次${gap}ms）`);
}

const MEMBER_FIELDS = ['phone', 'realname', 'employee_number', 'email', 'system_role', 'role_ids', 'immediate_superior_phone', 'immediate_superior_employee_number', 'immediate_superior_email', 'residentsname', 'use_company_money', 'total_quota', 'is_remark', 'budget_center_id', 'out_budget_id', 'con_department_ids', 'regulation_id', 'set_dismiss_time', 'project_ids', 'legal_entity_id', 'out_legal_entity_id', 'rank_id', 'out_rank_id', 'english_surname', 'english_name', 'nickname', 'sex', 'birth_date', 'card_list'];

function memberData(p) {
	if (p.data === undefined || p.data === '') fail(10001, 'data不能为空');
	if (typeof p.data === 'object') return p.data; // tolerated: some clients send the object
	const parsed = safeJson(p.data);
	if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) fail(10001, 'data格式错误，需为json字符串');
	return parsed.value;
}
function checkMemberFields(d) {
	if (d.phone !== undefined && d.phone !== '' && !/^\d{11}$/.test(String(d.phone))) fail(10001, `手机号格式错误: ${d.phone}`);
	if (d.email !== undefined && d.email !== '' && !/^[^@\s]+@[^@\s]+$/.test(String(d.email))) fail(10001, `邮箱格式错误: ${d.email}`);
	if (d.realname !== undefined && String(d.realname).length > 50) fail(10001, 'realname不大于50字符');
	if (d.set_dismiss_time !== undefined && d.set_dismiss_time !== '' && !isDay(String(d.set_dismiss_time))) fail(10001, 'set_dismiss_time格式为yyyy-MM-dd');
	// "时间需要传入大于今天"
	if (d.set_dismiss_time && String(d.set_dismiss_time) <= chinaDateTime(Date.now()).slice(0, 10)) fail(10001, 'set_dismiss_time需要大于今天');
	// "常驻地目前只支持如“北京”、“北京市”、“北京市海淀区”格式，不支持“海淀区”此类格式"
	if (d.residentsname && /[区县]$/.test(String(d.residentsname)) && !/^[^区县]+市.+[区县]$/.test(String(d.residentsname))) fail(10001, `常驻地格式错误: ${d.residentsname}`);
}
function duplicateOf(s, d, self) {
	for (const key of ['phone', 'employee_number', 'email']) {
		if (!d[key]) continue;
		const other = s.members().find((m) => m !== self && m[key] && m[key] === String(d[key]));
		if (other) return { other, key };
	}
	return undefined;
}
function applyMember(m, d) {
	for (const key of MEMBER_FIELDS) {
		if (d[key] === undefined) continue;
		if (key === 'regulation_id') m.regulation_id = String(d[key]).split('_').filter(Boolean);
		else if (key === 'card_list') m.card_list = d[key];
		else m[key] = typeof d[key] === 'number' ? d[key] : String(d[key]);
	}
}
const memberDetail = (m) => {
	const { id, ...rest } = m;
	return { ...rest, member_id: id };
};

// ---------------------------------------------------------------------------------------------------------
// Approvals

// out_approval_id is unique per company_id + approval_type + applicant (Approval/create 注意: "唯一性校验：
// company_id+approval_type+申请人维度"), so by itself it may name several approvals. A lookup narrows by
// approval_type and the applicant (member_type + phone / employee_number / email) when given; one that still
// names several is refused (assumption: the document does not say what DiDi does then).
function approvalKeyLookup(s, p) {
	if (p.approval_id) return s.approvals.find((a) => a.approval_id === String(p.approval_id));
	if (!p.out_approval_id) return undefined;
	let candidates = s.approvals.filter((a) => a.out_approval_id === String(p.out_approval_id));
	if (p.approval_type !== undefined && p.approval_type !== '') candidates = candidates.filter((a) => a.approval_type === Number(p.approval_type));
	const key = { 0: 'phone', 1: 'employee_number', 2: 'email' }[p.member_type === undefined || p.member_type === '' ? 0 : Number(p.member_type)];
	if (key && p[key]) {
		const applicant = findMember(s, { [key]: p[key] });
		candidates = candidates.filter((a) => applicant && a.member_id === applicant.id);
	}
	if (candidates.length > 1) fail(10001, 'out_approval_id对应多个申请单,请同时传approval_type与申请人');
	return candidates[0];
}

function validateTravelDetail(p, required) {
	const detail = jsonString(p, 'travel_detail', 10003, { required });
	if (!detail) return undefined;
	if (Array.isArray(detail)) fail(10003, 'travel_detail格式错误');
	if (!isDay(detail.start_date) || !isDay(detail.end_date)) fail(10003, 'travel_detail的start_date/end_date格式为YYYY-MM-DD');
	if (detail.start_date > detail.end_date) fail(10003, '每一个开始日期必须小于等于结束日期');
	if (detail.trips !== undefined) {
		if (!Array.isArray(detail.trips)) fail(10003, 'travel_detail.trips必须为数组');
		if (detail.trips.length > 40) fail(10003, 'trip中城市行数量限制40个');
		for (const trip of detail.trips) {
			if (trip.start_date && trip.end_date && trip.start_date > trip.end_date) fail(10003, '每一个开始日期必须小于等于结束日期');
			if (trip.trip_type !== undefined && !/^[0-2](,[0-2])*$/.test(String(trip.trip_type))) fail(10003, 'trip_type取值0,1,2,多个用英文逗号分开');
		}
	}
	if (Array.isArray(detail.category_control) && detail.category_control.length === 0) fail(10003, 'category_control不能为空数组');
	return detail;
}

function validateBusinessTrip(p, type, required, { checkNow = true } = {}) {
	const detail = jsonString(p, 'business_trip_detail', 10003, { required });
	if (!detail) return undefined;
	if (Array.isArray(detail)) fail(10003, 'business_trip_detail格式错误');
	if (!detail.start_time || !detail.end_time) fail(10003, '开始时间、结束时间不能为空');
	if (!isDateTime(String(detail.start_time)) || !isDateTime(String(detail.end_time))) fail(10003, 'business_trip_detail时间格式为yyyy-MM-dd HH:mm:ss');
	const start = parseChina(detail.start_time);
	const end = parseChina(detail.end_time);
	if (start > end) fail(10003, '开始时间必须小于等于结束时间');
	if (checkNow && start < Date.now() - 5 * 60e3) fail(10003, '开始时间需要大于等于接口调用当前时间');
	if (type === 2 && Number(detail.is_return) === 1 && detail.trip_times !== undefined && Number(detail.trip_times) % 2 !== 0) {
		fail(10003, '往返用车时, trip_times必须是偶数');
	}
	if (type === 3 && detail.trips !== undefined) {
		if (!Array.isArray(detail.trips)) fail(10003, 'business_trip_detail.trips必须为数组');
		for (const t of detail.trips) if (t.city_id === undefined || t.city === undefined) fail(10003, 'trips需要city_id与city');
	}
	return detail;
}

function validateCommonApproval(p) {
	if (p.out_approval_id !== undefined && String(p.out_approval_id).length > 120) fail(10001, 'out_approval_id不大于120字符');
	if (p.reason !== undefined && String(p.reason).length > 200) fail(10001, 'reason限制200字符');
	if (p.extra_info !== undefined && p.extra_info !== '') {
		if (String(p.extra_info).length > 500) fail(10001, 'extra_info最长不大于500字符');
		jsonString(p, 'extra_info', 10003);
	}
	if (p.extend_field_list !== undefined && p.extend_field_list !== '' && String(p.extend_field_list).length > 500) fail(10001, 'extend_field_list最长不大于500字符');
	if (p.extend_field_list !== undefined && p.extend_field_list !== '') jsonString(p, 'extend_field_list', 10003);
	const passengers = jsonString(p, 'passenger_list', 10003, { array: true });
	if (passengers && passengers.length > 20) fail(10003, '出行人限制20个人');
	if (passengers) {
		for (const x of passengers) {
			if (x.passenger_type === undefined || !x.passenger_name) fail(10003, 'passenger_list需要passenger_type与passenger_name');
		}
	}
	if (p.budget_center_list !== undefined && p.budget_center_list !== '') {
		jsonString(p, 'budget_center_list', 10003, { array: true });
		if (p.budget_center_id || p.out_budget_id || p.extend_field_list) fail(10001, 'budget_center_list与budget_center_id/name/out_budget_id/extend_field_list不可以同时使用');
	}
}

const APPROVAL_FIELDS = ['reason', 'travel_detail', 'business_trip_detail', 'passenger_list', 'budget_center_id', 'name', 'out_budget_id', 'budget_center_list', 'extend_field_list', 'extra_info', 'travel_budget', 'travel_management', 'regulation_id', 'out_trip_id', 'out_trip_info'];
const STATUS_NAMES = { 1: '未开始', 2: '已开始', 3: '已结束', 4: '已取消' };

// ---------------------------------------------------------------------------------------------------------
// Orders

const publicOrder = (o) => {
	const { created_ms, ...rest } = o;
	return rest;
};
const ORDER_CATEGORIES = ['domesticflight', 'internationalflight', 'domestichotel', 'internationalhotel', 'train', 'car'];

// ---------------------------------------------------------------------------------------------------------
// Routes: `${METHOD} ${path}` → (ctx, params, state) → data (or an answer)

const routes = {
	// ---- members ----
	'POST /river/Member/single': (ctx, p, s) => {
		const d = memberData(p);
		if (!d.realname) fail(10001, 'realname不能为空');
		if (!d.phone && !d.employee_number && !d.email) fail(10001, '手机号、员工编号、邮箱需指定一个');
		checkMemberFields(d);
		memberWritePace(ctx);
		const dup = duplicateOf(s, d);
		if (dup) throw new DidiError(50202, `员工已存在(${dup.key}=${d[dup.key]}重复)`, { member_id: dup.other.id });
		s._seq.member += 1;
		const id = String(1125930000000000 + s._seq.member * 7 + (Date.now() % 7));
		const m = { id, member_id: id, realname: '', phone: '', employee_number: '', email: '', system_role: 0, role_ids: s.roles[0].id, use_company_money: 1, total_quota: '0', is_remark: 0, regulation_id: [], status: '1', source: 0, created_by: 'api' };
		applyMember(m, d);
		s.members().push(m);
		return { id, phone: m.phone };
	},
	'POST /river/Member/edit': (ctx, p, s) => {
		if (!p.member_id && !p.employee_number) fail(10001, 'member_id或employee_number不能同时为空');
		const d = memberData(p);
		checkMemberFields(d);
		memberWritePace(ctx);
		const m = findMember(s, p.member_id ? { member_id: p.member_id } : { employee_number: p.employee_number });
		if (!m) fail(406);
		const dup = duplicateOf(s, d, m);
		if (dup) throw new DidiError(50202, `员工已存在(${dup.key}=${d[dup.key]}重复)`, { member_id: dup.other.id });
		applyMember(m, d);
		return {};
	},
	'POST /river/Member/del': (ctx, p, s) => {
		let targets;
		if (p.member_id) {
			const ids = String(p.member_id).split('_').filter(Boolean);
			if (ids.length > 100) fail(10001, '一次最多删除100条');
			targets = ids.map((id) => findMember(s, { member_id: id }));
		} else if (p.employee_number) {
			const parsed = safeJson(String(p.employee_number));
			const numbers = parsed.ok && Array.isArray(parsed.value) ? parsed.value.map(String) : String(p.employee_number).split('_').filter(Boolean);
			if (numbers.length > 100) fail(10001, '一次最多删除100条');
			targets = numbers.map((n) => findMember(s, { employee_number: n }));
		} else fail(10001, 'member_id和employee_number不能同时为空');
		memberWritePace(ctx);
		if (targets.some((t) => !t)) fail(406);
		const list = s.members();
		for (const t of targets) list.splice(list.indexOf(t), 1);
		return {};
	},
	'GET /river/Member/get': (ctx, p, s) => {
		const { offset, length } = paging(p);
		let list = s.members();
		if (p.last_id) {
			const at = list.findIndex((m) => m.id === String(p.last_id));
			list = at < 0 ? [] : list.slice(at + 1);
		} else {
			if (p.phone) list = list.filter((m) => m.phone === String(p.phone));
			if (p.employee_number) list = list.filter((m) => m.employee_number === String(p.employee_number));
			if (p.email) list = list.filter((m) => m.email === String(p.email));
			if (p.realname) list = list.filter((m) => String(m.realname).includes(String(p.realname)));
		}
		if (p.status !== undefined && p.status !== '') list = list.filter((m) => String(m.status) === String(p.status));
		return { total: list.length, records: list.slice(offset, offset + length).map((m) => ({ ...m, member_id: undefined })) };
	},
	'GET /river/Member/detail': (ctx, p, s) => {
		if (!p.member_id && !p.phone && !p.employee_number) fail(10001, 'member_id、phone、employee_number需指定一个');
		const m = findMember(s, p);
		if (!m) fail(406);
		return memberDetail(m);
	},

	// ---- budget centres ----
	'POST /river/BudgetCenter/add': async (ctx, p, s) => {
		if (s._budgetAddInFlight > 0) {
			s._budgetAddInFlight += 0;
			fail(10001, '部门添加时，请不要并发操作');
		}
		s._budgetAddInFlight += 1;
		try {
			await sleep(Number(ctx.config.budgetAddProcessingMs) || 0);
			const type = Number(p.type);
			if (type !== 1 && type !== 2) fail(10001, 'type取值1部门 2项目');
			if (!p.name) fail(10001, 'name不能为空');
			if (String(p.name).length > 200) fail(10001, 'name不大于200字符');
			if (p.budget_cycle === undefined || p.budget_cycle === '' || ![0, 1, 2, 3].includes(Number(p.budget_cycle))) fail(10001, 'budget_cycle取值0-3');
			// BudgetCenter/add total_quota: "总金额，单位元 0表示不限额度 金额管控只支持正整数".
			if (p.total_quota === undefined || p.total_quota === '' || !/^\d+$/.test(String(p.total_quota))) fail(10001, 'total_quota为金额(元)，0表示不限额度，金额管控只支持正整数');
			if (type === 1 && !p.out_budget_id) fail(10001, 'type = 1 时out_budget_id必填');
			if (p.out_budget_id && String(p.out_budget_id).length > 64) fail(10001, 'out_budget_id长度限制≤64字符');
			const active = s.budgetCenters.filter((b) => b.status === 1 && b.type === type);
			if (type === 1 && active.some((b) => b.out_budget_id === String(p.out_budget_id))) fail(10001, `部门编号${p.out_budget_id}已存在`);
			if (type === 2 && p.out_budget_id && active.some((b) => b.out_budget_id === String(p.out_budget_id) && b.name === String(p.name))) fail(10001, '项目编号与名称已存在');
			if (p.parent_id && String(p.parent_id) !== '0' && !s.budgetCenters.some((b) => b.id === String(p.parent_id) && b.status === 1)) fail(10001, `上级部门/项目${p.parent_id}不存在`);
			for (const key of ['start_date', 'expiry_date']) if (p[key] && !isDay(String(p[key]))) fail(10001, `${key}格式为yyyy-MM-dd`);
			if (p.start_date && p.expiry_date && String(p.expiry_date) < String(p.start_date)) fail(10001, 'expiry_date不能早于start_date');
			if (p.legal_entity_id) {
				for (const id of String(p.legal_entity_id).split(',')) if (!s.legalEntities.some((l) => l.legal_entity_id === id && l.status === 1)) fail(10001, `公司主体${id}已经停用或者不存在`);
			}
			if (p.budget_extra_info) jsonString(p, 'budget_extra_info', 10001);
			s._seq.budget += 1;
			const id = String(1125920020960000 + s._seq.budget * 13);
			s.budgetCenters.push({
				id,
				name: String(p.name),
				type,
				budget_cycle: Number(p.budget_cycle),
				out_budget_id: str(p.out_budget_id),
				total_quota: Number(p.total_quota),
				is_limit_quota: Number(p.total_quota) > 0 ? 1 : 0,
				member_num: 0,
				available_quota: Number(p.total_quota),
				freeze_quota: 0,
				leader_id: str(p.leader_id),
				parent_id: Number(p.parent_id || 0),
				member_used: Number(p.member_used || 0),
				start_date: str(p.start_date),
				expiry_date: str(p.expiry_date),
				legal_entity_id: str(p.legal_entity_id),
				budget_extra_info: str(p.budget_extra_info),
				status: 1,
			});
			return { id };
		} finally {
			s._budgetAddInFlight -= 1;
		}
	},
	'POST /river/BudgetCenter/edit': (ctx, p, s) => {
		const b = findBudget(s, p);
		// BudgetCenter/edit out_budget_id: "更新部门时。字段必填。"
		if (b.type === 1 && !p.out_budget_id) fail(10001, '更新部门时out_budget_id必填');
		// BudgetCenter/edit total_quota: "总金额，单位元 0表示不限额度 小数点后保留两位精度".
		if (p.total_quota !== undefined && !/^\d+(\.\d{1,2})?$/.test(String(p.total_quota))) fail(10001, 'total_quota为金额(元)，小数点后保留两位精度');
		for (const key of ['start_date', 'expiry_date']) if (p[key] && !isDay(String(p[key]))) fail(10001, `${key}格式为yyyy-MM-dd`);
		if (p.name !== undefined && String(p.name).length > 200) fail(10001, 'name不大于200字符');
		if (p.parent_id === '' || p.out_parent_id === '') fail(10001, 'parent_id不可以传空字符');
		for (const key of ['name', 'budget_cycle', 'total_quota', 'leader_id', 'parent_id', 'member_used', 'start_date', 'expiry_date', 'legal_entity_id', 'budget_extra_info', 'out_budget_id']) {
			if (p[key] === undefined) continue;
			b[key] = ['budget_cycle', 'total_quota', 'parent_id', 'member_used'].includes(key) ? Number(p[key]) : String(p[key]);
		}
		return {};
	},
	'POST /river/BudgetCenter/del': (ctx, p, s) => {
		const b = findBudget(s, p);
		b.status = 0;
		return {};
	},
	'GET /river/BudgetCenter/get': (ctx, p, s) => {
		const { offset, length } = paging(p);
		let list = s.budgetCenters.filter((b) => b.status === 1);
		if (p.type !== undefined && p.type !== '') list = list.filter((b) => b.type === Number(p.type));
		if (p.id) list = list.filter((b) => b.id === String(p.id));
		if (p.out_budget_id) list = list.filter((b) => b.out_budget_id === String(p.out_budget_id));
		if (p.name) list = list.filter((b) => (Number(p.is_exact_name) === 1 ? b.name === String(p.name) : b.name.includes(String(p.name))));
		return { total: list.length, records: list.slice(offset, offset + length).map(({ status, ...b }) => b) };
	},

	// ---- approvals ----
	'POST /river/Approval/create': (ctx, p, s) => {
		const type = Number(p.approval_type);
		if (![1, 2, 3].includes(type)) fail(10003, 'approval_type取值1,2,3');
		if (!p.regulation_id && !(p.policy_type && p.policy_type_value)) fail(10001, 'regulation_id与policy_type、policy_type_value至少有一组有值');
		validateCommonApproval(p);
		const memberType = p.member_type === undefined || p.member_type === '' ? 0 : Number(p.member_type);
		const key = { 0: 'phone', 1: 'employee_number', 2: 'email' }[memberType];
		if (!key) fail(10001, 'member_type取值0,1,2');
		if (!p[key]) fail(10001, `member_type为${memberType}时${key}必传`);
		if (type === 1) validateTravelDetail(p, true);
		else validateBusinessTrip(p, type, true);
		const applicant = findMember(s, /** @type {Record<string, string>} */ ({ [key]: p[key] }));
		if (!applicant || applicant.status !== '1') fail(50503, '员工不在该企业中,请添加后重试');
		if (p.regulation_id) {
			const reg = s.regulations.find((r) => r.regulation_id === String(p.regulation_id));
			if (!reg || reg.regulation_status !== 1 || !applicant.regulation_id.includes(reg.regulation_id) || reg.approval_type !== type) {
				fail(50503, '用户配置了差旅或者审批制度,但是创建审批单传入的regulation_id不在该员工身上');
			}
		}
		if (p.out_approval_id) {
			// DiDi: unique per company_id + approval_type + applicant.
			const existing = s.approvals.find((a) => a.out_approval_id === String(p.out_approval_id) && a.approval_type === type && a.member_id === applicant.id);
			if (existing) {
				throw new DidiError(50506, `外部审批单号已被使用(对应的滴滴审批单ID为${existing.approval_id}),请更换外部审批单号或调用审批单修改API`);
			}
		}
		s._seq.approval += 1;
		const approvalId = String(9668294457792200000n + BigInt(s._seq.approval * 1000 + (Date.now() % 1000)));
		const record = {
			approval_id: approvalId,
			out_approval_id: str(p.out_approval_id),
			approval_type: type,
			member_id: applicant.id,
			phone: applicant.phone,
			employee_number: applicant.employee_number,
			status: 1,
			status_name: STATUS_NAMES[1],
			create_time: chinaDateTime(Date.now()),
		};
		for (const k of APPROVAL_FIELDS) if (p[k] !== undefined) record[k] = String(p[k]);
		s.approvals.push(record);
		return { approval_id: approvalId };
	},
	'POST /river/Approval/update': (ctx, p, s) => {
		const type = Number(p.approval_type);
		if (![1, 2, 3].includes(type)) fail(10003, 'approval_type取值1,2,3');
		if (!p.approval_id && !p.out_approval_id) fail(10001, 'approval_id与out_approval_id至少需要传一个');
		const a = approvalKeyLookup(s, p);
		if (!a) fail(10001, '申请单不存在');
		if (a.approval_type !== type) fail(10001, 'approval_type与申请单不一致');
		if (a.status === 4 || a.status === 3) fail(10001, `申请单${STATUS_NAMES[a.status]},不可修改`);
		validateCommonApproval(p);
		if (type === 1) validateTravelDetail(p, false);
		else validateBusinessTrip(p, type, false, { checkNow: false });
		for (const k of APPROVAL_FIELDS) if (p[k] !== undefined) a[k] = String(p[k]);
		a.update_time = chinaDateTime(Date.now());
		return {};
	},
	'POST /river/Approval/cancel': (ctx, p, s) => {
		if (!p.approval_id && !p.out_approval_id) fail(10001, 'approval_id与out_approval_id至少需要传一个');
		const a = approvalKeyLookup(s, p);
		if (!a) fail(10001, '申请单不存在');
		if (a.status === 3 || a.status === 4) fail(10001, `申请单${STATUS_NAMES[a.status]},不支持取消`);
		const pending = s.orders().some((o) => o.approval_id === a.approval_id && [5, 6].includes(o.status));
		if (pending && Number(p.is_force) !== 1) fail(10001, '申请单有进行中、未支付的订单，不可取消');
		a.status = 4;
		a.status_name = STATUS_NAMES[4];
		a.cancel_time = chinaDateTime(Date.now());
		return {};
	},
	'GET /open-apis/v1/approval/detail': (ctx, p, s) => {
		if (!p.approval_id && !p.out_approval_id) fail(10001, 'approval_id与out_approval_id至少需要传一个');
		const a = approvalKeyLookup(s, p);
		if (!a) fail(10001, '申请单不存在');
		return { ...a };
	},
	'GET /river/Approval/getOrder': (ctx, p, s) => {
		if (!p.approval_id) fail(10001, 'approval_id不能为空');
		const { offset, length } = paging(p);
		const a = s.approvals.find((x) => x.approval_id === String(p.approval_id));
		if (!a) fail(10001, '申请单不存在');
		const list = s.orders().filter((o) => o.approval_id === a.approval_id);
		return { total: list.length, records: list.slice(offset, offset + length).map((o) => ({ ...publicOrder(o), out_approval_id: a.out_approval_id, regulation_id: a.regulation_id || '' })) };
	},
	'POST /river/OutApproval/Status': (ctx, p, s) => {
		if (!p.out_id) fail(10001, 'out_id不能为空');
		if (!['0', '1'].includes(String(p.status))) fail(10001, 'status取值0驳回 1通过');
		const known = s.outApprovalStatuses.find((x) => x.out_id === String(p.out_id));
		if (known) {
			known.status = Number(p.status);
			known.update_time = chinaDateTime(Date.now());
		} else s.outApprovalStatuses.push({ out_id: String(p.out_id), status: Number(p.status), update_time: chinaDateTime(Date.now()) });
		return {};
	},

	// ---- orders ----
	'GET /river/Order/get': (ctx, p, s) => {
		const { offset, length } = paging(p);
		let from = -Infinity;
		let to = Infinity;
		if (p.start_date || p.end_date) {
			if (!isDay(String(p.start_date)) || !isDay(String(p.end_date))) fail(10001, 'start_date/end_date格式为yyyy-MM-dd');
			from = parseChina(p.start_date);
			to = parseChina(p.end_date) + 86400e3 - 1;
		} else if (p.start_time || p.end_time) {
			if (!isDateTime(String(p.start_time)) || !isDateTime(String(p.end_time))) fail(10001, 'start_time/end_time格式为yyyy-MM-dd HH:mm:ss');
			from = parseChina(p.start_time);
			to = parseChina(p.end_time);
		}
		if (from > to) fail(10001, '开始时间不能大于结束时间');
		let list = s.orders().filter((o) => o.created_ms >= from && o.created_ms <= to);
		if (p.phone) list = list.filter((o) => o.passenger_phone === String(p.phone) || o.call_phone === String(p.phone));
		if (p.call_phone) list = list.filter((o) => o.call_phone === String(p.call_phone));
		if (p.budget_center_id) list = list.filter((o) => o.budget_center_id === String(p.budget_center_id));
		for (const key of ['use_car_type', 'pay_type', 'is_invoice']) if (p[key] !== undefined && p[key] !== '') list = list.filter((o) => o[key] === Number(p[key]));
		return { total: list.length, records: list.slice(offset, offset + length).map(publicOrder) };
	},
	'GET /river/Order/detail': (ctx, p, s) => orderDetail(p, s),
	'POST /river/Order/detail': (ctx, p, s) => orderDetail(p, s),
	'POST /open-apis/v1/order/list': (ctx, p, s) => {
		if (!p.param_json) fail(10001, 'param_json不能为空');
		const q = jsonString(p, 'param_json', 10001);
		if (!q.order_type || !['all', ...ORDER_CATEGORIES].includes(q.order_type)) fail(10001, 'order_type取值all,domesticflight,internationalflight,domestichotel,internationalhotel,train,car');
		const st = q.search_time || {};
		if (!st.type) fail(10001, 'search_time.type不能为空');
		if (!isDateTime(st.start_time) || !isDateTime(st.end_time)) fail(10001, 'start_time，end_time成对出现，格式：yyyy-MM-dd HH:mm:ss');
		const from = parseChina(st.start_time);
		const to = parseChina(st.end_time);
		if (from > to) fail(10001, '开始时间不能大于结束时间');
		if (to - from > 30 * 86400e3) fail(10001, '时间范围最大30天');
		if (from < Date.now() - 2 * 366 * 86400e3) fail(10001, '最早时间距今不超过两年');
		const page = Number(q.cur_page);
		const limit = Number(q.limit);
		if (!Number.isInteger(page) || page < 1) fail(10001, 'cur_page从1开始');
		if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail(10001, 'limit限制100');
		let approvalFilter;
		if (q.approval && q.approval.value) {
			const a = s.approvals.find((x) => (Number(q.approval.type) === 2 ? x.approval_id : x.out_approval_id) === String(q.approval.value));
			approvalFilter = a ? a.approval_id : '__none__';
		}
		const categories = q.order_type === 'all' ? ORDER_CATEGORIES : [q.order_type];
		const out = {};
		for (const category of categories) {
			let list;
			if (category === 'car') list = s.orders().filter((o) => o.created_ms >= from && o.created_ms <= to && (!approvalFilter || o.approval_id === approvalFilter));
			else list = s.travelOrders().filter((o) => o.category === category && o.created_ms >= from && o.created_ms <= to && !approvalFilter);
			if (q.passenger && q.passenger.value) list = list.filter((o) => o.passenger_phone === String(q.passenger.value));
			list = list.slice(0, 10000);
			const ids = list.slice((page - 1) * limit, page * limit).map((o) => o.order_id);
			out[`${category}_data`] = { order_ids: ids.join(','), page: { cur_page: page, limit, total: list.length } };
		}
		return out;
	},

	// ---- reference data ----
	'GET /river/Regulation/get': (ctx, p, s) => s.regulations.map((r) => ({ ...r })),
	'GET /river/Regulation/detail': (ctx, p, s) => {
		if (!p.regulation_id) fail(10001, 'regulation_id不能为空');
		const r = s.regulations.find((x) => x.regulation_id === String(p.regulation_id));
		if (!r) fail(10001, '制度不存在');
		return { ...r, institution_id: r.regulation_id };
	},
	'GET /river/City/get': (ctx, p, s) => s.cities.map((c) => ({ ...c })),
	'GET /river/Role/get': (ctx, p, s) => s.roles.map((r) => ({ ...r })),
	'GET /river/Rank/getRanks': (ctx, p, s) => {
		const { offset, length } = paging(p);
		return { total: s.ranks.length, records: s.ranks.slice(offset, offset + length) };
	},
	'GET /river/LegalEntity/get': (ctx, p, s) => {
		const { offset, length } = paging(p);
		let list = s.legalEntities.filter((l) => l.status === 1);
		if (p.legal_entity_id) list = list.filter((l) => l.legal_entity_id === String(p.legal_entity_id));
		if (p.keyword) list = list.filter((l) => l.name.includes(String(p.keyword)));
		return { total: list.length, records: list.slice(offset, offset + length) };
	},
};

Object.assign(routes, areas.routes({ fail, DidiError, paging, jsonString, isDay, isDateTime, str, findMember, memberWritePace, chinaDateTime, parseChina }));

function findBudget(s, p) {
	let b;
	if (p.id) b = s.budgetCenters.find((x) => x.id === String(p.id) && x.status === 1);
	else if (p.out_budget_id) {
		if (Number(p.type) === 2 && !p.name) fail(10001, '使用out_budget_id操作项目时，项目名称需要一起提供');
		b = s.budgetCenters.find((x) => x.status === 1 && x.out_budget_id === String(p.out_budget_id) && (Number(p.type) !== 2 || x.name === String(p.name)) && (!p.type || x.type === Number(p.type)));
	} else fail(10001, 'id与out_budget_id不能同时为空');
	if (!b) fail(10001, '部门或项目不存在');
	return b;
}

function orderDetail(p, s) {
	if (!p.order_id) fail(10001, 'order_id不能为空');
	const o = s.orders().find((x) => x.order_id === String(p.order_id));
	if (!o) fail(10001, '订单不存在');
	const out = { ...publicOrder(o), company_id: s.companyId, dest_city: o.city, dest_city_name: o.city_name };
	if (Number(p.need_call_employee_number) === 1) {
		const m = s.members().find((x) => x.id === o.member_id);
		out.call_employee_number = m ? m.employee_number : '';
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------
// The request pipeline: whitelist → params → (decrypt) → client_id/access_token → timestamp → sign → token

function readParams(ctx) {
	if (ctx.method === 'GET' || ctx.method === 'DELETE') return { ...ctx.query };
	const type = String(ctx.headers['content-type'] || '');
	const raw = ctx.raw;
	let body = {};
	if (raw.trim()) {
		if (type.includes('application/x-www-form-urlencoded')) {
			for (const [k, v] of new URLSearchParams(raw)) body[k] = v;
		} else {
			const parsed = safeJson(raw);
			if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return undefined;
			body = parsed.value;
		}
	}
	return { ...ctx.query, ...body };
}

async function handle(ctx) {
	const s = ctx.state();
	const config = ctx.config;
	const creds = ctx.credentials;
	const answer = (errno, errmsg, data) => {
		ctx.entry.errno = errno;
		return envelope(s, errno, errmsg, data);
	};
	let p = readParams(ctx);
	ctx.entry.body = p;
	ctx.entry.params = p;
	if (config.whitelist === false) return answer(10002);
	if (!p) return answer(412, 'client_id和access_token不能为空(请求体需为JSON对象)');

	const isAuth = ctx.path === '/river/Auth/authorize';
	const signMethod = config.signMethod === 'md5' ? 'md5' : 'sha256';
	const verifySign = (params) => {
		if (!params.sign) {
			ctx.entry.signature = 'missing';
			return false;
		}
		const ok = safeEqual(sign(params, creds.signKey, signMethod), String(params.sign).toLowerCase());
		ctx.entry.signature = ok ? 'ok' : 'bad';
		return ok;
	};
	const signFailure = (params) => {
		const shown = signString(params, '******');
		return answer(19999, '签名错误(sign error)', { params_sign_str: shown });
	};

	if (isAuth) {
		if (ctx.method !== 'POST') return answer(412);
		if (!/^\d{10}$/.test(str(p.timestamp))) return answer(408);
		if (!verifySign(p)) return signFailure(p);
		if (p.grant_type !== 'client_credentials') return answer(10001, '参数错误(grant_type需为client_credentials)');
		if (p.client_id !== creds.clientId || p.client_secret !== creds.clientSecret) return answer(400);
		const { token, expiresIn } = ctx.core.issueToken('didi', p.client_id);
		ctx.entry.errno = 0;
		return { status: 200, body: { access_token: token, expires_in: expiresIn, token_type: 'Bearer', scope: 'all', errno: 0, errmsg: 'SUCCESS', request_id: requestId(s) } };
	}

	if (!p.client_id || !p.access_token) return answer(412);
	const encrypted = p.encrypt_content !== undefined;
	if (config.encryption && config.encryption !== 'none') {
		if (!encrypted) return answer(10001, '参数错误(该应用已开启加密传输，需传encrypt_content与ent)');
		const ent = config.encryption === 'aes256' ? 2 : 1;
		if (Number(p.ent) !== ent) return answer(10001, `参数错误(ent需为${ent})`);
	} else if (encrypted) return answer(10001, '参数错误(该应用未开启加密传输)');

	let business = p;
	if (encrypted) {
		if (!verifySign(p)) return signFailure(p);
		let plain;
		try {
			plain = aesDecrypt(p.encrypt_content, aesKey(config.encryptKey, config.encryption));
		} catch {
			return answer(10001, '参数错误(encrypt_content解密失败)');
		}
		business = { ...parsePairs(plain), client_id: p.client_id, access_token: p.access_token };
		ctx.entry.decrypted = business;
		if (!/^\d{10}$/.test(str(business.timestamp))) return answer(408);
	} else {
		if (!/^\d{10}$/.test(str(p.timestamp))) return answer(408);
		if (!verifySign(p)) return signFailure(p);
	}

	const token = ctx.core.checkToken('didi', String(p.access_token));
	if (token.verdict !== 'ok') return answer(401);
	if (token.info.subject !== p.client_id) return answer(410);
	if (business.company_id !== undefined && String(business.company_id) !== String(creds.companyId)) return answer(10001, '参数错误(company_id与应用不匹配)');

	const fault = ctx.fault();
	if (fault) {
		ctx.entry.errno = fault.body && fault.body.errno;
		return fault;
	}
	const route = routes[`${ctx.method} ${ctx.path}`];
	if (!route) {
		const other = Object.keys(routes).find((k) => k.endsWith(` ${ctx.path}`));
		if (other) return answer(412, `client_id和access_token不能为空(该接口需使用${other.split(' ')[0]})`);
		return { status: 404, body: { errno: 404, errmsg: `not emulated: ${ctx.method} ${ctx.path}`, request_id: requestId(s) } };
	}
	let data;
	try {
		data = await route(ctx, business, s);
	} catch (error) {
		if (error instanceof DidiError) return answer(error.errno, error.message, error.data);
		throw error;
	}
	ctx.entry.errno = 0;
	if (data && data[areas.RAW]) return data[areas.RAW];
	if (encrypted) {
		const enc = aesEncrypt(JSON.stringify(data), aesKey(config.encryptKey, config.encryption), config.encryption);
		return { status: 200, body: { errno: 0, errmsg: 'SUCCESS', encrypt_data: enc, request_id: requestId(s) } };
	}
	return answer(0, 'SUCCESS', data);
}

// ---------------------------------------------------------------------------------------------------------
// Emit: DiDi's notification (our documented assumption — DiDi's push format is not public)

const DEFAULT_PAYLOADS = {
	'approval.status_changed': { approval_id: '9668294457792204005', out_approval_id: 'TA_100002', out_id: 'OUT-100002', status: 1 },
	'order.finished': { order_id: '17000000000000000001', status: 'finished', total_price: '35.20' },
	'order.cancelled': { order_id: '17000000000000000002', status: 'cancelled' },
	'member.changed': { member_id: '1125930000000007', change_type: 'update' },
};

async function emit(core, request) {
	const creds = core.credentials.didi;
	const config = core.config.didi;
	const event = request.event || 'order.finished';
	const payload = request.payload ?? DEFAULT_PAYLOADS[event] ?? {};
	const format = request.format === 'form' ? 'form' : 'json';
	const signKey = request.secret || creds.signKey;
	const method = config.signMethod === 'md5' ? 'md5' : 'sha256';
	const unsigned = request.signing === 'unsigned';
	const extraHeaders = request.headers && typeof request.headers === 'object' ? request.headers : {};
	const build = (variant) => {
		const now = Math.floor(Date.now() / 1000);
		const params = {
			notify_type: event,
			notify_id: `ntf-${randomToken(8)}`,
			company_id: creds.companyId,
			client_id: creds.clientId,
			timestamp: variant === 'stale' ? now - 600 : variant === 'future' ? now + 600 : now,
			data: typeof payload === 'string' ? payload : JSON.stringify(payload),
		};
		if (!unsigned) params.sign = sign(params, variant === 'forged' ? `${signKey}-forged` : signKey, method);
		const body = format === 'form' ? new URLSearchParams(/** @type {[string, string][]} */ (Object.entries(params).map(([k, v]) => [k, String(v)]))).toString() : JSON.stringify(params);
		const headers = { 'content-type': format === 'form' ? 'application/x-www-form-urlencoded' : 'application/json', 'user-agent': 'didi-es-notify/sandbox', ...extraHeaders };
		return { url: request.url, body, headers };
	};
	const variant = request.variant || 'valid';
	if (variant === 'burst') return runBurst(() => build('valid'), request);
	if (!['valid', 'forged', 'stale', 'future', 'replay'].includes(variant)) {
		return { status: 0, error: `DiDi emit supports valid, forged, stale, future, replay, burst (not "${variant}")`, sent: null };
	}
	return runVariant(variant, async (v) => {
		const { body, headers } = build(v);
		return deliver(request.url, { headers, body });
	});
}

function defaultConfig(creds) {
	return {
		signMethod: creds.signMethod || 'sha256',
		encryption: creds.encryption || 'none',
		encryptKey: creds.encryptKey || '',
		whitelist: true,
		memberWriteIntervalMs: 150,
		memberWriteToleranceMs: 10,
		budgetAddProcessingMs: 25,
	};
}

function applyConfig(config, changes) {
	if (changes.signMethod !== undefined && !['md5', 'sha256'].includes(changes.signMethod)) throw Object.assign(new Error('signMethod must be md5 or sha256'), { status: 400 });
	if (changes.encryption !== undefined && !['none', 'aes128', 'aes256'].includes(changes.encryption)) throw Object.assign(new Error('encryption must be none, aes128 or aes256'), { status: 400 });
	Object.assign(config, changes);
}

module.exports = {
	defaultTtlSeconds: 1800,
	createState,
	handle,
	emit,
	faultAnswer,
	transportFault,
	defaultConfig,
	applyConfig,
	isAuthPath: (path) => path === '/river/Auth/authorize',
	// exported for the contract tests (published vectors)
	signString,
	sign,
	aesKey,
	aesEncrypt,
	aesDecrypt,
	parsePairs,
};
