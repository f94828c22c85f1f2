'use strict';
// Zhenling endpoints (paths are this project's assumption; numbering is the platform's own). Each entry:
// [method, path, handler({s, b, q, user, config}), callbackApi]. Writes return {async: [results]}.
const crypto = require('node:crypto');

class ZlError extends Error {
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}
const bad = (message) => {
	throw new ZlError(400, 'A0400', message);
};
const notFound = (message) => {
	throw new ZlError(404, 'A0404', message);
};
const str = (v) => (v === undefined || v === null ? '' : String(v));
const items = (b, max = 100) => {
	const list = Array.isArray(b.list) ? b.list : bad('list is required (an array)');
	if (!list.length || list.length > max) bad(`list holds 1..${max} items`);
	return list;
};
function page(list, b) {
	const pageNo = Number(b.pageNo ?? b.pageNum ?? 1);
	const pageSize = Number(b.pageSize ?? 20);
	if (!Number.isInteger(pageNo) || pageNo < 1) bad('pageNo must be an integer ≥ 1');
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) bad('pageSize must be an integer 1..100');
	return { total: list.length, pageNo, pageSize, list: list.slice((pageNo - 1) * pageSize, pageNo * pageSize) };
}
const ok = (item, data, message = '处理成功') => ({ code: '0', subCode: 'SUCCESS', message, sourceSystem: str(item.sourceSystem), sourceCode: str(item.sourceCode ?? item.code), data });
const failed = (item, subCode, message) => ({ code: '1', subCode, message, sourceSystem: str(item.sourceSystem), sourceCode: str(item.sourceCode ?? item.code), data: {} });
/** Upsert master data by code: each item's result is independent (a bad item does not fail the batch). */
function upsert(list, arr, required, build) {
	return arr.map((item) => {
		const missing = required.find((f) => item[f] === undefined || item[f] === '');
		if (missing) return failed(item, 'PARAM_ERROR', `${missing}不能为空`);
		const at = list.findIndex((x) => x.code === str(item.code));
		const record = build(item, at >= 0 ? list[at] : undefined);
		if (typeof record === 'string') return failed(item, 'PARAM_ERROR', record);
		if (at >= 0) list[at] = record;
		else list.push(record);
		return ok(item, { code: record.code, created: at < 0 });
	});
}
const contractOf = (s, b) => s.contracts.find((c) => c.contractCode === str(b.contractCode)) || notFound(`contract ${b.contractCode || ''} does not exist`);

const table = [];
const add = (method, path, handler, api) => table.push([method, path, handler, api]);

// 2 master data
add('POST', '/counterparty/query', ({ s, b }) => {
	let list = s.counterparties;
	if (Array.isArray(b.names) && b.names.length) list = list.filter((c) => b.names.includes(c.name));
	if (Array.isArray(b.codes) && b.codes.length) list = list.filter((c) => b.codes.includes(c.code));
	return page(list, b);
});
add('POST', '/counterparty/save', ({ s, b }) => ({ async: upsert(s.counterparties, items(b), ['code', 'name'], (i, old) => (i.creditCode && !/^[0-9A-Z]{18}$/.test(str(i.creditCode)) ? '统一社会信用代码需为18位' : { ...(old || {}), code: str(i.code), name: i.name, creditCode: str(i.creditCode || (old && old.creditCode)), type: i.type || 'COMPANY' })) }), 'saveCounterparty');
add('POST', '/org/save', ({ s, b }) => ({ async: upsert(s.orgs, items(b), ['code', 'name'], (i) => (i.parentCode && !s.orgs.some((o) => o.code === str(i.parentCode)) && !b.list.some((x) => x.code === i.parentCode) ? `上级组织${i.parentCode}不存在` : { code: str(i.code), name: i.name, parentCode: str(i.parentCode) })) }), 'saveOrg');
add('POST', '/position/save', ({ s, b }) => ({ async: upsert(s.positions, items(b), ['code', 'name', 'orgCode'], (i) => (!s.orgs.some((o) => o.code === str(i.orgCode)) ? `组织${i.orgCode}不存在` : { code: str(i.code), name: i.name, orgCode: str(i.orgCode) })) }), 'savePosition');
add('POST', '/employee/save', ({ s, b }) => ({
	async: upsert(s.employees(), items(b), ['code', 'name', 'email'], (i, old) => {
		if (!/^[^@\s]+@[^@\s]+$/.test(str(i.email))) return `邮箱格式不正确: ${i.email}`;
		if (i.positionCode && !s.positions.some((p) => p.code === str(i.positionCode))) return `岗位${i.positionCode}不存在`;
		return { ...(old || { userId: `U${crypto.randomBytes(4).toString('hex')}` }), code: str(i.code), name: i.name, email: str(i.email), loginName: str(i.loginName || (old && old.loginName) || str(i.code).toLowerCase()), mobile: str(i.mobile), orgCode: str(i.orgCode), positionCode: str(i.positionCode) };
	}),
}), 'saveEmployee');
add('POST', '/valueset/save', ({ s, b }) => ({ async: upsert(s.valueSets, items(b), ['code', 'name'], (i) => (!Array.isArray(i.values) ? 'values需为数组' : { code: str(i.code), name: i.name, values: i.values.map((v) => ({ code: str(v.code), name: str(v.name) })) })) }), 'saveValueSet');
add('POST', '/valueset/values', ({ s, b }) => (s.valueSets.find((v) => v.code === str(b.code)) || notFound(`value set ${b.code || ''} does not exist`)).values);
add('POST', '/material/save', ({ s, b }) => ({ async: upsert(s.materials, items(b), ['code', 'name'], (i) => ({ code: str(i.code), name: i.name, unit: str(i.unit), spec: str(i.spec) })) }), 'saveMaterial');

