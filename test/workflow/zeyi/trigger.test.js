// The Zeyi Trigger against the sandbox's emit: each event valid, forged, stale, replayed and encrypted.
const { setup, receiver } = require('./helpers');

let env;
let hook;
beforeAll(async () => {
	env = await setup();
	hook = await receiver(env.harness, env.credential);
});
afterAll(async () => {
	if (hook) await hook.close();
	if (env) await env.close();
});

const PAYLOADS = {
	repair: {
		code: 'WBJL21071000044', licenseNumber: '鄂ARY348', owner: '上海则一', driverName: '张三', driverMobile: '18888888888', vin: '21654564894984LK',
		engineNumber: '2156156', manufactureTime: '1642993757000', mileage: 100000, vehicleObject: '车头', vehicleAddress: '湖北省随州市曾都区淅河镇002县道',
		vehicleAddressLng: '113.465168', vehicleAddressLat: '31.664137', orgName: '上海区', repairProjectList: [{ name: '机油滤芯', number: 1 }],
	},
	maintain: {
		code: 'WBJL21071000045', licenseNumber: '鄂ARY348', owner: '上海则一', driverName: '张三', driverMobile: '18888888888', vin: '21654564894984LK',
		engineNumber: '2156156', recentMaintainTime: '1642993757000', vehicleObject: '车头', vehicleAddress: '湖北省随州市', vehicleAddressLng: '113.465168',
		vehicleAddressLat: '31.664137', orgName: '上海区', maintainProjectList: [{ name: '机油滤芯' }],
	},
	audit: { code: 'WBJL21071000044', auditStatus: 'PASS', auditRemark: '审核备注', auditeTime: '1642755099000', contactUser: '张大三', contactMobile: '13277676171' },
	delete: { code: 'WBJL21071000044', reason: '上报信息错误', operationTime: '1642755099000', operationUser: '张大三', operationMobile: '13277676171' },
	confirmPrice: {
		code: 'WBJL21071000044', confirmAmount: 1000.1,
		feeList: [{ name: '工时费', confirmNumber: 0, confirmAmount: 0 }],
		maintainProjectList: [{ name: '机油滤芯', confirmNumber: 1, confirmAmount: 500, type: 'MAINTAIN', projectType: 'materials' }],
	},
};
const EMIT_EVENT = { repair: 'repair', maintain: 'maintain', audit: 'audit', delete: 'delete', confirmPrice: 'confirmPirce' };

const emit = async (event, variant) => {
	const before = hook.received.length;
	const report = await env.control('POST', '/emit', { vendor: 'zeyi', event: EMIT_EVENT[event], url: hook.url, variant, payload: PAYLOADS[event] });
	return { report, calls: hook.received.slice(before) };
};
const statusOf = (report) => report.status ?? report.statusCode ?? (report.response && report.response.status);
const started = (calls) => calls.filter((c) => c.started);

describe.each(Object.keys(PAYLOADS))('Zeyi Trigger: %s', (event) => {
	it('valid: answers the success envelope and starts one execution with a clean item', async () => {
		const { report, calls } = await emit(event, 'valid');
		expect(statusOf(report)).toBe(200);
		expect(started(calls)).toHaveLength(1);
		expect(calls[0].response.body).toEqual({ success: true, businessException: false });
		const item = calls[0].items[0];
		expect(item.event).toBe(event);
		expect(item.code).toBe(PAYLOADS[event].code);
		if (event === 'audit') expect(item).toMatchObject({ passed: true, auditeTimeIso: '2022-01-21T16:51:39+08:00' });
		if (event === 'confirmPrice') expect(item).toMatchObject({ confirmAmount: '1000.1', feeList: [{ confirmAmount: '0' }] });
		if (event === 'repair') expect(item).toMatchObject({ manufactureTimeIso: '2022-01-24T11:09:17+08:00', mileage: 100000 });
	});

	it.each(['forged', 'stale', 'replay'])('%s: HTTP 401 with the failure envelope, no execution', async (variant) => {
		const { report, calls } = await emit(event, variant);
		const refused = calls.filter((c) => c.response.status === 401);
		expect(refused.length).toBeGreaterThanOrEqual(1);
		expect(refused[0].response.body).toMatchObject({ success: false, businessException: true, errorCode: '200' });
		// A replay delivers the same call twice: the first may start, the repeat must not.
		expect(started(calls).length).toBe(variant === 'replay' ? calls.length - refused.length : 0);
		expect([401]).toContain(statusOf(report));
	});

	it('encrypted: decrypted and started', async () => {
		const { calls } = await emit(event, 'encrypted');
		expect(started(calls)).toHaveLength(1);
		expect(calls[0].items[0].code).toBe(PAYLOADS[event].code);
	});
});

