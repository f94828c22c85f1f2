// Zhenling contracts through the harness against the sandbox: 3.40 create (sourceCode = the upload's
// sourceDocumentNumber, checked before sending; exactly once), 3.24 list, 3.49 update, 3.21 batch delete,
// cancel archive, performance update, 3.27–3.41 related data, 3.6 template variables, changes 3.45–3.48 / 3.19.
jest.setTimeout(30000);

const { setup, until } = require('./helpers');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(() => env.reset());

const fileItem = (json) => ({ json, binary: { data: { data: Buffer.from('%PDF-1.4 contract').toString('base64'), mimeType: 'application/pdf', fileName: 'c.pdf' } } });
const uploadAndCreate = {
	nodes: [
		{ name: 'Upload', type: 'zhenling', parameters: { resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: '={{ $json.oaId }}', fileType: 'MAIN' } },
		{
			name: 'Create',
			type: 'zhenling',
			parameters: {
				resource: 'contract',
				operation: 'create',
				sourceSystem: 'OA',
				sourceCode: "={{ $('Upload').item.json.sourceDocumentNumber }}",
				contractName: '车辆维保服务合同',
				amount: '120000.00',
				additionalFields: { counterparty: '华东通达有限公司', signDate: '2026-05-01' },
			},
		},
	],
	connections: { Upload: { main: [[{ node: 'Create', type: 'main', index: 0 }]] } },
};
const withCredential = (wf) => ({ ...wf, nodes: wf.nodes.map((n) => ({ ...n, credentials: { zhenlingApi: env.credential } })) });
const sentTo = async (suffix) => (await env.calls()).filter((c) => c.path.endsWith(suffix));
const create = (over = {}) => ({ resource: 'contract', operation: 'create', sourceSystem: 'OA', sourceCode: 'OA-HT-9001', uploadedSourceDocumentNumber: 'OA-HT-9001', contractName: '车辆维保服务合同', amount: '120000.00', ...over });