// 3 contracts: files
add('POST', '/contract/file/upload', ({ s, b }) => {
	if (!b.sourceDocumentNumber) bad('sourceDocumentNumber is required (your own contract id)');
	let content;
	let fileName;
	let contentType = 'application/octet-stream';
	if (b.file && typeof b.file === 'object') ({ content, fileName, contentType } = b.file);
	else if (b.content) {
		content = Buffer.from(str(b.content), 'base64');
		fileName = b.fileName;
	}
	if (!content || !content.length || !fileName) bad('file (multipart) or content (Base64) + fileName is required');
	const fileKey = `fk_${crypto.createHash('sha1').update(content).digest('hex').slice(0, 16)}_${s.files.length + 1}`;
	s.files.push({ fileKey, fileName: str(fileName), contentType, size: content.length, sourceDocumentNumber: str(b.sourceDocumentNumber), fileType: str(b.fileType || 'MAIN'), content });
	return { fileKey, fileName, size: content.length };
});
add('POST', '/attachment/upload', ({ s, b }) => {
	const file = b.file && typeof b.file === 'object' ? b.file : b.content ? { content: Buffer.from(str(b.content), 'base64'), fileName: b.fileName, contentType: 'application/octet-stream' } : bad('file or content is required');
	const fileKey = `fk_att_${s.files.length + 1}`;
	s.files.push({ fileKey, fileName: str(file.fileName), contentType: file.contentType, size: file.content.length, sourceDocumentNumber: '', fileType: 'ATTACHMENT', content: file.content });
	return { fileKey };
});
const fileOf = (s, key) => s.files.find((f) => f.fileKey === str(key)) || notFound(`file ${key || ''} does not exist`);
add('POST', '/file/preview', ({ s, b }) => ({ fileKey: fileOf(s, b.fileKey).fileKey, url: `https://preview.sandbox.invalid/view/${b.fileKey}?expires=${Date.now() + 3600e3}`, expiresIn: 3600 }));
add('GET', '/file/download', ({ s, q }) => {
	const f = fileOf(s, q.fileKey);
	return { binary: f.content, contentType: f.contentType, fileName: f.fileName };
});
// 3.7 body and attachments of a contract: the file list (scope BODY | ATTACHMENT | ALL); each file downloads by 3.11
add('POST', '/contract/files', ({ s, b }) => {
	const c = contractOf(s, b);
	const scope = str(b.scope || 'ALL');
	if (!['BODY', 'ATTACHMENT', 'ALL'].includes(scope)) bad('scope is BODY, ATTACHMENT or ALL');
	const wanted = (f) => scope === 'ALL' || (scope === 'BODY') === (f.fileType === 'MAIN');
	return s.files.filter((f) => f.sourceDocumentNumber === c.sourceCode && wanted(f)).map(({ content, ...f }) => f);
});
add('POST', '/contract/template/variables', ({ b }) => {
	if (!b.templateCode) bad('templateCode is required');
	return [{ name: 'partyA', label: '甲方', type: 'TEXT' }, { name: 'partyB', label: '乙方', type: 'TEXT' }, { name: 'amount', label: '合同金额', type: 'AMOUNT' }, { name: 'signDate', label: '签订日期', type: 'DATE' }];
});
add('POST', '/contract/source-files/clear', ({ s, b }) => {
	if (!b.sourceDocumentNumber) bad('sourceDocumentNumber is required');
	if (s.contracts.some((c) => c.sourceCode === str(b.sourceDocumentNumber))) bad('a contract was already created from these files');
	const before = s.files.length;
	s.files = s.files.filter((f) => f.sourceDocumentNumber !== str(b.sourceDocumentNumber));
	return { removed: before - s.files.length };
});

