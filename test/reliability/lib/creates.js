// The creates with an idempotency key, one per vendor: node parameters reading the key (and a field that tells
// the inputs apart) from the item, how to read back what the sandbox stored, and when a stored record equals
// what was sent. `prepare` picks seeded master data (applicant, template, fee type …) once per run.
const { maintenanceBillParameters } = require('../../fixtures/zeyi-bill');

const run = `${Date.now().toString(36)}`;

/** @type {Array<{ vendor: string, type: string, keyName: string, prepare: (env: any) => Promise<any>, parameters: (ctx: any) => object, item: (k: number, ctx: any) => any, stored: (env: any, ctx: any) => Promise<any[]>, keyOf: (r: any) => string, equals: (r: any, json: any) => boolean }>} */
const CREATES = [
	{
		vendor: 'didi',
		type: 'didiEnterprise',
		keyName: 'out_approval_id',
		async prepare(env) {
			const regulations = await env.state('didi', 'regulations');
			const members = await env.state('didi', 'members');
			const cities = await env.state('didi', 'cities');
			return {
				regulation: String((regulations.find((r) => Number(r.approval_type) === 1) || regulations[0]).regulation_id),
				applicant: members.find((m) => m.phone).phone,
				from: String(cities[0].city_id),
				to: String(cities[1].city_id),
			};
		},
		parameters: (c) => ({
			resource: 'approval',
			operation: 'create',
			approvalType: 1,
			regulationId: c.regulation,
			memberType: 0,
			applicantPhone: c.applicant,
			outApprovalId: '={{ $json.key }}',
			reason: '={{ $json.reason }}',
			travelStartDate: '2030-05-01',
			travelEndDate: '2030-05-03',
			cityControlMode: 'strict',
			trips: { trip: [{ departureCity: c.from, destinationCity: c.to, tripType: ['1', '2'] }] },
		}),
		item: (k) => ({ key: `OA-${run}-${k}`, reason: `出差 ${k}` }),
		stored: async (env) => (await env.state('didi', 'approvals')).filter((a) => String(a.out_approval_id || '').startsWith(`OA-${run}-`)),
		keyOf: (r) => String(r.out_approval_id),
		equals: (r, json) => r.reason === json.reason,
	},
	{
		vendor: 'hose',
		type: 'hose',
		keyName: 'form.outerCode',
		async prepare(env) {
			const spec = (await env.state('hose', 'specifications')).find((s) => s.type === 'expense');
			const fee = (await env.state('hose', 'feeTypes')).find((f) => f.active !== false);
			const submitter = (await env.state('hose', 'staffs'))[1];
			return { spec: spec.id, fee: fee.id, submitter: submitter.id };
		},
		parameters: (c) => ({
			resource: 'document',
			operation: 'create',
			templateType: 'expense',
			specificationId: c.spec,
			title: '={{ $json.title }}',
			submitter: { mode: 'id', value: c.submitter },
			outerCode: '={{ $json.key }}',
			details: { line: [{ feeTypeId: c.fee, amount: '={{ $json.amount }}', feeDate: '2026-05-01', consumptionReasons: '拜访客户' }] },
		}),
		item: (k) => ({ key: `EXP-${run}-${k}`, title: `差旅报销 ${k}`, amount: `${100 + k}.50` }),
		stored: async (env) => (await env.state('hose', 'flows')).filter((f) => String(f.form.outerCode || '').startsWith(`EXP-${run}-`)),
		keyOf: (r) => String(r.form.outerCode),
		equals: (r, json) => r.form.title === json.title && String(r.form.details[0].feeTypeForm.amount.standard) === json.amount,
	},
	{
		vendor: 'zhenling',
		type: 'zhenling',
		keyName: 'sourceCode',
		async prepare(env) {
			await env.control('POST', '/config', { vendor: 'zhenling', requireUpload: false });
			return {};
		},
		parameters: () => ({
			resource: 'contract',
			operation: 'create',
			sourceSystem: 'OA',
			sourceCode: '={{ $json.key }}',
			requireUpload: false,
			contractName: '={{ $json.name }}',
			amount: '={{ $json.amount }}',
		}),
		item: (k) => ({ key: `HT-${run}-${k}`, name: `车辆维保服务合同 ${k}`, amount: `${1000 + k}.00` }),
		stored: async (env) => (await env.state('zhenling', 'contracts')).filter((c) => String(c.sourceCode).startsWith(`HT-${run}-`)),
		keyOf: (r) => String(r.sourceCode),
		equals: (r, json) => r.contractName === json.name && r.amount === json.amount && r.sourceSystem === 'OA',
	},
	{
		vendor: 'zeyi',
		type: 'zeyi',
		keyName: 'code (maintenance bill)',
		prepare: async () => ({}),
		parameters: () =>
			maintenanceBillParameters({ code: '={{ $json.key }}', mileage: '={{ $json.mileage }}', fieldMaintainPictureUrl: 'https://img.example.com/a.jpg' }),
		item: (k) => ({ key: `WB-${run}-${k}`, mileage: 120000 + k }),
		stored: async (env) => (await env.state('zeyi', 'maintainLists')).filter((b) => String(b.code).startsWith(`WB-${run}-`)),
		keyOf: (r) => String(r.code),
		equals: (r, json) => Number(r.payload.mileage) === json.mileage,
	},
	{
		vendor: 'zhiguanche',
		type: 'zhiguanche',
		keyName: 'outerId (OA request id)',
		prepare: async () => ({}),
		parameters: () => ({
			resource: 'vehicleRequest',
			operation: 'create',
			outerId: '={{ $json.key }}',
			applicantMobile: '13276803753',
			startTime: '2027-01-05 09:00',
			endTime: '2027-01-05 17:00',
			origin: '公司本部',
			destination: '={{ $json.destination }}',
			additionalFields: { passengers: 2 },
		}),
		item: (k) => ({ key: `OA-CAR-${run}-${k}`, destination: `首都机场T3 门 ${k}` }),
		stored: async (env) => (await env.state('zhiguanche', 'vehicleRequests')).filter((r) => String(r.outerId).startsWith(`OA-CAR-${run}-`)),
		keyOf: (r) => String(r.outerId),
		equals: (r, json) => r.destination === json.destination,
	},
];

module.exports = { CREATES };
