// Every Zhenling operation (the platform's numbering) as a real workflow through the harness against the
// sandbox, table-driven: happy path, a vendor error (Zhenling refuses the call: NodeApiError with code,
// message and hint), bad input failing before anything is sent (0 business requests in the sandbox log,
// the message naming field and item), token expiry (HTTP 401 → one new token → the call again, success),
// and Act as User (the user context reaches Zhenling: JSON body, download query or multipart fields).
jest.setTimeout(60000);

const { setup } = require('./helpers');
const { answerWidthProblems } = require('../../helpers/answer-width');
const { Zhenling } = require('../../../nodes/Zhenling/Zhenling.node');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.control('POST', '/faults', { vendor: 'zhenling', clear: true });
	await env.reset();
});

const pdf = (name = 'c.pdf', prop = 'data') => ({ json: {}, binary: { [prop]: { data: Buffer.from('%PDF-1.4 table').toString('base64'), mimeType: 'application/pdf', fileName: name } } });
const first = async (collection, query) => {
	const found = (await env.state(collection, query)).records[0];
	if (!found) throw new Error(`sandbox has no ${collection}${query}`);
	return found;
};
const id = (value) => ({ mode: 'id', value });
/** A value that is blank only once evaluated (a literal empty required parameter is refused by n8n before the node runs). */
const BLANK = '={{ "  " }}';
/** An assignee of a to-do task and its e-mail (workflow decisions need that user). */
async function assignee() {
	const task = await first('tasks', '?status=TODO');
	const employee = await first('employees', `?code=${task.assigneeEmployeeNumber}`);
	return { task, email: employee.email };
}
/** Approves the assignee's first to-do, so done lists have an entry. */
async function decided() {
	const { task, email } = await assignee();
	const r = await env.run({ resource: 'workflowTask', operation: 'approve', taskId: task.taskId, actAsUser: { userIdType: 'EMAIL', userId: email } });
	if (r.error) throw r.error;
	return email;
}
async function uploaded(sourceDocumentNumber = 'OA-OPS-1') {
	const r = await env.run({ resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber }, [pdf()]);
	if (r.error) throw r.error;
	return r.json('Zhenling')[0];
}

/**
 * One row per operation: `path` the endpoint (below the prefix) the operation calls, `happy()` its parameters
 * (+ items, + the user for Act as User), `bad` parameters that must fail before sending with `message`.
 */