// 3 contracts: list, create, change, delete
add('POST', '/contract/list', ({ s, b, user }) => {
	let list = s.contracts;
	for (const f of ['status', 'sourceCode', 'sourceSystem', 'contractCode']) if (b[f]) list = list.filter((c) => c[f] === str(b[f]));
	if (b.keyword) list = list.filter((c) => c.contractName.includes(str(b.keyword)) || c.counterparty.includes(str(b.keyword)));
	if (user) list = list.filter((c) => c.ownerEmployeeNumber === user.code);
	return page(list, b);
});
add('POST', '/contract/create', ({ s, b, config }) => ({
	async: items(b, 50).map((item) => {
		const missing = ['sourceSystem', 'sourceCode', 'contractName', 'amount'].find((f) => item[f] === undefined || item[f] === '');
		if (missing) return failed(item, 'PARAM_ERROR', `${missing}不能为空`);
		if (!/^\d+(\.\d{1,2})?$/.test(str(item.amount))) return failed(item, 'PARAM_ERROR', '金额格式不正确');
		const existing = s.contracts.find((c) => c.sourceSystem === str(item.sourceSystem) && c.sourceCode === str(item.sourceCode));
		if (existing) return { ...ok(item, { contractCode: existing.contractCode }, '单据已创建(幂等)'), subCode: 'EXISTS' };
		if (config.requireUpload !== false && !s.files.some((f) => f.sourceDocumentNumber === str(item.sourceCode))) return failed(item, 'FILE_NOT_FOUND', `未找到来源单据号${item.sourceCode}的合同文件(3.4 合同文件上传的sourceDocumentNumber需与sourceCode一致)`);
		const contractCode = `HT-API-${String(s.contracts.length + 1).padStart(5, '0')}`;
		s.contracts.push({ contractCode, contractName: item.contractName, sourceSystem: str(item.sourceSystem), sourceCode: str(item.sourceCode), counterparty: str(item.counterparty), amount: str(item.amount), currency: str(item.currency || 'CNY'), status: 'APPROVING', ownerEmployeeNumber: str(item.ownerEmployeeNumber), signDate: str(item.signDate) });
		return ok(item, { contractCode });
	}),
}), 'createContract');
add('POST', '/contract/modify', ({ s, b }) => {
	const c = contractOf(s, b);
	if (['ARCHIVED'].includes(c.status) && !b.changeReason) bad('an archived contract changes with a changeReason (3.49)');
	const { contractCode, sourceSystem, sourceCode, changeReason, userIdType, userId, ...changes } = b;
	if (changes.amount !== undefined && !/^\d+(\.\d{1,2})?$/.test(str(changes.amount))) bad('amount must be a decimal with at most 2 places');
	Object.assign(c, changes);
	return { async: [ok({ sourceSystem: c.sourceSystem, sourceCode: c.sourceCode }, { contractCode: c.contractCode, changed: Object.keys(changes) })] };
}, 'modifyContract');
add('POST', '/contract/delete', ({ s, b }) => {
	const codes = Array.isArray(b.contractCodes) && b.contractCodes.length ? b.contractCodes.map(String) : bad('contractCodes is required');
	if (codes.length > 100) bad('contractCodes holds at most 100 codes');
	return {
		async: codes.map((code) => {
			const c = s.contracts.find((x) => x.contractCode === code);
			if (!c) return failed({ sourceCode: code }, 'NOT_FOUND', `合同${code}不存在`);
			if (c.status !== 'DRAFT') return failed(c, 'STATUS_ERROR', `合同${code}状态为${c.status}，只能删除草稿`);
			s.contracts.splice(s.contracts.indexOf(c), 1);
			return ok(c, { contractCode: code });
		}),
	};
}, 'deleteContract');
add('POST', '/contract/archive/cancel', ({ s, b }) => {
	const c = contractOf(s, b);
	if (c.status !== 'ARCHIVED') bad(`contract ${c.contractCode} is ${c.status}, not archived`);
	c.status = 'SIGNED';
	return { contractCode: c.contractCode, status: c.status };
});
add('POST', '/contract/performance/update', ({ s, b }) => {
	const c = contractOf(s, b);
	if (!['SIGNED', 'ARCHIVED'].includes(c.status)) bad(`contract ${c.contractCode} is ${c.status}: performance applies to signed contracts`);
	c.performance = { status: str(b.performanceStatus || 'IN_PROGRESS'), progress: Number(b.progress) || 0, remark: str(b.remark) };
	return { contractCode: c.contractCode, performance: c.performance };
});
// 3.27–3.41 related data
const related = {
	counterparties: (s, c) => s.counterparties.filter((x) => x.name === c.counterparty),
	lines: (s, c) => [{ lineNo: 1, name: c.contractName.replace(/合同$/, ''), amount: c.amount, taxRate: '0.06' }],
	'payment-plans': (s, c) => s.paymentPlans.filter((p) => p.contractCode === c.contractCode),
	'receipt-plans': (s, c) => s.receiptPlans.filter((p) => p.contractCode === c.contractCode),
	'approval-records': (s, c) => (c.status === 'DRAFT' ? [] : [{ node: '部门负责人审批', result: c.status === 'APPROVING' ? 'PENDING' : 'APPROVED', approver: c.ownerEmployeeNumber }]),
	'archive-info': (s, c) => (c.status === 'ARCHIVED' ? { archived: true, archiveNo: `GD-${c.contractCode}` } : { archived: false }),
	'signing-info': (s, c) => ({ signDate: c.signDate, signMethod: 'ELECTRONIC', parties: [s.counterparties.find((x) => x.name === c.counterparty) || {}].map((x) => x.name) }),
	body: (s, c) => ({ fileKeys: s.files.filter((f) => f.sourceDocumentNumber === c.sourceCode && f.fileType === 'MAIN').map((f) => f.fileKey) }),
	// 3.28 resources, 3.29 relations, 3.30 lease terms, 3.31 extension info, 3.32 custom lines, 3.38 attachments, 3.39 authorisation
	resources: (s, c) => [{ resourceType: 'ASSET', resourceCode: `RES-${c.contractCode}`, resourceName: `${c.contractName}标的` }],
	relations: (s, c) => s.contracts.filter((x) => x !== c && x.counterparty === c.counterparty).slice(0, 3).map((x) => ({ relationType: 'RELATED', contractCode: x.contractCode, contractName: x.contractName })),
	'lease-terms': (s, c) => (/租赁/.test(c.contractName) ? [{ startDate: c.signDate, endDate: c.signDate, rent: c.amount, payCycle: 'MONTH' }] : []),
	'extension-info': (s, c) => ({ contractCode: c.contractCode, ext: { sourceSystem: c.sourceSystem, sourceCode: c.sourceCode } }),
	'custom-lines': () => [],
	attachments: (s, c) => s.files.filter((f) => f.sourceDocumentNumber === c.sourceCode && f.fileType !== 'MAIN').map(({ content, ...f }) => f),
	authorization: (s, c) => [{ employeeNumber: c.ownerEmployeeNumber, permission: 'EDIT' }],
};
for (const [name, fn] of Object.entries(related)) add('POST', `/contract/${name}`, ({ s, b }) => fn(s, contractOf(s, b)));

