'use strict';
// Zeyi (则一) vehicle maintenance API, from ../shared/vendors/zeyi.md and zeyi-maintenance-api.txt.
// Login → Bearer token (30 days, same token while valid, HTTP 401 when invalid); every business call carries
// appKey/timestamp(ms)/nonce(6)/sign = md5(appKey+appSecret+timestamp+nonce+body) headers; envelope
// {success, businessException, errorCode, message}. The sandbox also acts as Zeyi calling the integrator.
const crypto = require('node:crypto');
const { md5, safeEqual, randomAlnum } = require('../lib/util');
const { deliver, runVariant, runBurst } = require('../lib/deliver');

const OK = { success: true, businessException: false };
const refuse = (message, errorCode = '200') => ({ success: false, businessException: true, errorCode, message });

class ZeyiError extends Error {}
const fail = (message) => {
	throw new ZeyiError(message);
};

// ---- exact decimals -----------------------------------------------------------------------------------
/** Parses JSON keeping every number's source text (Zeyi amounts are Bigdecimal: never lose precision). */
function parseKeepingNumbers(text) {
	let out = '';
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			out += ch;
			if (ch === '\\') out += text[++i] ?? '';
			else if (ch === '"') inString = false;
			continue;
		}
		if (ch === '"') {
			inString = true;
			out += ch;
			continue;
		}
		const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
		if (m && (i === 0 || /[\s:,[]/.test(text[i - 1]) || /[:,[]\s*$/.test(out))) {
			out += JSON.stringify(`\u0000num:${m[0]}`);
			i += m[0].length - 1;
			continue;
		}
		out += ch;
	}
	return JSON.parse(out, (key, value) => (typeof value === 'string' && value.startsWith('\u0000num:') ? { $num: value.slice(5) } : value));
}
const numText = (v) => (v && typeof v === 'object' && v.$num !== undefined ? v.$num : v === undefined || v === null ? undefined : String(v));
/** Decimal text → scaled BigInt (cents × 10^4), or undefined. */
function dec(v) {
	const t = numText(v);
	if (t === undefined || t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
	const [int, frac = ''] = t.replace('-', '').split('.');
	const scaled = BigInt(int) * 1000000n + BigInt((frac + '000000').slice(0, 6));
	return t.startsWith('-') ? -scaled : scaled;
}
const decText = (n) => {
	const neg = n < 0n;
	const abs = neg ? -n : n;
	const frac = String(abs % 1000000n).padStart(6, '0').replace(/0+$/, '');
	return `${neg ? '-' : ''}${abs / 1000000n}${frac ? `.${frac}` : ''}`;
};
/** Plain JSON value with numbers as their exact text (for storage/state). */
function plain(v) {
	if (Array.isArray(v)) return v.map(plain);
	if (v && typeof v === 'object') {
		if (v.$num !== undefined) return v.$num;
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
	}
	return v;
}

// ---- AES (zeyi.md "Encryption") ----------------------------------------------------------------------
function aesEncrypt(text, key, iv) {
	const c = crypto.createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
	return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('base64');
}
function aesDecrypt(b64, key, iv) {
	const d = crypto.createDecipheriv(`aes-${key.length * 8}-cbc`, key, iv);
	return Buffer.concat([d.update(Buffer.from(b64, 'base64')), d.final()]).toString('utf8');
}
/** Decrypts `{"data":"<base64>"}`: issued IV with "appKey+timestamp+nonce+data" plaintext, or a random IV prepended. */
function decryptBody(b64, creds, timestamp, nonce) {
	const key = Buffer.from(creds.appSecret, 'utf8');
	try {
		const text = aesDecrypt(b64, key, Buffer.from(creds.aesIv, 'utf8'));
		const prefix = `${creds.appKey}${timestamp}${nonce}`;
		if (text.startsWith(prefix)) return text.slice(prefix.length);
	} catch {
		// fall through to the random-IV form
	}
	const raw = Buffer.from(b64, 'base64');
	if (raw.length < 32) throw new Error('ciphertext too short');
	return aesDecrypt(raw.subarray(16).toString('base64'), key, raw.subarray(0, 16));
}

// ---- state --------------------------------------------------------------------------------------------
function createState(data) {
	return {
		maintenanceOrders: data.maintenanceOrders().map((o) => ({ ...o })),
		repairConfirms: [],
		maintainConfirms: [],
		repairLists: [],
		maintainLists: [],
		contracts: [],
		voids: [],
		_nonces: new Map(),
	};
}

function orderFor(ctx, s, code, kind) {
	let order = s.maintenanceOrders.find((o) => o.code === code);
	if (!order) {
		if (ctx.config.strictCodes) fail(`维保单号${code}不存在!`);
		order = { code, kind, status: 'REPORTED', createdAt: String(Date.now()), origin: 'api' };
		s.maintenanceOrders.push(order);
	}
	if (order.status === 'VOID') fail(`维保单${code}已作废!`);
	return order;
}

const required = (body, fields) => {
	for (const f of fields) {
		const v = body[f];
		if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) fail(`${f}不能为空`);
	}
};
const isInteger = (v) => /^-?\d+$/.test(String(numText(v) ?? ''));
const isMs = (v) => /^\d{13}$/.test(String(numText(v) ?? ''));
const checkMs = (body, fields) => {
	for (const f of fields) if (body[f] !== undefined && body[f] !== '' && !isMs(body[f])) fail(`${f}需为毫秒时间戳`);
};

