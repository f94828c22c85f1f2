// Every Zeyi operation as a workflow through the harness against the sandbox.
const { setup } = require('./helpers');
const { contractParameters, maintenanceBillParameters, repairBillParameters } = require('../../fixtures/zeyi-bill');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.control('POST', '/reset', { vendor: 'zeyi' });
	env.harness.credentials.resetStats();
});

const CODE = 'WBJL21071000044';
const bill = repairBillParameters;
const bodyOf = (entry) => (typeof entry.body === 'string' ? entry.body : entry.rawBody || JSON.stringify(entry.body));

describe('Zeyi node against the sandbox', () => {
	it('repair → confirm: sends ms timestamps and station, answers success', async () => {
		const r = await env.run({
			resource: 'repair',
			operation: 'confirm',
			code: CODE,
			flag: true,
			expectTime: '2022-01-21T18:02:21+08:00',
			station: { stationUser: '张大三', stationMobile: '13277788817', stationLng: '113.461238', stationLat: '32.614137' },
		});
		expect(r.error).toBeUndefined();
		expect(r.json('Zeyi')[0]).toMatchObject({ success: true, code: CODE, repairFlag: true, expectRepairTime: '1642759341000' });
		const sent = (await env.calls()).filter((c) => /repairConfirm/.test(c.path || c.url));
		expect(sent).toHaveLength(1);
		expect(bodyOf(sent[0])).toContain('"expectRepairTime":"1642759341000"');
	});

	it('repair → confirm declining without a reason fails naming the field and sends nothing', async () => {
		const r = await env.run({ resource: 'repair', operation: 'confirm', code: CODE, flag: false, reason: '={{ $json.reason }}' }, [{ json: {} }]);
		expect(r.error.message).toBe('Reason (reason) is required [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('maintenance → confirm', async () => {
		const r = await env.run({ resource: 'maintenance', operation: 'confirm', code: CODE, flag: false, reason: '无可用站点' });
		expect(r.error).toBeUndefined();
		expect(r.json('Zeyi')[0]).toMatchObject({ success: true, maintainFlag: false, reason: '无可用站点' });
	});

	it('repair → push bill: exact amounts, computed paidAmount, photo arrays; a re-run does not duplicate', async () => {
		const first = await env.run(bill());
		expect(first.error).toBeUndefined();
		expect(first.json('Zeyi')[0]).toMatchObject({ success: true, paidAmount: '900.05', totalAmount: '1000.10' });
		expect(first.json('Zeyi')[0].fieldMaintainPictureUrl).toEqual(['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg']);
		const sent = (await env.calls()).filter((c) => /repairList/.test(c.path || c.url));
		expect(bodyOf(sent[0])).toContain('"totalAmount":1000.10');
		expect(bodyOf(sent[0])).toContain('"paidAmount":900.05');

		const again = await env.run(bill());
		expect(again.error).toBeUndefined();
		expect(again.json('Zeyi')[0].success).toBe(true);
		const stored = (await env.state('repairLists')).records;
		expect(stored.filter((b) => b.code === CODE)).toHaveLength(1);
	});

	// zeyi-maintenance-api.txt defines no answer to a second push of a code; the sandbox can refuse identical
	// re-pushes too (identicalRepush: 'refuse'), which exercises the node's duplicate branch.
	describe('already pushed (重复推送): a duplicate only when what Zeyi holds equals what is sent', () => {
		beforeEach(() => env.control('POST', '/config', { vendor: 'zeyi', identicalRepush: 'refuse' }));
		const wf = (id) => ({ id, nodes: [{ name: 'Zeyi', type: env.harness.typeName('zeyi'), typeVersion: 1, position: [0, 0], parameters: bill(), credentials: { zeyiApi: env.credential } }] });

		it('an identical re-push Zeyi refuses is duplicate: true, and nothing changes', async () => {
			const first = await env.run(bill());
			expect(first.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: false });
			const again = await env.run(bill());
			expect(again.error).toBeUndefined();
			expect(again.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: true, message: `维修清单${CODE}已推送，请勿重复提交`, totalAmount: '1000.10' });
			expect((await env.state('repairLists')).records.filter((b) => b.code === CODE)).toHaveLength(1);
		});

		it('the ledger keeps its format: digests are the first 24 hex of sha256 over the JSON of the record and of each field (ledgers saved earlier still match)', async () => {
			const { createHash } = require('node:crypto');
			const sha = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24);
			const first = await env.harness.runWorkflow(wf('ledger-format'));
			const { success, duplicate, ...record } = first.json('Zeyi')[0];
			expect({ success, duplicate }).toEqual({ success: true, duplicate: false });
			const [version] = first.staticData['node:Zeyi'].zeyiPushes[`/vehicle-service-api/maintenance/repairList#${CODE}`];
			expect(version.digest).toBe(sha(record));
			expect(version.fields.totalAmount).toBe(sha('1000.10'));
			expect(version.fields['feeList[2]']).toBe(sha(record.feeList[1]));
		});

		it('a changed re-push is an error naming what differs; Zeyi keeps the old total', async () => {
			await env.run(bill());
			const changed = await env.run(bill({ totalAmount: '1200.10', paidAmount: '' }));
			expect(changed.status).toBe('error');
			expect(changed.error.message).toMatch(new RegExp(`^Zeyi already holds code ${CODE} as pushed earlier [(][^)]+[)], and this push differs in: paidAmount, totalAmount$`));
			expect(changed.error.description).toMatch(/keeps the earlier one: nothing was changed/);
			const [stored] = (await env.state('repairLists')).records.filter((b) => b.code === CODE);
			expect(stored.payload.totalAmount).toBe('1000.10');
		});

		it('a changed version Zeyi accepted (rework after an audit NO_PASS) replaces the earlier one on the ledger: its identical re-push is a duplicate', async () => {
			// Zeyi's side: a maintenance order for the code, audited NO_PASS after the first push (rework allowed). The
			// sandbox keeps its state in step when it emits the callbacks; nobody needs to receive them here.
			const nowhere = 'http://127.0.0.1:9/zeyi';
			await env.control('POST', '/emit', { vendor: 'zeyi', event: 'repair', url: nowhere, variant: 'valid', payload: { code: CODE, licenseNumber: '鄂ARY348', repairProjectList: [] } });
			const first = await env.harness.runWorkflow(wf('rework-ledger'));
			expect(first.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: false, totalAmount: '1000.10' });
			await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', url: nowhere, variant: 'valid', payload: { code: CODE, auditStatus: 'NO_PASS', auditRemark: '照片不清晰', auditeTime: String(Date.now()) } });
			const reworked = { ...wf('rework-ledger') };
			reworked.nodes = [{ ...reworked.nodes[0], parameters: bill({ totalAmount: '1200.10', paidAmount: '' }) }];
			const second = await env.harness.runWorkflow(reworked);
			expect(second.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: false, totalAmount: '1200.10' });
			const ledger = second.staticData['node:Zeyi'].zeyiPushes[`/vehicle-service-api/maintenance/repairList#${CODE}`];
			expect(ledger).toHaveLength(1);
			// Zeyi refuses the identical re-push (it holds exactly this version): duplicate, not "differs".
			const again = await env.harness.runWorkflow(reworked);
			expect(again.error).toBeUndefined();
			expect(again.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: true, totalAmount: '1200.10' });
		});

		it('onDuplicate: fail raises Zeyi\'s refusal even for an identical re-push', async () => {
			await env.run(bill());
			const failed = await env.run(bill({ options: { onDuplicate: 'fail' } }));
			expect(failed.status).toBe('error');
			expect(failed.error.message).toBe(`Zeyi error 200: 维修清单${CODE}已推送，请勿重复提交`);
		});

		it('a refusal as already pushed with no earlier push on record cannot be confirmed: error', async () => {
			await env.run(bill());
			// Another workflow (its own static data) never pushed this code.
			const other = await env.harness.runWorkflow(wf('another-workflow'));
			expect(other.status).toBe('error');
			expect(other.error.message).toBe(`Zeyi says code ${CODE} was already pushed ("维修清单${CODE}已推送，请勿重复提交"), but this workflow has no record of pushing it`);
		});

		it('a contract pushed again with a changed total is an error naming it; identical is a duplicate', async () => {
			const contract = (totalAmount) => ({
				resource: 'contract', operation: 'push', code: 'HT-DUP', maintainRepairCode: CODE, companyName: '上海东风公司', branchName: '门店', billStatus: '已确认', maintainType: '首保',
				comeDate: '2026-05-01T08:00:00+08:00', licenseNumber: '沪A123456', specification: '9.6', expectCompleteTime: '2026-05-02T08:00:00+08:00', detailInput: 'fields',
				details: { detail: [{ serviceName: '换机油', serviceNeedHour: '2', serviceHourUnitAmount: '100', serviceCustomerUnitAmount: '120', serviceBranchUnitAmount: '150', confirmFlag: true }] },
				amounts: { totalAmount },
			});
			expect((await env.run(contract('1800'))).json('Zeyi')[0]).toMatchObject({ success: true, duplicate: false });
			expect((await env.run(contract('1800'))).json('Zeyi')[0]).toMatchObject({ success: true, duplicate: true });
			const changed = await env.run(contract('1900'));
			expect(changed.error.message).toMatch(/^Zeyi already holds code HT-DUP as pushed earlier [(][^)]+[)], and this push differs in: totalAmount$/);
		});

		it('remembers pushes across runs of the same workflow (static data)', async () => {
			const first = await env.harness.runWorkflow(wf('ledger-workflow'));
			expect(first.status).toBe('success');
			const again = await env.harness.runWorkflow(wf('ledger-workflow'));
			expect(again.status).toBe('success');
			expect(again.json('Zeyi')[0]).toMatchObject({ success: true, duplicate: true });
		});
	});

	it.each([
		['a station that does not exist', 'station does not exist'],
		['a phone number that exists already', '手机号已存在'],
		['the replay refusal of a reused nonce', '重复请求(nonce已使用)'],
		['an unknown code', `维保单号${CODE}不存在!`],
	])('a refusal for %s is an error, never a duplicate', async (_, message) => {
		await env.control('POST', '/faults', { vendor: 'zeyi', path: '/repairList', errorCode: '200', message });
		const r = await env.run(bill());
		expect(r.status).toBe('error');
		expect(r.error.message).toBe(`Zeyi error 200: ${message}`);
	});

	it('repair → push bill: paidAmount off by a cent fails naming field and item, nothing sent', async () => {
		const r = await env.run(bill({ paidAmount: '900.04' }));
		expect(r.error.message).toMatch(/^Paid Amount \(paidAmount\) must equal Total Amount − Discounted Amount = 1000\.10 − 100\.05 = 900\.05 \(got 900\.04\) \[item 0\]$/);
		expect(await env.calls()).toHaveLength(0);
	});

	it('maintenance → push bill with MAINTAIN/REPAIR lines and next maintenance', async () => {
		const r = await env.run(
			maintenanceBillParameters({
				projects: {
					project: [
						{ name: '机油', type: 'MAINTAIN', projectType: 'materials', unitPrice: '450.00', totalAmount: '900.00', number: '2', nextMaintainanceTime: '2026-11-01', nextMaintainanceMileage: '131900' },
						{ name: '工时', type: 'REPAIR', projectType: 'project', unitPrice: '100.10', totalAmount: '100.10', number: '1', nextMaintainanceTime: '2026-11-01' },
					],
				},
			}),
		);
		expect(r.error).toBeUndefined();
		const sent = (await env.calls()).filter((c) => /maintainList/.test(c.path || c.url));
		const body = JSON.parse(bodyOf(sent[0]));
		expect(body.maintainProjectList[0]).toMatchObject({ type: 'MAINTAIN', projectType: 'materials', nextMaintainanceMileage: 131900, nextMaintainanceTime: '1793462400000' });
	});

	it('contract → push and void', async () => {
		const push = await env.run(contractParameters());
		expect(push.error).toBeUndefined();
		expect(push.json('Zeyi')[0]).toMatchObject({ success: true, code: 'HT123', totalAmount: '1800' });
		const voided = await env.run({ resource: 'contract', operation: 'void', code: 'HT123', reason: '上报信息错误' });
		expect(voided.error).toBeUndefined();
		expect(voided.json('Zeyi')[0]).toMatchObject({ success: true, voided: true });
	});

	it('maintenance order → void; Zeyi refuses a paid order and its message surfaces', async () => {
		const ok = await env.run({ resource: 'maintenanceOrder', operation: 'void', code: CODE, reason: '重复数据' });
		expect(ok.error).toBeUndefined();
		await env.control('POST', '/config', { vendor: 'zeyi', paidOrders: ['WBJL-PAID'] });
		const refused = await env.run({ resource: 'maintenanceOrder', operation: 'void', code: 'WBJL-PAID', reason: '重复数据' });
		expect(refused.error.message).toMatch(/^Zeyi error 200: .*(付款|结算)/);
	});

	it('a revoked token (HTTP 401) makes exactly one re-login', async () => {
		await env.run({ resource: 'maintenance', operation: 'confirm', code: CODE, flag: true });
		env.harness.credentials.resetStats();
		await env.control('POST', '/tokens/revoke', { vendor: 'zeyi' });
		const r = await env.run({ resource: 'maintenance', operation: 'confirm', code: CODE, flag: true });
		expect(r.error).toBeUndefined();
		expect(env.harness.credentials.count('preAuthentication', 'zeyiApi')).toBe(1);
	});

	it('continueOnFail gives an error item per failing item and keeps the others, each paired with its input', async () => {
		const r = await env.run(
			{ resource: 'repair', operation: 'confirm', code: '={{ $json.code }}', flag: true },
			[{ json: { code: CODE } }, { json: { code: '' } }, { json: { code: 'WBJL-2' } }],
			{ onError: 'continueRegularOutput' },
		);
		expect(r.status).toBe('success');
		const items = r.items('Zeyi');
		expect(items).toHaveLength(3);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json).toMatchObject({ success: true, code: CODE });
		expect(items[1].json).toEqual({ error: 'Maintenance Code (code) is required [item 1]' });
		expect(items[2].json).toMatchObject({ success: true, code: 'WBJL-2' });
		// Only the two valid items reached Zeyi.
		expect((await env.calls()).filter((c) => /repairConfirm/.test(c.path) && c.signature === 'ok').map((c) => JSON.parse(c.body).code)).toEqual([CODE, 'WBJL-2']);
	});
});