// 3.45–3.48, 3.19 changes (变更): "old" changes (老变更) and "new" changes (新变更), one in flight per contract at most
const changeOf = (s, b, kind) => {
	const ch = s.changes.find((x) => x.changeCode === str(b.changeCode)) || notFound(`change ${b.changeCode || ''} does not exist`);
	if (kind && ch.kind !== kind) bad(`change ${ch.changeCode} is a ${ch.kind} change`);
	return ch;
};
const inFlight = (s, code) => s.changes.filter((x) => x.contractCode === code && x.status === 'IN_PROGRESS');
for (const [name, kind] of [['old', 'OLD'], ['new', 'NEW']]) {
	add('POST', `/contract/change/${name}/delete`, ({ s, b }) => {
		const ch = changeOf(s, b, kind);
		if (ch.status !== 'IN_PROGRESS') bad(`change ${ch.changeCode} is ${ch.status}: only an in-flight change can be deleted`);
		s.changes.splice(s.changes.indexOf(ch), 1);
		return { changeCode: ch.changeCode, contractCode: ch.contractCode, deleted: true };
	});
}
add('POST', '/contract/change/old/submit-check', ({ s, b }) => {
	const ch = changeOf(s, b, 'OLD');
	const c = contractOf(s, { contractCode: ch.contractCode });
	const messages = c.status === 'SIGNED' || c.status === 'ARCHIVED' ? [] : [`合同${c.contractCode}状态为${c.status}，不可提交变更`];
	return { changeCode: ch.changeCode, passed: messages.length === 0, messages };
});
add('POST', '/contract/change/can-start', ({ s, b }) => {
	const c = contractOf(s, b);
	const open = inFlight(s, c.contractCode);
	const reason = open.length ? `合同存在在途变更${open[0].changeCode}` : !['SIGNED', 'ARCHIVED'].includes(c.status) ? `合同状态为${c.status}` : '';
	return { contractCode: c.contractCode, canStart: !reason, reason };
});
add('POST', '/contract/change/in-flight', ({ s, b }) => {
	const c = contractOf(s, b);
	const open = inFlight(s, c.contractCode);
	return { contractCode: c.contractCode, inFlight: open.length > 0, changes: open };
});