describe('3.40 create', () => {
	it('upload → create in one workflow: accepted, stored once; a re-run returns the existing contract and sends no create', async () => {
		const first = await env.harness.runWorkflow(withCredential(uploadAndCreate), { items: [fileItem({ oaId: 'OA-HT-9001' })], startNode: 'Upload' });
		expect(first.error).toBeUndefined();
		expect(first.json('Create')[0]).toMatchObject({ status: 'accepted', api: 'createContract', sourceSystem: 'OA', sourceCode: 'OA-HT-9001', taskId: expect.any(String), request: { amount: '120000.00', signDate: '2026-05-01' } });
		expect((await env.state('contracts', '?sourceCode=OA-HT-9001')).total).toBe(1);
		const [sent] = await sentTo('/contract/create');
		expect(sent.rawBody).toContain('"amount":"120000.00"');

		const again = await env.harness.runWorkflow(withCredential(uploadAndCreate), { items: [fileItem({ oaId: 'OA-HT-9001' })], startNode: 'Upload' });
		expect(again.error).toBeUndefined();
		const stored = (await env.state('contracts', '?sourceCode=OA-HT-9001')).records[0];
		expect(again.json('Create')[0]).toMatchObject({ status: 'exists', contractCode: stored.contractCode });
		expect(await sentTo('/contract/create')).toHaveLength(1);
		expect((await env.state('contracts', '?sourceCode=OA-HT-9001')).total).toBe(1);
	});

	it('a re-run with a different amount is refused naming the stored and sent values; nothing is sent', async () => {
		await env.run({ resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: 'OA-HT-9001' }, [fileItem({})]);
		await env.run(create());
		const r = await env.run(create({ amount: '99.00' }));
		expect(r.error.message).toMatch(/^Zhenling already holds contract HT-API-\d+ for OA \/ OA-HT-9001 with a different amount \[item 0\]$/);
		expect(r.error.description).toContain('Stored: amount "120000.00"; sent: amount "99.00"');
		expect(await sentTo('/contract/create')).toHaveLength(1);
	});

	it('sourceCode ≠ the upload\'s sourceDocumentNumber, a missing upload number, malformed amount and date fail before sending', async () => {
		const cases = [
			[create({ uploadedSourceDocumentNumber: 'OA-HT-9002' }), 'Source Code (sourceCode) "OA-HT-9001" must equal the uploaded file\'s Source Document Number (sourceDocumentNumber) "OA-HT-9002" [item 0]'],
			[create({ uploadedSourceDocumentNumber: '' }), "Uploaded File's Source Document Number (uploadedSourceDocumentNumber) is required: upload the contract file first (File → Upload Contract File) and map its sourceDocumentNumber here [item 0]"],
			[create({ amount: '12,000' }), 'Amount (amount) must be a decimal amount like 120000.00 (got "12,000") [item 0]'],
			[create({ amount: '1.234' }), 'Amount (amount) must have at most 2 decimal places (got "1.234") [item 0]'],
			[create({ additionalFields: { signDate: '2026-02-30' } }), 'Sign Date (signDate) must be a date like 2026-05-01 (got "2026-02-30") [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const r = await env.run(parameters);
			expect(r.error.message).toBe(message);
		}
		expect(await env.calls()).toHaveLength(0);
	});

	it('many items: one list check each, one create call for the batch; Require Uploaded File off lets Zhenling refuse a missing file asynchronously', async () => {
		const items = [1, 2, 3].map((k) => ({ json: { id: `OA-B-${k}` } }));
		const r = await env.run(create({ sourceCode: '={{ $json.id }}', requireUpload: false }), items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling').map((o) => [o.status, o.sourceCode])).toEqual([['accepted', 'OA-B-1'], ['accepted', 'OA-B-2'], ['accepted', 'OA-B-3']]);
		expect(await sentTo('/contract/list')).toHaveLength(3);
		const creates = await sentTo('/contract/create');
		expect(creates).toHaveLength(1);
		expect(JSON.parse(creates[0].rawBody).list.map((x) => x.sourceCode)).toEqual(['OA-B-1', 'OA-B-2', 'OA-B-3']);
		expect((await env.state('results', '?api=createContract')).records.map((x) => x.subCode)).toEqual(['FILE_NOT_FOUND', 'FILE_NOT_FOUND', 'FILE_NOT_FOUND']);
	});
});

describe('3.24 list and the contract locator', () => {
	it('Return All pages by 100; filters and Act as User narrow the list', async () => {
		const all = await env.run({ resource: 'contract', operation: 'getMany', returnAll: true });
		expect(all.json('Zhenling')).toHaveLength(150);
		expect((await sentTo('/contract/list')).map((c) => JSON.parse(c.rawBody).pageNo)).toEqual([1, 2]);
		const signed = await env.run({ resource: 'contract', operation: 'getMany', returnAll: true, filters: { status: 'SIGNED' } });
		expect(signed.json('Zhenling').length).toBeGreaterThan(0);
		expect(signed.json('Zhenling').every((c) => c.status === 'SIGNED')).toBe(true);
		const mine = await env.run({ resource: 'contract', operation: 'getMany', returnAll: true, actAsUser: { userIdType: 'EMAIL', userId: 'e000001@corp.example.com' } });
		expect(mine.json('Zhenling').length).toBeGreaterThan(0);
		expect(mine.json('Zhenling').every((c) => c.ownerEmployeeNumber === 'E000001')).toBe(true);
	});

	it('listSearch offers contracts by keyword', async () => {
		const found = await env.harness.loadOptions({ type: 'zhenling', kind: 'listSearch', method: 'searchContracts', credentials: { zhenlingApi: env.credential }, filter: '租赁' });
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((r) => r.name.includes('租赁'))).toBe(true);
		const cps = await env.harness.loadOptions({ type: 'zhenling', kind: 'listSearch', method: 'searchCounterparties', credentials: { zhenlingApi: env.credential } });
		expect(cps.results.length).toBeGreaterThan(0);
	});
});

describe('changes to contracts', () => {
	let byStatus;
	beforeEach(async () => {
		const list = (await env.state('contracts', '?_limit=200')).records;
		byStatus = (status) => list.filter((c) => c.status === status);
	});

	it('3.49 update changes the stored contract (accepted asynchronously); an archived one needs a reason (vendor error)', async () => {
		const signed = byStatus('SIGNED')[0];
		const r = await env.run({ resource: 'contract', operation: 'update', contractCode: { mode: 'id', value: signed.contractCode }, additionalFields: { amount: '99.90' } });
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling')[0]).toMatchObject({ status: 'accepted', api: 'modifyContract', contractCode: signed.contractCode, changes: { amount: '99.90' }, taskId: expect.any(String) });
		expect((await env.state('contracts', `?contractCode=${signed.contractCode}`)).records[0].amount).toBe('99.90');
		const archived = byStatus('ARCHIVED')[0];
		const refused = await env.run({ resource: 'contract', operation: 'update', contractCode: { mode: 'id', value: archived.contractCode }, additionalFields: { amount: '1.00' } });
		expect(refused.error.message).toBe('Zhenling error A0400: an archived contract changes with a changeReason (3.49)');
		const bad = await env.run({ resource: 'contract', operation: 'update', contractCode: { mode: 'id', value: signed.contractCode }, additionalFields: { amount: '-1' } });
		expect(bad.error.message).toBe('Amount (amount) must not be negative (got "-1") [item 0]');
	});

	it('3.21 deletes many contracts in one call; a non-draft is refused per item in its async result', async () => {
		const drafts = byStatus('DRAFT').slice(0, 2);
		const signed = byStatus('SIGNED')[0];
		const items = [...drafts, signed].map((c) => ({ json: { code: c.contractCode } }));
		const r = await env.run({ resource: 'contract', operation: 'delete', contractCode: { mode: 'id', value: '={{ $json.code }}' } }, items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling').map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
		const calls = await sentTo('/contract/delete');
		expect(calls).toHaveLength(1);
		expect(JSON.parse(calls[0].rawBody).contractCodes).toEqual(items.map((i) => i.json.code));
		expect((await env.state('contracts', `?contractCode=${drafts[0].contractCode}`)).total).toBe(0);
		expect((await env.state('contracts', `?contractCode=${signed.contractCode}`)).total).toBe(1);
		expect((await env.state('results', '?api=deleteContract')).records.map((x) => x.subCode)).toEqual(['SUCCESS', 'SUCCESS', 'STATUS_ERROR']);
	});

	it('cancel archive and performance update; a wrong status is a vendor error; progress > 100 is refused before sending', async () => {
		const archived = byStatus('ARCHIVED')[0];
		const r = await env.run({ resource: 'contract', operation: 'cancelArchive', contractCode: { mode: 'id', value: archived.contractCode } });
		expect(r.json('Zhenling')[0]).toEqual({ contractCode: archived.contractCode, status: 'SIGNED' });
		const again = await env.run({ resource: 'contract', operation: 'cancelArchive', contractCode: { mode: 'id', value: archived.contractCode } });
		expect(again.error.message).toBe(`Zhenling error A0400: contract ${archived.contractCode} is SIGNED, not archived`);
		const perf = await env.run({ resource: 'contract', operation: 'updatePerformance', contractCode: { mode: 'id', value: archived.contractCode }, performanceStatus: 'DONE', additionalFields: { progress: 100, remark: '验收完成' } });
		expect(perf.json('Zhenling')[0]).toEqual({ contractCode: archived.contractCode, performance: { status: 'DONE', progress: 100, remark: '验收完成' } });
		await env.reset();
		const over = await env.run({ resource: 'contract', operation: 'updatePerformance', contractCode: { mode: 'id', value: archived.contractCode }, performanceStatus: 'DONE', additionalFields: { progress: 101 } });
		expect(over.error.message).toBe('Progress (progress) must be between 0 and 100 (got 101) [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('3.27–3.41: every kind of related data answers; an unknown contract is A0404; a missing contract code sends nothing', async () => {
		const { RELATED_KINDS } = require('../../../nodes/Zhenling/actions/contract/getRelated.operation');
		expect(RELATED_KINDS).toHaveLength(15);
		const signed = byStatus('SIGNED')[0];
		for (const { value } of RELATED_KINDS) {
			const r = await env.run({ resource: 'contract', operation: 'getRelated', contractCode: { mode: 'id', value: signed.contractCode }, kind: value });
			expect([value, r.error]).toEqual([value, undefined]);
		}
		expect((await env.calls()).map((c) => c.path.split('/').pop())).toEqual(RELATED_KINDS.map((k) => k.value));
		const lines = await env.run({ resource: 'contract', operation: 'getRelated', contractCode: { mode: 'id', value: signed.contractCode }, kind: 'lines' });
		expect(lines.json('Zhenling')[0]).toMatchObject({ contractCode: signed.contractCode, lineNo: 1, amount: signed.amount });
		const unknown = await env.run({ resource: 'contract', operation: 'getRelated', contractCode: { mode: 'id', value: 'HT-NOPE' }, kind: 'lines' });
		expect(unknown.error.message).toBe('Zhenling error A0404: contract HT-NOPE does not exist');
		await env.reset();
		const missing = await env.run({ resource: 'contract', operation: 'getRelated', contractCode: { mode: 'id', value: '={{ $json.code }}' }, kind: 'lines' }, [{ json: {} }]);
		expect(missing.error.message).toBe('Contract (contractCode) is required [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('3.6 template variables', async () => {
		const r = await env.run({ resource: 'contract', operation: 'getTemplateVariables', templateCode: 'T1' });
		expect(r.json('Zhenling').map((v) => v.name)).toEqual(['partyA', 'partyB', 'amount', 'signDate']);
	});

	it('3.19 in flight → 3.48 cannot start → 3.47 submit check → 3.45 delete → 3.48 can start; 3.46 refuses an old change', async () => {
		const changes = (await env.state('changes')).records;
		const old = changes.find((c) => c.kind === 'OLD');
		const locator = { mode: 'id', value: old.contractCode };
		const inFlight = await env.run({ resource: 'contractChange', operation: 'getInFlight', contractCode: locator });
		expect(inFlight.json('Zhenling')[0]).toMatchObject({ inFlight: true, changes: [{ changeCode: old.changeCode }] });
		expect((await env.run({ resource: 'contractChange', operation: 'checkCanStart', contractCode: locator })).json('Zhenling')[0]).toMatchObject({ canStart: false });
		expect((await env.run({ resource: 'contractChange', operation: 'checkSubmit', changeCode: old.changeCode })).json('Zhenling')[0]).toEqual({ changeCode: old.changeCode, passed: true, messages: [] });
		const wrong = await env.run({ resource: 'contractChange', operation: 'deleteNew', changeCode: old.changeCode });
		expect(wrong.error.message).toBe(`Zhenling error A0400: change ${old.changeCode} is a OLD change`);
		expect((await env.run({ resource: 'contractChange', operation: 'deleteOld', changeCode: old.changeCode })).json('Zhenling')[0]).toMatchObject({ deleted: true });
		expect((await env.run({ resource: 'contractChange', operation: 'checkCanStart', contractCode: locator })).json('Zhenling')[0]).toEqual({ contractCode: old.contractCode, canStart: true, reason: '' });
		const fresh = changes.find((c) => c.kind === 'NEW');
		expect((await env.run({ resource: 'contractChange', operation: 'deleteNew', changeCode: fresh.changeCode })).json('Zhenling')[0]).toMatchObject({ deleted: true });
	});
});