// The document defines no answer to a second push of a code. Assumption (config `identicalRepush`): an identical
// re-push is answered as a success ('accept', default) or refused like a changed one ('refuse'); a changed one is
// always refused and the stored record kept, until an audit NO_PASS allows rework.
function upsertOnce(ctx, list, key, record, what) {
	const at = list.findIndex((r) => r.code === key);
	if (at < 0) {
		list.push(record);
		return;
	}
	const existing = list[at];
	if (existing.reworkAllowed) {
		list[at] = record;
		return;
	}
	const identical = JSON.stringify(existing.payload) === JSON.stringify(record.payload);
	if (identical && ctx.config.identicalRepush !== 'refuse') return;
	fail(`${what}${key}已推送，请勿重复提交`);
}

function checkBill(body, kind) {
	required(body, ['code', 'orderCode', 'totalAmount', 'paidAmount', 'mileage', 'type', 'startTime', 'completeTime', 'fieldMaintainPictureUrl', 'certificatePictureUrl', 'mileagePictureUrl']);
	checkMs(body, ['startTime', 'completeTime']);
	if (!isInteger(body.mileage)) fail('mileage需为整数'); // "mileage | 是 | Integer | 车辆里程数"
	for (const f of ['totalAmount', 'paidAmount', 'discountedAmount']) if (body[f] !== undefined && dec(body[f]) === undefined) fail(`${f}需为金额`);
	const total = dec(body.totalAmount);
	const discount = dec(body.discountedAmount) ?? 0n;
	const paid = dec(body.paidAmount);
	if (paid !== total - discount) fail(`应付金额paidAmount(${numText(body.paidAmount)})需等于总金额-折扣金额(${decText(total - discount)})`);
	if (Number(numText(body.startTime)) > Number(numText(body.completeTime))) fail('completeTime不能早于startTime');
	for (const fee of body.feeList || []) {
		if (!fee.name || dec(fee.amount) === undefined || dec(fee.discountedAmount) === undefined) fail('feeList的name、amount、discountedAmount必填');
	}
	const projects = body[kind === 'repair' ? 'repairProjectList' : 'maintainProjectList'] || [];
	for (const p of projects) {
		if (!p.name || dec(p.unitPrice) === undefined || dec(p.totalAmount) === undefined) fail('项目的name、unitPrice、totalAmount必填');
		if (!['materials', 'project'].includes(p.projectType)) fail('projectType取值materials或project');
		if (kind === 'maintain') {
			// 车辆保养清单 maintainProjectList: "number | 是 | Integer | 数量" (optional on repair lines).
			if (!isInteger(p.number)) fail('maintainProjectList的number必填且为整数');
			if (!['MAINTAIN', 'REPAIR'].includes(p.type)) fail('type取值MAINTAIN或REPAIR');
			if (!isMs(p.nextMaintainanceTime)) fail('nextMaintainanceTime需为毫秒时间戳');
		}
	}
}