// 6 fulfilment
add('POST', '/payment-plan/create', ({ s, b }) => ({
	async: items(b).map((item) => {
		const c = s.contracts.find((x) => x.contractCode === str(item.contractCode));
		if (!c) return failed(item, 'NOT_FOUND', `合同${item.contractCode}不存在`);
		if (!/^\d+(\.\d{1,2})?$/.test(str(item.amount))) return failed(item, 'PARAM_ERROR', '金额格式不正确');
		const planCode = `PP-API-${s.paymentPlans.length + 1}`;
		s.paymentPlans.push({ planCode, contractCode: c.contractCode, amount: str(item.amount), dueDate: str(item.dueDate), status: 'UNPAID', sourceCode: str(item.sourceCode) });
		return ok(item, { planCode });
	}),
}), 'createPaymentPlan');
add('POST', '/payment-plan/paid', ({ s, b }) => {
	const p = s.paymentPlans.find((x) => x.planCode === str(b.planCode)) || notFound(`payment plan ${b.planCode || ''} does not exist`);
	if (p.status === 'PAID') bad(`payment plan ${p.planCode} is already paid`);
	Object.assign(p, { status: 'PAID', paidAmount: str(b.paidAmount || p.amount), paidAt: b.paidAt || Date.now() });
	return p;
});
add('POST', '/receipt-plan/query', ({ s, b }) => page(s.receiptPlans.filter((p) => !b.contractCode || p.contractCode === str(b.contractCode)), b));
add('POST', '/invoice/query', ({ s, b }) => page(s.invoices.filter((p) => !b.contractCode || p.contractCode === str(b.contractCode)), b));

// 7 workflow (a user context is required for personal lists and decisions)
const needUser = (user) => user || bad('this API acts as a user: pass userIdType and userId');
add('POST', '/workflow/todo', ({ s, b, user }) => page(s.tasks.filter((t) => t.status === 'TODO' && t.assigneeEmployeeNumber === needUser(user).code), b));
add('POST', '/workflow/done', ({ s, b, user }) => page(s.tasks.filter((t) => t.status !== 'TODO' && t.assigneeEmployeeNumber === needUser(user).code), b));
add('POST', '/workflow/tenant-done', ({ s, b }) => page(s.tasks.filter((t) => t.status !== 'TODO'), b));
for (const [name, status] of [['approve', 'APPROVED'], ['reject', 'REJECTED']]) {
	add('POST', `/workflow/${name}`, ({ s, b, user }) => {
		const t = s.tasks.find((x) => x.taskId === str(b.taskId)) || notFound(`task ${b.taskId || ''} does not exist`);
		if (t.assigneeEmployeeNumber !== needUser(user).code) bad(`task ${t.taskId} is not assigned to this user`);
		if (t.status !== 'TODO') bad(`task ${t.taskId} is already ${t.status}`);
		if (status === 'REJECTED' && !b.comment) bad('comment is required to reject');
		Object.assign(t, { status, comment: str(b.comment), doneAt: Date.now() });
		const c = s.contracts.find((x) => x.contractCode === t.contractCode);
		if (c) c.status = status === 'APPROVED' ? 'SIGNED' : 'DRAFT';
		return t;
	});
}
add('POST', '/workflow/external-callback', ({ s, b }) => {
	for (const f of ['sourceSystem', 'sourceCode', 'result']) if (!b[f]) bad(`${f} is required`);
	if (!['APPROVED', 'REJECTED'].includes(b.result)) bad('result is APPROVED or REJECTED');
	const c = s.contracts.find((x) => x.sourceSystem === str(b.sourceSystem) && x.sourceCode === str(b.sourceCode)) || notFound(`no contract from ${b.sourceSystem}/${b.sourceCode}`);
	c.status = b.result === 'APPROVED' ? 'SIGNED' : 'DRAFT';
	s.externalApprovals.push({ contractCode: c.contractCode, result: b.result, comment: str(b.comment), at: Date.now() });
	return { contractCode: c.contractCode, status: c.status };
});

module.exports = { table, ZlError };