describe('Zeyi Trigger options', () => {
	it('an unselected event is refused with the failure envelope and starts nothing', async () => {
		const only = await receiver(env.harness, env.credential, { parameters: { events: ['repair'] }, workflowId: 'zeyi-only-repair' });
		try {
			const before = only.received.length;
			await env.control('POST', '/emit', { vendor: 'zeyi', event: 'audit', url: only.url, variant: 'valid', payload: PAYLOADS.audit });
			const calls = only.received.slice(before);
			expect(calls[0].started).toBe(false);
			expect(calls[0].response.body).toMatchObject({ success: false, businessException: true });
		} finally {
			await only.close();
		}
	});

	it('respond after the workflow: starts without answering, leaving the answer to Respond to Webhook', async () => {
		const late = await receiver(env.harness, env.credential, { parameters: { respond: 'responseNode' }, workflowId: 'zeyi-late' });
		try {
			const before = late.received.length;
			await env.control('POST', '/emit', { vendor: 'zeyi', event: 'repair', url: late.url, variant: 'valid', payload: PAYLOADS.repair }).catch(() => undefined);
			const call = late.received[before];
			expect(call.started).toBe(true);
			expect(call.result.noWebhookResponse).toBeUndefined();
			expect(call.result.webhookResponse).toBeUndefined();
			expect(call.items[0].event).toBe('repair');
		} finally {
			await late.close();
		}
	});

	it('declares one webhook per Zeyi path, with stub webhookMethods for each', async () => {
		for (const name of ['repair', 'maintain', 'audit', 'delete', 'confirmPrice']) {
			const { value } = await env.harness.runWebhookMethod({ type: 'zeyiTrigger', parameters: {}, credentials: { zeyiApi: env.credential }, webhookName: name, method: 'checkExists' });
			expect(value).toBe(true);
		}
		const { ZeyiTrigger } = require('../../../nodes/Zeyi/ZeyiTrigger.node');
		const zeyiPaths = [
			'vehicleRepair/repair',
			'vehicleMaintain/maintain',
			'vehicleMaintainRepair/audit',
			'vehicleMaintainRepair/delete',
			'vehicleMaintainRepair/confirmPirce',
		];
		// The paths are expressions (the secret goes in front for Shared Secret in Path): as n8n resolves them.
		const names = new ZeyiTrigger().description.webhooks.map((w) => w.name);
		const resolved = async (parameters) => {
			const paths = [];
			for (const webhookName of names) {
				const call = await env.harness.callWebhook({ type: 'zeyiTrigger', webhookName, parameters, credentials: { zeyiApi: env.credential }, body: '{}', workflowId: 'zeyi-paths' });
				paths.push(call.webhookPath);
			}
			return paths;
		};
		expect(await resolved({})).toEqual(zeyiPaths);
		expect(await resolved({ inboundAuth: 'pathSecret', inboundSecret: 'a-long-enough-secret' })).toEqual(zeyiPaths.map((p) => `a-long-enough-secret/${p}`));
	});
});