const routes = {
	'/vehicle-service-api/maintenance/repairConfirm': (ctx, b, s) => {
		required(b, ['code']);
		if (typeof b.repairFlag !== 'boolean') fail('repairFlag不能为空');
		checkMs(b, ['expectRepairTime']);
		const order = orderFor(ctx, s, b.code, 'repair');
		order.status = b.repairFlag ? 'CONFIRMED' : 'DECLINED';
		const at = s.repairConfirms.findIndex((r) => r.code === b.code);
		const record = { ...plain(b), confirmedAt: String(Date.now()) };
		if (at < 0) s.repairConfirms.push(record);
		else s.repairConfirms[at] = record;
	},
	'/vehicle-service-api/maintenance/maintainConfirm': (ctx, b, s) => {
		required(b, ['code']);
		if (typeof b.maintainFlag !== 'boolean') fail('maintainFlag不能为空');
		checkMs(b, ['expectMaintainTime']);
		const order = orderFor(ctx, s, b.code, 'maintain');
		order.status = b.maintainFlag ? 'CONFIRMED' : 'DECLINED';
		const at = s.maintainConfirms.findIndex((r) => r.code === b.code);
		const record = { ...plain(b), confirmedAt: String(Date.now()) };
		if (at < 0) s.maintainConfirms.push(record);
		else s.maintainConfirms[at] = record;
	},
	'/vehicle-service-api/maintenance/repairList': (ctx, b, s) => {
		checkBill(b, 'repair');
		const order = orderFor(ctx, s, b.code, 'repair');
		if (['SETTLED', 'PAID'].includes(order.status)) fail(`维保单${b.code}已结算，不可修改清单`);
		const payload = plain(b);
		upsertOnce(ctx, s.repairLists, b.code, { code: payload.code, payload: { ...payload, code: undefined }, pushedAt: String(Date.now()) }, '维修清单');
		order.status = 'BILLED';
	},
	'/vehicle-service-api/maintenance/maintainList': (ctx, b, s) => {
		checkBill(b, 'maintain');
		const order = orderFor(ctx, s, b.code, 'maintain');
		if (['SETTLED', 'PAID'].includes(order.status)) fail(`维保单${b.code}已结算，不可修改清单`);
		const payload = plain(b);
		upsertOnce(ctx, s.maintainLists, b.code, { code: payload.code, payload: { ...payload, code: undefined }, pushedAt: String(Date.now()) }, '保养清单');
		order.status = 'BILLED';
	},
	'/vehicle-service-api/vehicleMaintainRepairContract/push': (ctx, b, s) => {
		required(b, ['code', 'maintainRepairCode', 'companyName', 'branchName', 'billStatus', 'maintainType', 'comeDate', 'licenseNumber', 'specification', 'expectCompleteTime', 'contractDetail']);
		checkMs(b, ['comeDate', 'collectionDate', 'expectCompleteTime', 'deliveryTime']);
		if (!Array.isArray(b.contractDetail)) fail('contractDetail需为列表');
		for (const d of b.contractDetail) {
			for (const f of ['serviceName', 'serviceNeedHour', 'serviceHourUnitAmount', 'serviceCustomerUnitAmount', 'serviceBranchUnitAmount']) if (d[f] === undefined || d[f] === '') fail(`contractDetail.${f}不能为空`);
			if (typeof d.confirmFlag !== 'boolean') fail('contractDetail.confirmFlag不能为空');
			if (!isInteger(d.serviceNeedHour)) fail('contractDetail.serviceNeedHour需为整数'); // "serviceNeedHour | 是 | Integer"
		}
		const existing = s.contracts.find((c) => c.code === b.code);
		if (existing && existing.status === 'VOID') fail(`合同${b.code}已作废`);
		const payload = plain(b);
		upsertOnce(ctx, s.contracts, b.code, { code: payload.code, status: 'ACTIVE', payload: { ...payload, code: undefined }, pushedAt: String(Date.now()) }, '合同');
	},
	'/vehicle-service-api/vehicleMaintainRepairContract/invalid': (ctx, b, s) => contractVoid(b, s),
	'/vehicle-service-api/vehicleMaintainRepairContract/delete': (ctx, b, s) => contractVoid(b, s),
	'/vehicle-service-api/maintenance/invalid': (ctx, b, s) => {
		required(b, ['code', 'reason', 'operationTime']);
		checkMs(b, ['operationTime']);
		const order = s.maintenanceOrders.find((o) => o.code === b.code);
		const paid = (ctx.config.paidOrders || []).includes(b.code) || (order && order.status === 'PAID');
		const settled = (ctx.config.settledOrders || []).includes(b.code) || (order && order.status === 'SETTLED');
		if (paid) fail('已付款不可作废');
		if (settled) fail('已生成结算单不可作废');
		if (!order && ctx.config.strictCodes) fail(`维保单号${b.code}不存在!`);
		if (order && order.status === 'VOID') return; // voiding twice is harmless
		if (order) order.status = 'VOID';
		else s.maintenanceOrders.push({ code: b.code, status: 'VOID', origin: 'api' });
		s.voids.push({ code: b.code, reason: b.reason, operationTime: numText(b.operationTime), operationUser: b.operationUser });
	},
};

