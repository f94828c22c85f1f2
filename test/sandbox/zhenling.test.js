// Zhenling contract tests (zhenling.md, zhenling-platform.txt; paths are the project's assumptions):
// client_credentials token (form or JSON, plain or wrapped), Bearer, HTTP 401 on expiry, user context,
// asynchronous writes with results {code, subCode, message, sourceSystem, sourceCode, data} POSTed to the
// callback, sourceCode = the upload's sourceDocumentNumber, sourceCode idempotency, files, workflow.
const { start, CREDS, receiver, until } = require('./helpers');

let sb;
let token;
let hook;
const c = CREDS.zhenling;
beforeAll(async () => {
	sb = await start();
	hook = await receiver(() => ({ status: 200, body: { code: '0', message: 'ok' } }));
});
afterAll(async () => {
	await hook.close();
	await sb.close();
});
async function getToken(body, type = 'form') {
	const res = await fetch(`${sb.url}/zhenling/oauth/token`, { method: 'POST', headers: { 'content-type': type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json' }, body: type === 'form' ? new URLSearchParams(body).toString() : JSON.stringify(body) });
	return { http: res.status, ...(await res.json()) };
}
async function call(path, body = {}, { t = token, method = 'POST' } = {}) {
	const res = await fetch(`${sb.url}/zhenling${path}`, { method, headers: { 'content-type': 'application/json', Authorization: `Bearer ${t}` }, body: method === 'GET' ? undefined : JSON.stringify(body) });
	const type = res.headers.get('content-type') || '';
	if (!type.includes('json')) return { http: res.status, type, bytes: Buffer.from(await res.arrayBuffer()) };
	return { http: res.status, ...(await res.json()) };
}
const grant = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret };
beforeEach(async () => {
	await sb.control('POST', '/reset', { vendor: 'zhenling' });
	await sb.control('POST', '/config', { vendor: 'zhenling', callbackUrl: hook.url });
	hook.received.length = 0;
	const t = await getToken(grant);
	expect(t).toMatchObject({ http: 200, access_token: expect.any(String), token_type: 'bearer', expires_in: 7200 });
	token = t.access_token;
});
const results = () => hook.received.map((r) => JSON.parse(r.raw));

describe('auth', () => {
	it('form or JSON grant; wrapped answer mode; wrong client 401 invalid_client; bad grant 400', async () => {
		expect((await getToken(grant, 'json')).access_token).toEqual(expect.any(String));
		expect(await getToken({ ...grant, client_secret: 'x' })).toMatchObject({ http: 401, error: 'invalid_client' });
		expect(await getToken({ ...grant, grant_type: 'password' })).toMatchObject({ http: 400, error: 'unsupported_grant_type' });
		await sb.control('POST', '/config', { vendor: 'zhenling', tokenAnswer: 'wrapped' });
		expect(await getToken(grant)).toMatchObject({ code: '0', data: { access_token: expect.any(String), expires_in: 7200 } });
	});
	it('missing, invalid, expired and revoked tokens are HTTP 401', async () => {
		expect((await call('/api/v1/contract/list', {})).code).toBe('0');
		expect((await call('/api/v1/contract/list', {}, { t: 'nope' })).http).toBe(401);
		await sb.control('POST', '/config', { vendor: 'zhenling', tokenTtlSeconds: 0 });
		expect(await call('/api/v1/contract/list', {})).toMatchObject({ http: 401, error: 'invalid_token' });
		await sb.control('POST', '/config', { vendor: 'zhenling', tokenTtlSeconds: 7200 });
		token = (await getToken(grant)).access_token;
		await sb.control('POST', '/tokens/revoke', { vendor: 'zhenling' });
		expect((await call('/api/v1/contract/list', {})).http).toBe(401);
	});
	it('user context: userIdType EMAIL|USERID|LOGINNAME + userId; unknown type or user is 400', async () => {
		const mine = await call('/api/v1/contract/list', { userIdType: 'EMAIL', userId: 'e000001@corp.example.com', pageSize: 100 });
		expect(mine.data.list.every((x) => x.ownerEmployeeNumber === 'E000001')).toBe(true);
		expect(await call('/api/v1/contract/list', { userIdType: 'PHONE', userId: '1' })).toMatchObject({ http: 400 });
		expect(await call('/api/v1/contract/list', { userIdType: 'LOGINNAME', userId: 'nobody' })).toMatchObject({ http: 400 });
		expect((await call('/api/v1/contract/list', { userIdType: 'LOGINNAME', userId: 'e000002' })).code).toBe('0');
	});
});

describe('contracts', () => {
	it('3.24 list pages (pageNo or pageNum, ≤ 100) and filters; 3.4 upload → 3.40 create (async result to the callback) → idempotent repeat', async () => {
		const list = await call('/api/v1/contract/list', { pageNum: 2, pageSize: 100 });
		expect(list.data).toMatchObject({ total: 150, pageNo: 2 });
		expect(list.data.list).toHaveLength(50);
		expect((await call('/api/v1/contract/list', { pageSize: 101 })).http).toBe(400);
		const upload = await call('/api/v1/contract/file/upload', { sourceDocumentNumber: 'OA-HT-9001', fileName: '采购合同.pdf', content: Buffer.from('%PDF-1.4 sandbox').toString('base64') });
		expect(upload.data).toMatchObject({ fileKey: expect.any(String), size: 16 });
		const item = { sourceSystem: 'OA', sourceCode: 'OA-HT-9001', contractName: '车辆维保服务合同', amount: '120000.00', counterparty: '华东通达有限公司' };
		const accepted = await call('/api/v1/contract/create', { list: [item] });
		expect(accepted).toMatchObject({ code: '0', message: 'accepted', data: { batchNo: expect.any(String), accepted: [{ sourceCode: 'OA-HT-9001', taskId: expect.any(String) }] } });
		await until(() => hook.received.length >= 1);
		expect(results()[0]).toMatchObject({ code: '0', subCode: 'SUCCESS', sourceSystem: 'OA', sourceCode: 'OA-HT-9001', data: { contractCode: expect.any(String), api: 'createContract' } });
		await call('/api/v1/contract/create', { list: [item] });
		await until(() => hook.received.length >= 2);
		expect(results()[1]).toMatchObject({ code: '0', subCode: 'EXISTS', data: { contractCode: results()[0].data.contractCode } });
		expect((await sb.control('GET', '/state/zhenling/contracts?sourceCode=OA-HT-9001')).total).toBe(1);
	});
	it('3.40 without an upload of that sourceCode: the async result is a failure naming sourceDocumentNumber; a bad item fails alone', async () => {
		await call('/api/v1/contract/create', { list: [{ sourceSystem: 'OA', sourceCode: 'OA-NOFILE', contractName: 'x', amount: '1.00' }, { sourceSystem: 'OA', sourceCode: 'OA-BAD', contractName: 'y', amount: 'abc' }] });
		await until(() => hook.received.length >= 2);
		const [a, b] = results();
		expect(a).toMatchObject({ code: '1', subCode: 'FILE_NOT_FOUND', sourceCode: 'OA-NOFILE', message: expect.stringContaining('sourceDocumentNumber') });
		expect(b).toMatchObject({ code: '1', subCode: 'PARAM_ERROR', sourceCode: 'OA-BAD' });
		expect((await call('/api/v1/contract/create', { list: [] })).http).toBe(400);
	});
	it('files: multipart upload, 3.5 preview link, 3.11 download by fileKey (binary), contract files, source-file clearing', async () => {
		const form = new FormData();
		form.append('sourceDocumentNumber', 'OA-HT-9002');
		form.append('file', new Blob([Buffer.from('hello 合同')], { type: 'application/pdf' }), 'contract.pdf');
		const res = await fetch(`${sb.url}/zhenling/api/v1/contract/file/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
		const up = await res.json();
		expect(up.data.fileName).toBe('contract.pdf');
		expect((await call('/api/v1/file/preview', { fileKey: up.data.fileKey })).data.url).toContain(up.data.fileKey);
		const down = await call(`/api/v1/file/download?fileKey=${up.data.fileKey}`, undefined, { method: 'GET' });
		expect(down.type).toBe('application/pdf');
		expect(down.bytes.toString('utf8')).toBe('hello 合同');
		expect((await call('/api/v1/file/preview', { fileKey: 'nope' })).http).toBe(404);
		expect((await call('/api/v1/contract/source-files/clear', { sourceDocumentNumber: 'OA-HT-9002' })).data.removed).toBe(1);
		expect((await call('/api/v1/contract/template/variables', { templateCode: 'T1' })).data.length).toBeGreaterThan(0);
	});
	it('3.49 modify (async), 3.21 delete only drafts (async per item), cancel archive, performance update, related data', async () => {
		const all = (await call('/api/v1/contract/list', { pageSize: 100 })).data.list;
		const signed = all.find((x) => x.status === 'SIGNED');
		const archived = all.find((x) => x.status === 'ARCHIVED');
		const draft = all.find((x) => x.status === 'DRAFT');
		await call('/api/v1/contract/modify', { contractCode: signed.contractCode, amount: '99.90' });
		await until(() => hook.received.length >= 1);
		expect(results()[0]).toMatchObject({ subCode: 'SUCCESS', data: { changed: ['amount'] } });
		expect((await call('/api/v1/contract/modify', { contractCode: signed.contractCode, amount: '1.234' })).http).toBe(400);
		await call('/api/v1/contract/delete', { contractCodes: [draft.contractCode, signed.contractCode] });
		await until(() => hook.received.length >= 3);
		expect(results().slice(1).map((r) => r.subCode)).toEqual(['SUCCESS', 'STATUS_ERROR']);
		expect((await call('/api/v1/contract/archive/cancel', { contractCode: archived.contractCode })).data.status).toBe('SIGNED');
		expect((await call('/api/v1/contract/archive/cancel', { contractCode: archived.contractCode })).http).toBe(400);
		expect((await call('/api/v1/contract/performance/update', { contractCode: signed.contractCode, performanceStatus: 'DONE', progress: 100 })).data.performance.progress).toBe(100);
		for (const name of ['counterparties', 'lines', 'payment-plans', 'receipt-plans', 'approval-records', 'archive-info', 'signing-info', 'body']) expect((await call(`/api/v1/contract/${name}`, { contractCode: signed.contractCode })).code).toBe('0');
		expect((await call('/api/v1/contract/lines', { contractCode: 'nope' })).http).toBe(404);
	});
});

describe('master data, fulfilment, workflow', () => {
	it('counterparty query and save, org → position → employee, value sets, materials: async per item, upsert by code', async () => {
		const q = await call('/api/v1/counterparty/query', { pageSize: 5 });
		expect(q.data.list).toHaveLength(5);
		await call('/api/v1/counterparty/save', { list: [{ code: 'CP-N1', name: '新相对方有限公司', creditCode: '91110000MA01ABCD1X' }, { code: 'CP-N2', name: '坏代码', creditCode: '123' }] });
		await call('/api/v1/org/save', { list: [{ code: 'ORG-N', name: '新事业部', parentCode: 'D000' }] });
		await call('/api/v1/position/save', { list: [{ code: 'POS-N', name: '合同管理员', orgCode: 'ORG-N' }] });
		await call('/api/v1/employee/save', { list: [{ code: 'E-N1', name: '郑十一', email: 'zheng11@corp.example.com', orgCode: 'ORG-N', positionCode: 'POS-N' }] });
		await call('/api/v1/valueset/save', { list: [{ code: 'REGION', name: '区域', values: [{ code: 'EAST', name: '华东' }] }] });
		await call('/api/v1/material/save', { list: [{ code: 'M-1', name: '机油', unit: '桶' }] });
		await until(() => hook.received.length >= 7);
		expect(results().map((r) => r.subCode)).toEqual(['SUCCESS', 'PARAM_ERROR', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
		expect((await call('/api/v1/counterparty/query', { codes: ['CP-N1'] })).data.total).toBe(1);
		expect((await call('/api/v1/valueset/values', { code: 'REGION' })).data).toEqual([{ code: 'EAST', name: '华东' }]);
		expect((await call('/api/v1/contract/list', { userIdType: 'EMAIL', userId: 'zheng11@corp.example.com' })).code).toBe('0');
	});
	it('payment plans (async create, paid callback once), receipt plans, invoices', async () => {
		const contract = (await call('/api/v1/contract/list', { status: 'SIGNED', pageSize: 1 })).data.list[0];
		await call('/api/v1/payment-plan/create', { list: [{ contractCode: contract.contractCode, amount: '5000.00', dueDate: '2026-12-31', sourceSystem: 'ERP', sourceCode: 'PAY-1' }] });
		await until(() => hook.received.length >= 1);
		const planCode = results()[0].data.planCode;
		expect((await call('/api/v1/payment-plan/paid', { planCode, paidAmount: '5000.00' })).data.status).toBe('PAID');
		expect((await call('/api/v1/payment-plan/paid', { planCode })).http).toBe(400);
		expect((await call('/api/v1/receipt-plan/query', { pageSize: 100 })).data.total).toBe(30);
		expect((await call('/api/v1/invoice/query', {})).code).toBe('0');
	});
	it('workflow: to-do / done need a user; approve signs the contract; reject needs a comment; 3.43 external approval', async () => {
		const task = (await sb.control('GET', '/state/zhenling/tasks?_limit=1')).records[0];
		const owner = (await sb.control('GET', `/state/zhenling/employees?code=${task.assigneeEmployeeNumber}`)).records[0];
		const as = { userIdType: 'USERID', userId: owner.userId };
		expect((await call('/api/v1/workflow/todo', {})).http).toBe(400);
		expect((await call('/api/v1/workflow/todo', as)).data.list.map((t) => t.taskId)).toContain(task.taskId);
		expect((await call('/api/v1/workflow/reject', { ...as, taskId: task.taskId })).http).toBe(400);
		expect((await call('/api/v1/workflow/approve', { ...as, taskId: task.taskId, comment: '同意' })).data.status).toBe('APPROVED');
		expect((await call('/api/v1/workflow/done', as)).data.total).toBe(1);
		expect((await call('/api/v1/workflow/tenant-done', {})).data.total).toBe(1);
		expect((await sb.control('GET', `/state/zhenling/contracts?contractCode=${task.contractCode}`)).records[0].status).toBe('SIGNED');
		const c = (await call('/api/v1/contract/list', { status: 'APPROVING', pageSize: 1 })).data.list[0];
		expect((await call('/api/v1/workflow/external-callback', { sourceSystem: c.sourceSystem, sourceCode: c.sourceCode, result: 'APPROVED' })).data.status).toBe('SIGNED');
		expect((await call('/api/v1/workflow/external-callback', { sourceSystem: c.sourceSystem, sourceCode: c.sourceCode, result: 'MAYBE' })).http).toBe(400);
	});
	it('emit: the last async result (or one for a sourceCode), with overrides; replay sends it twice; no signed variants', async () => {
		await call('/api/v1/material/save', { list: [{ code: 'M-9', name: '轮胎' }] });
		await until(() => hook.received.length >= 1);
		const target = await receiver();
		try {
			const report = await sb.control('POST', '/emit', { vendor: 'zhenling', url: target.url, payload: { sourceCode: 'M-9' } });
			expect(report.status).toBe(200);
			expect(JSON.parse(target.received[0].raw)).toMatchObject({ code: '0', subCode: 'SUCCESS', sourceCode: 'M-9', data: { api: 'saveMaterial' } });
			const replay = await sb.control('POST', '/emit', { vendor: 'zhenling', url: target.url, variant: 'replay', payload: { subCode: 'FAILED', code: '1' } });
			expect(replay.second.status).toBe(200);
			expect(target.received[2].raw).toBe(target.received[1].raw);
			expect(JSON.parse(target.received[2].raw).subCode).toBe('FAILED');
			expect((await sb.control('POST', '/emit', { vendor: 'zhenling', url: target.url, variant: 'stale' })).error).toMatch(/unsigned/);
		} finally {
			await target.close();
		}
	});
});