const rows = [
	{ op: '2.1 counterparty get many', path: '/counterparty/query', happy: async () => ({ parameters: { resource: 'counterparty', operation: 'getMany', returnAll: false, limit: 2 } }), bad: { parameters: { limit: 'x', actAsUser: { userIdType: 'EMAIL', userId: 'not-an-email' } }, message: /User ID \(userId\) must be an e-mail address.*\[item 0\]$/ } },
	{ op: '2.2 counterparty create or update', path: '/counterparty/save', happy: async () => ({ parameters: { resource: 'counterparty', operation: 'upsert', code: 'CP-OPS-1', name: '表驱动有限公司' } }), bad: { parameters: { code: BLANK }, message: /\(code\).*\[item 0\]$/ } },
	{ op: '4.1 organisation create or update', path: '/org/save', happy: async () => ({ parameters: { resource: 'organization', operation: 'upsert', code: 'ORG-OPS', name: '表驱动部' } }), bad: { parameters: { name: BLANK }, message: /\(name\).*\[item 0\]$/ } },
	{ op: '4.2 position create or update', path: '/position/save', happy: async () => ({ parameters: { resource: 'position', operation: 'upsert', code: 'POS-OPS', name: '合同管理员', orgCode: (await first('orgs', '?_limit=1')).code } }), bad: { parameters: { orgCode: BLANK }, message: /\(orgCode\).*\[item 0\]$/ } },
	{ op: '4.3 employee create or update', path: '/employee/save', happy: async () => ({ parameters: { resource: 'employee', operation: 'upsert', code: 'E-OPS', name: '表十一', email: 'e-ops@corp.example.com' } }), bad: { parameters: { email: 'e-ops' }, message: /\(email\).*\[item 0\]$/ } },
	{ op: '4.4 value set create or update', path: '/valueset/save', happy: async () => ({ parameters: { resource: 'valueSet', operation: 'upsert', code: 'REGION', name: '区域', values: { value: [{ code: 'EAST', name: '华东' }] } } }), bad: { parameters: { values: { value: [{ code: '', name: '华东' }] } }, message: /^Values → Code \(values\[0\]\.code\) is required \[item 0\]$/ } },
	{ op: '4.5 value-set values', path: '/valueset/values', happy: async () => ({ parameters: { resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' } }), bad: { parameters: { code: BLANK }, message: /\(code\).*\[item 0\]$/ } },
	{ op: '5.3 material create or update', path: '/material/save', happy: async () => ({ parameters: { resource: 'material', operation: 'upsert', code: 'M-OPS', name: '机油' } }), bad: { parameters: { additionalFields: { otherFields: '{not json' } }, message: /\(otherFields\).*\[item 0\]$/ } },
	{ op: '3.4 upload contract file', path: '/contract/file/upload', multipart: true, happy: async () => ({ parameters: { resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: 'OA-OPS-9' }, items: [pdf()] }), bad: { parameters: { binaryPropertyName: 'scan' }, message: /scan.*\[item 0\]/ } },
	{ op: '3.15 upload attachment', path: '/attachment/upload', multipart: true, happy: async () => ({ parameters: { resource: 'file', operation: 'uploadAttachment', binaryPropertyName: 'data' }, items: [pdf('a.pdf')] }), bad: { items: [{ json: {} }], message: /data.*\[item 0\]/ } },
	{ op: '3.5 preview link', path: '/file/preview', happy: async () => ({ parameters: { resource: 'file', operation: 'getPreviewLink', fileKey: (await uploaded()).fileKey } }), bad: { parameters: { fileKey: BLANK }, message: /\(fileKey\).*\[item 0\]$/ } },
	{ op: '3.11 download by fileKey', path: '/file/download', query: true, happy: async () => ({ parameters: { resource: 'file', operation: 'download', fileKey: (await uploaded()).fileKey } }), bad: { parameters: { fileKey: BLANK }, message: /\(fileKey\).*\[item 0\]$/ } },
	{ op: '3.7 download body and attachments', path: '/contract/files', happy: async () => { const c = await first('contracts', '?sourceCode=OA-HT-000001'); await uploaded(c.sourceCode); return { parameters: { resource: 'file', operation: 'downloadContractFiles', contractCode: id(c.contractCode), scope: 'ALL' } }; }, bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: '3.26 clear source files', path: '/contract/source-files/clear', happy: async () => ({ parameters: { resource: 'file', operation: 'clearSourceFiles', sourceDocumentNumber: (await uploaded('OA-OPS-TMP')).sourceDocumentNumber } }), bad: { parameters: { sourceDocumentNumber: BLANK }, message: /\(sourceDocumentNumber\).*\[item 0\]$/ } },
	{ op: '3.6 template variables', path: '/contract/template/variables', happy: async () => ({ parameters: { resource: 'contract', operation: 'getTemplateVariables', templateCode: 'T1' } }), bad: { parameters: { templateCode: BLANK }, message: /\(templateCode\).*\[item 0\]$/ } },
	{ op: '3.40 create contract', path: '/contract/create', happy: async () => ({ parameters: { resource: 'contract', operation: 'create', sourceSystem: 'OA', sourceCode: (await uploaded('OA-OPS-C1')).sourceDocumentNumber, uploadedSourceDocumentNumber: 'OA-OPS-C1', contractName: '表驱动合同', amount: '100.00' } }), bad: { parameters: { uploadedSourceDocumentNumber: 'OA-OTHER' }, message: /Source Code \(sourceCode\) "OA-OPS-C1" must equal the uploaded file's Source Document Number \(sourceDocumentNumber\) "OA-OTHER" \[item 0\]/ } },
	{ op: '3.24 contract list', path: '/contract/list', happy: async () => ({ parameters: { resource: 'contract', operation: 'getMany', returnAll: false, limit: 3 } }), bad: { parameters: { limit: 'x', actAsUser: { userIdType: 'LOGINNAME', userId: '' } }, message: /\(userId\).*\[item 0\]$/ } },
	{ op: '3.49 modify / change', path: '/contract/modify', happy: async () => ({ parameters: { resource: 'contract', operation: 'update', contractCode: id((await first('contracts', '?status=SIGNED')).contractCode), additionalFields: { amount: '99.90' } } }), bad: { parameters: { additionalFields: { amount: '12.345' } }, message: /\(amount\).*\[item 0\]$/ } },
	{ op: '3.21 batch delete', path: '/contract/delete', happy: async () => ({ parameters: { resource: 'contract', operation: 'delete', contractCode: id((await first('contracts', '?status=DRAFT')).contractCode) } }), bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: 'cancel archive', path: '/contract/archive/cancel', happy: async () => ({ parameters: { resource: 'contract', operation: 'cancelArchive', contractCode: id((await first('contracts', '?status=ARCHIVED')).contractCode) } }), bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: 'performance (履约) update', path: '/contract/performance/update', happy: async () => ({ parameters: { resource: 'contract', operation: 'updatePerformance', contractCode: id((await first('contracts', '?status=ARCHIVED')).contractCode), performanceStatus: 'DONE', additionalFields: { progress: 100 } } }), bad: { parameters: { additionalFields: { progress: 101 } }, message: /\(progress\).*\[item 0\]$/ } },
	{ op: '3.27–3.41 related data (lines)', path: '/contract/lines', happy: async () => ({ parameters: { resource: 'contract', operation: 'getRelated', contractCode: id((await first('contracts', '?status=SIGNED')).contractCode), kind: 'lines' } }), bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: '3.45 delete old change', path: '/contract/change/old/delete', happy: async () => ({ parameters: { resource: 'contractChange', operation: 'deleteOld', changeCode: (await first('changes', '?kind=OLD')).changeCode } }), bad: { parameters: { changeCode: BLANK }, message: /\(changeCode\).*\[item 0\]$/ } },
	{ op: '3.46 delete new change', path: '/contract/change/new/delete', happy: async () => ({ parameters: { resource: 'contractChange', operation: 'deleteNew', changeCode: (await first('changes', '?kind=NEW')).changeCode } }), bad: { parameters: { changeCode: BLANK }, message: /\(changeCode\).*\[item 0\]$/ } },
	{ op: '3.47 submit check', path: '/contract/change/old/submit-check', happy: async () => ({ parameters: { resource: 'contractChange', operation: 'checkSubmit', changeCode: (await first('changes', '?kind=OLD')).changeCode } }), bad: { parameters: { changeCode: BLANK }, message: /\(changeCode\).*\[item 0\]$/ } },
	{ op: '3.48 can-start check', path: '/contract/change/can-start', happy: async () => ({ parameters: { resource: 'contractChange', operation: 'checkCanStart', contractCode: id((await first('contracts', '?status=SIGNED')).contractCode) } }), bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: '3.19 in-flight change', path: '/contract/change/in-flight', happy: async () => ({ parameters: { resource: 'contractChange', operation: 'getInFlight', contractCode: id((await first('changes', '?kind=OLD')).contractCode) } }), bad: { parameters: { contractCode: id(BLANK) }, message: /\(contractCode\).*\[item 0\]$/ } },
	{ op: '6.4 payment-plan paid', path: '/payment-plan/paid', happy: async () => ({ parameters: { resource: 'paymentPlan', operation: 'markPaid', planCode: (await first('paymentPlans', '?status=UNPAID')).planCode } }), bad: { parameters: { additionalFields: { paidAt: 'yesterday' } }, message: /\(paidAt\).*\[item 0\]$/ } },
	{ op: '6.5 payment-plan create', path: '/payment-plan/create', happy: async () => ({ parameters: { resource: 'paymentPlan', operation: 'create', contractCode: (await first('contracts', '?status=SIGNED')).contractCode, sourceSystem: 'ERP', sourceCode: 'PAY-OPS-1', amount: '5000.00', additionalFields: { dueDate: '2026-12-31' } } }), bad: { parameters: { additionalFields: { dueDate: '2026-13-01' } }, message: /\(dueDate\).*\[item 0\]$/ } },
	{ op: '6.6 receipt plans', path: '/receipt-plan/query', happy: async () => ({ parameters: { resource: 'receiptPlan', operation: 'getMany', returnAll: false, limit: 2 } }), bad: { parameters: { actAsUser: { userIdType: 'EMAIL', userId: 'nope' } }, message: /\(userId\).*\[item 0\]$/ } },
	{ op: '6.7 invoices', path: '/invoice/query', happy: async () => ({ parameters: { resource: 'invoice', operation: 'getMany', returnAll: false, limit: 2 } }), bad: { parameters: { actAsUser: { userIdType: 'EMAIL', userId: 'nope' } }, message: /\(userId\).*\[item 0\]$/ } },
	{ op: '7.1 my to-dos', path: '/workflow/todo', user: true, happy: async () => ({ parameters: { resource: 'workflowTask', operation: 'getTodos', returnAll: true } }), bad: { parameters: { actAsUser: {} }, message: /Act as User.*\[item 0\]$/ } },
	{ op: '7.2 my done items', path: '/workflow/done', user: true, happy: async () => ({ email: await decided(), parameters: { resource: 'workflowTask', operation: 'getDone', returnAll: true } }), bad: { parameters: { actAsUser: {} }, message: /Act as User.*\[item 0\]$/ } },
	{ op: '7.4 reject', path: '/workflow/reject', user: true, happy: async () => ({ parameters: { resource: 'workflowTask', operation: 'reject', taskId: (await assignee()).task.taskId, comment: '金额有误' } }), bad: { parameters: { comment: BLANK }, message: /\(comment\).*\[item 0\]$/ } },
	{ op: '7.5 approve', path: '/workflow/approve', user: true, happy: async () => ({ parameters: { resource: 'workflowTask', operation: 'approve', taskId: (await assignee()).task.taskId } }), bad: { parameters: { taskId: BLANK }, message: /\(taskId\).*\[item 0\]$/ } },
	{ op: '7.7 tenant done list', path: '/workflow/tenant-done', happy: async () => ({ parameters: (await decided(), { resource: 'workflowTask', operation: 'getTenantDone', returnAll: false, limit: 2 }) }), bad: { parameters: { actAsUser: { userIdType: 'EMAIL', userId: 'nope' } }, message: /\(userId\).*\[item 0\]$/ } },
	{ op: '3.43 external approval callback', path: '/workflow/external-callback', happy: async () => { const c = await first('contracts', '?status=APPROVING'); return { parameters: { resource: 'workflowTask', operation: 'externalCallback', sourceSystem: c.sourceSystem, sourceCode: c.sourceCode, result: 'APPROVED' } }; }, bad: { parameters: { sourceCode: BLANK }, message: /\(sourceCode\).*\[item 0\]$/ } },
];

/** The user context for a row: the assignee for workflow decisions and personal lists, else an existing employee. */
async function userFor(row) {
	if (row.user) return (await assignee()).email;
	return (await first('employees', '?_limit=1')).email;
}
async function prepared(row) {
	const p = await row.happy();
	const email = p.email || (await userFor(row));
	return { ...p, email, parameters: { ...p.parameters, actAsUser: { userIdType: 'EMAIL', userId: email } } };
}
const callsTo = async (path) => (await env.calls()).filter((c) => c.path.endsWith(path));
/** The business calls that happened after `since` calls (the preparation's calls are not the operation's). */
const after = async (since) => (await env.calls()).slice(since);

describe.each(rows)('$op', (row) => {
	it('happy path as a workflow, acting as a user: the call carries the user context', async () => {
		const { parameters, items, email } = await prepared(row);
		const since = (await env.calls()).length;
		const r = await env.run(parameters, items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling').length).toBeGreaterThan(0);
		expect(answerWidthProblems(new Zhenling().description, parameters, r.json('Zhenling'))).toEqual([]);
		const calls = (await after(since)).filter((c) => c.path.endsWith(row.path));
		expect(calls.map((c) => c.status)).toEqual(calls.map(() => 200));
		expect(calls.length).toBeGreaterThan(0);
		const call = calls[0];
		if (row.query) expect(call.query).toMatchObject({ userIdType: 'EMAIL', userId: email });
		else if (row.multipart) expect(call.rawBody).toMatch(new RegExp(`name="userIdType"\\r\\n\\r\\nEMAIL\\r\\n[\\s\\S]*name="userId"\\r\\n\\r\\n${email.replace(/\./g, '\\.')}\\r\\n`));
		else expect(JSON.parse(call.body)).toMatchObject({ userIdType: 'EMAIL', userId: email });
	});

	it("a vendor error is Zhenling's code and message with a hint", async () => {
		const { parameters, items } = await prepared(row);
		await env.control('POST', '/faults', { vendor: 'zhenling', path: row.path, code: 'A0400', message: `injected refusal of ${row.path}`, status: 400, times: 1 });
		const r = await env.run(parameters, items);
		expect(r.error).toBeDefined();
		expect(r.error.message).toBe(`Zhenling error A0400: injected refusal of ${row.path}`);
		expect(r.error.description).toContain('Zhenling refused a parameter');
		expect((await callsTo(row.path)).map((c) => c.status)).toEqual([400]);
	});

	it('bad input fails naming field and item; nothing is sent', async () => {
		const { parameters, items } = await prepared(row);
		const since = (await env.calls()).length;
		const r = await env.run({ ...parameters, ...(row.bad.parameters || {}) }, row.bad.items || items);
		expect(r.error).toBeDefined();
		expect(r.error.message).toMatch(row.bad.message);
		expect(await after(since)).toHaveLength(0);
	});

	it('token expiry: the revoked token is replaced once and the operation succeeds', async () => {
		const { parameters, items } = await prepared(row);
		// Make sure the credential holds a token, then revoke every token the sandbox issued.
		await env.run({ resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' });
		const tokensBefore = (await env.tokenCalls()).length;
		await env.control('POST', '/tokens/revoke', { vendor: 'zhenling' });
		const since = (await env.calls()).length;
		const r = await env.run(parameters, items);
		expect(r.error).toBeUndefined();
		const calls = await after(since);
		expect(calls[0].status).toBe(401);
		expect(calls.slice(1).map((c) => c.status)).toEqual(calls.slice(1).map(() => 200));
		expect(calls.filter((c) => c.path.endsWith(row.path) && c.status === 200).length).toBeGreaterThan(0);
		expect((await env.tokenCalls()).length - tokensBefore).toBe(1);
	});
});

it('the table covers every operation the node offers', () => {
	const { Zhenling } = require('../../../nodes/Zhenling/Zhenling.node');
	/** @type {any[]} */
	const properties = new Zhenling().description.properties;
	const offered = properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => p.options.map((o) => `${p.displayOptions.show.resource[0]}.${o.value}`))
		.sort();
	const covered = [];
	for (const row of rows) {
		const text = row.happy.toString();
		const resource = /resource: '(\w+)'/.exec(text)[1];
		const operation = /operation: '(\w+)'/.exec(text)[1];
		covered.push(`${resource}.${operation}`);
	}
	expect([...new Set(covered)].sort()).toEqual(offered);
});