function contractVoid(b, s) {
	required(b, ['code', 'operationTime']);
	checkMs(b, ['operationTime']);
	const c = s.contracts.find((x) => x.code === b.code);
	if (!c) fail(`合同${b.code}不存在!`);
	c.status = 'VOID';
	c.voidReason = b.reason;
}

// ---- request pipeline -----------------------------------------------------------------------------------
async function handle(ctx) {
	const s = ctx.state();
	const creds = ctx.credentials;
	const config = ctx.config;
	const send = (status, body) => ({ status, body });
	ctx.entry.body = ctx.raw;

	if (ctx.path === '/auth-service-api/login/password') {
		let body;
		try {
			body = JSON.parse(ctx.raw || '{}');
		} catch {
			return send(200, refuse('请求参数格式错误'));
		}
		if (!body.username || !body.password) return send(200, refuse('用户名或密码不能为空'));
		if (body.username !== creds.username || body.password !== creds.password) return send(200, refuse('用户名或密码错误'));
		const { token, expiresIn } = ctx.core.issueToken('zeyi', body.username, { reuse: true });
		return send(200, { ...OK, errorCode: null, message: null, result: { accessToken: token, expiresIn, tokenType: 'bearer' } });
	}
	const route = routes[ctx.path];
	if (!route) return send(404, refuse(`接口不存在: ${ctx.path}`, '500'));
	if (ctx.method !== 'POST') return send(405, refuse('请求方式需为POST', '500'));

	const auth = String(ctx.headers.authorization || '');
	const token = ctx.core.checkToken('zeyi', auth.replace(/^Bearer\s+/i, ''));
	if (!/^Bearer\s+/i.test(auth) || token.verdict !== 'ok') return send(401, { ...refuse('accessToken不正确或已过期', '401') });

	const appKey = String(ctx.headers.appkey || '');
	const timestamp = String(ctx.headers.timestamp || '');
	const nonce = String(ctx.headers.nonce || '');
	const given = String(ctx.headers.sign || '');
	if (!appKey || !timestamp || !nonce || !given) {
		ctx.entry.signature = 'missing';
		return send(200, refuse('缺少签名参数appKey、timestamp、nonce、sign'));
	}
	if (appKey !== creds.appKey) {
		ctx.entry.signature = 'bad';
		return send(200, refuse('appKey不正确'));
	}
	const data = config.signData === 'none' ? '' : ctx.raw;
	if (!safeEqual(md5(`${appKey}${creds.appSecret}${timestamp}${nonce}${data}`), given.toLowerCase())) {
		ctx.entry.signature = 'bad';
		return send(200, refuse('签名校验失败'));
	}
	ctx.entry.signature = 'ok';
	if (!/^[A-Za-z0-9]{6}$/.test(nonce)) return send(200, refuse('nonce需为6位字母数字组合'));
	if (!/^\d{13}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > Number(config.timestampWindowSeconds) * 1000) {
		return send(200, refuse('请求已过期(timestamp超出有效时间范围)'));
	}
	const now = Date.now();
	for (const [k, at] of s._nonces) if (now - at > 2 * Number(config.timestampWindowSeconds) * 1000) s._nonces.delete(k);
	const nonceKey = `${timestamp}:${nonce}`;
	if (s._nonces.has(nonceKey)) return send(200, refuse('重复请求(nonce已使用)'));
	s._nonces.set(nonceKey, now);

	const fault = ctx.fault();
	if (fault) return fault;

	let text = ctx.raw;
	let body;
	try {
		body = parseKeepingNumbers(text || '{}');
	} catch {
		return send(200, refuse('请求参数格式错误'));
	}
	const cipher = body && typeof body.data === 'string' && Object.keys(body).length === 1 ? body.data : undefined;
	if (config.encryption && cipher === undefined) return send(200, refuse('敏感数据需加密传输'));
	if (cipher !== undefined) {
		try {
			text = decryptBody(cipher, creds, timestamp, nonce);
			body = parseKeepingNumbers(text);
			ctx.entry.decrypted = text;
		} catch {
			return send(200, refuse('数据解密失败'));
		}
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return send(200, refuse('请求参数格式错误'));
	try {
		await route(ctx, body, s);
	} catch (error) {
		if (error instanceof ZeyiError) return send(200, refuse(error.message));
		throw error;
	}
	return send(200, { ...OK });
}

function faultAnswer(f) {
	return { status: f.status || 200, body: refuse(f.message || f.errmsg || '业务异常', String(f.errorCode ?? f.code ?? '200')) };
}
function transportFault(kind, ctx, message) {
	if (kind === '429') return { status: 429, body: refuse('请求过于频繁', '500') };
	return { status: 503, body: refuse(message || '系统异常', '500') };
}

// ---- emit: Zeyi calling the integrator ------------------------------------------------------------------
const EVENTS = {
	repair: '/vehicleRepair/repair',
	maintain: '/vehicleMaintain/maintain',
	audit: '/vehicleMaintainRepair/audit',
	delete: '/vehicleMaintainRepair/delete',
	confirmPrice: '/vehicleMaintainRepair/confirmPirce',
	confirmPirce: '/vehicleMaintainRepair/confirmPirce',
};
// The document's own request examples.
const EXAMPLES = {
	repair: { code: 'WBJL21071000044', licenseNumber: '鄂ARY348', trailerNumber: '辽BHC28挂', owner: '上海则一', brand: '东风', specification: '9.6', vanType: '厢车', driverName: '张三', driverMobile: '18888888888', vin: '21654564894984LK', engineNumber: '2156156', engineModel: '大众EA111', manufactureTime: '1642993757000', registrationTime: '1642993757000', mileage: 100000, monthMileage: 100000, recentRepairTime: '1642993757000', vehicleObject: '车头', vehicleAddress: '湖北省随州市曾都区淅河镇002县道', vehicleAddressLng: '113.465168', vehicleAddressLat: '31.664137', orgName: '上海区', repairProjectList: [{ name: '机油滤芯', number: 1 }] },
	maintain: { code: 'WBJL21071000045', licenseNumber: '鄂ARY348', owner: '上海则一', brand: '东风', specification: '9.6', driverName: '张三', driverMobile: '18888888888', vin: '21654564894984LK', engineNumber: '2156156', mileage: 100000, recentMaintainTime: '1642993757000', vehicleObject: '车头', vehicleAddress: '湖北省随州市曾都区淅河镇002县道', vehicleAddressLng: '113.465168', vehicleAddressLat: '31.664137', orgName: '上海区', maintainProjectList: [{ name: '机油滤芯' }] },
	audit: { code: 'WBJL21071000044', auditStatus: 'PASS', auditRemark: '审核备注', auditeTime: '1642755099000', contactUser: '张大三', contactMobile: '13277676171' },
	delete: { code: 'WBJL21071000044', reason: '上报信息错误', operationTime: '1642755099000', operationUser: '张大三', operationMobile: '13277676171' },
	confirmPrice: { code: 'WBJL21071000044', confirmAmount: 1000.1, feeList: [{ name: '工时费', confirmNumber: 0, confirmAmount: 0 }], maintainProjectList: [{ name: '机油滤芯', confirmNumber: 1, confirmAmount: 500, type: 'MAINTAIN', projectType: 'materials' }] },
};

async function emit(core, request) {
	const creds = core.credentials.zeyi;
	const event = request.event === 'confirmPirce' ? 'confirmPrice' : request.event || 'repair';
	const suffix = EVENTS[event];
	if (!suffix) return { status: 0, error: `unknown Zeyi event "${request.event}" (repair, maintain, audit, delete, confirmPrice)` };
	const payload = request.payload ?? EXAMPLES[event];
	const json = typeof payload === 'string' ? payload : JSON.stringify(payload);
	const secret = request.secret || creds.appSecret;
	const url = request.url.replace(/\/+$/, '') + suffix;
	// Zeyi's requests create or change maintenance orders on its side: keep the sandbox state in step.
	if (payload && typeof payload === 'object' && payload.code) {
		const s = core.state('zeyi');
		let order = s.maintenanceOrders.find((o) => o.code === payload.code);
		if (!order && (event === 'repair' || event === 'maintain')) s.maintenanceOrders.push((order = { code: payload.code, kind: event, status: 'REPORTED', createdAt: String(Date.now()), origin: 'emit' }));
		if (order && event === 'audit') {
			order.status = payload.auditStatus === 'PASS' ? 'AUDITED' : 'REJECTED';
			for (const list of [s.repairLists, s.maintainLists]) for (const b of list) if (b.code === payload.code) b.reworkAllowed = payload.auditStatus !== 'PASS';
		}
		if (order && event === 'delete') order.status = 'VOID';
	}
	// The document's callback sections define no headers: `signing: 'unsigned'` sends none of the sign headers
	// (a receiver then authenticates Zeyi by a secret in the URL or a header given in `headers`, or by IP).
	const unsigned = request.signing === 'unsigned';
	const extraHeaders = request.headers && typeof request.headers === 'object' ? request.headers : {};
	const build = (variant) => {
		const offset = variant === 'stale' ? -15 * 60e3 : variant === 'future' ? 15 * 60e3 : 0;
		const timestamp = String(Date.now() + offset);
		const nonce = randomAlnum(6);
		let body = json;
		if (variant === 'encrypted') {
			const key = Buffer.from(creds.appSecret, 'utf8');
			body = JSON.stringify({ data: aesEncrypt(`${creds.appKey}${timestamp}${nonce}${json}`, key, Buffer.from(creds.aesIv, 'utf8')) });
		}
		if (unsigned) return { url, headers: { 'content-type': 'application/json', ...extraHeaders }, body };
		const sign = md5(`${creds.appKey}${variant === 'forged' ? `${secret}x` : secret}${timestamp}${nonce}${core.config.zeyi.signData === 'none' ? '' : body}`);
		return { url, headers: { 'content-type': 'application/json', ...extraHeaders, appKey: creds.appKey, timestamp, nonce, sign }, body };
	};
	const variant = request.variant || 'valid';
	if (variant === 'burst') return runBurst(() => build('valid'), request);
	if (!['valid', 'forged', 'stale', 'future', 'replay', 'encrypted'].includes(variant)) return { status: 0, error: `unknown variant "${variant}"` };
	return runVariant(variant, async (v) => deliver(url, build(v)));
}

function defaultConfig(creds) {
	return { signData: creds.signData || 'body', encryption: false, timestampWindowSeconds: 300, strictCodes: false, paidOrders: [], settledOrders: [], identicalRepush: 'accept' };
}

module.exports = {
	defaultTtlSeconds: 30 * 86400,
	createState,
	handle,
	emit,
	faultAnswer,
	transportFault,
	defaultConfig,
	isAuthPath: (p) => p === '/auth-service-api/login/password',
	parseKeepingNumbers,
	aesEncrypt,
	aesDecrypt,
	EXAMPLES,
};
