// examples/zeyi-repair-lifecycle.json end to end: repair request received → confirm → bill pushed → audit received.
const { setup, receiver } = require('./helpers');
const example = require('../../../examples/zeyi-repair-lifecycle.json');

let env;
let hook;
beforeAll(async () => {
	env = await setup();
	const trigger = example.nodes.find((n) => n.type.endsWith('zeyiTrigger'));
	hook = await receiver(env.harness, env.credential, { parameters: trigger.parameters, workflowId: 'zeyi-lifecycle' });
});
afterAll(async () => {
	if (hook) await hook.close();
	if (env) await env.close();
});

const runFromTrigger = (items) => env.harness.runWorkflow({ ...example, id: 'zeyi-lifecycle' }, { items, startNode: 'Zeyi Trigger' });

it('runs the whole repair lifecycle through the example workflow', async () => {
	await env.control('POST', '/reset', { vendor: 'zeyi' });
	const payload = { code: 'WBJL-LIFE-1', licenseNumber: '鄂ARY348', owner: '上海则一', driverName: '张三', driverMobile: '18888888888', vin: 'V1', engineNumber: 'E1', mileage: 100000, vehicleObject: '车头', vehicleAddress: '湖北省', vehicleAddressLng: '113.46', vehicleAddressLat: '31.66', orgName: '上海区', repairProjectList: [{ name: '机油滤芯', number: 1 }] };
	await env.control('POST', '/emit', { vendor: 'zeyi', event: 'repair', url: hook.url, variant: 'valid', payload });
	const request = hook.received.at(-1);
	expect(request.started).toBe(true);

	const run = await runFromTrigger(request.result.workflowData[0]);
	expect(run.error).toBeUndefined();
	expect(run.json('Confirm Repair')[0]).toMatchObject({ success: true, code: 'WBJL-LIFE-1', repairFlag: true });
	expect(run.json('Push Repair Bill')[0]).toMatchObject({ success: true, code: 'WBJL-LIFE-1', paidAmount: '1000.00' });
	const paths = (await env.calls()).map((c) => c.path || c.url);
	expect(paths.some((p) => /repairConfirm/.test(p))).toBe(true);
	expect(paths.some((p) => /repairList/.test(p))).toBe(true);

	await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', url: hook.url, variant: 'valid', payload: { code: 'WBJL-LIFE-1', auditStatus: 'NO_PASS', auditRemark: '照片不清晰', auditeTime: String(Date.now()) } });
	const audit = hook.received.at(-1);
	expect(audit.started).toBe(true);
	const auditRun = await runFromTrigger(audit.result.workflowData[0]);
	expect(auditRun.json('Rework Bill')[0]).toMatchObject({ event: 'audit', passed: false, auditRemark: '照片不清晰' });
	expect(auditRun.json('Confirm Repair')).toEqual([]);
});
