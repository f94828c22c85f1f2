// Every Hose operation as a real workflow against the sandbox, four ways (issue 12 "Done when"):
// 1. happy path — the operation's Hose call is made and its output is what Hose stored or answered;
// 2. a vendor error — Hose refuses the call → NodeApiError with Hose's code and message and a hint;
// 3. validation — bad input fails naming field and item, and the sandbox log shows 0 requests (no token either);
// 4. token expiry — a token Hose no longer knows (HTTP 403) is replaced by exactly one login and the call repeated.
// The table below lists every operation of the node; a test checks that none is missing.
const { startHose } = require('./helpers');
const { Hose } = require('../../../nodes/Hose/Hose.node');
const { setUpDocuments } = require('./setups');
const { answerWidthProblems } = require('../../helpers/answer-width');
const { ORDER_ENTITIES } = require('../../../sandbox/vendors/hose/state');

const LOGIN = '/api/openapi/v1/auth/getAccessToken';
const FAULT = '表驱动测试: 拒绝';

/**
 * @typedef {{ hose: any, staff: any[], departments: any[], docs: Awaited<ReturnType<typeof setUpDocuments>>, [key: string]: any }} Ctx
 * @typedef {{
 *   setup?: (ctx: Ctx) => Promise<void>,
 *   params: (ctx: Ctx) => Record<string, any>,
 *   items?: (ctx: Ctx) => Array<{ json: Record<string, any> }>,
 *   path: string,
 *   check: (out: any[], ctx: Ctx) => Promise<void> | void,
 *   invalid: (ctx: Ctx) => Record<string, any>,
 *   invalidItems?: (ctx: Ctx) => Array<{ json: Record<string, any> }>,
 *   field: string,
 *   faults?: (ctx: Ctx) => string[],
 *   vendorError?: (ctx: Ctx) => Promise<{ params: Record<string, any>, items?: any[], code: string, message: RegExp }>,
 * }} Case
 */

/** A staff member Upsert Many or Create would send. */
const newPerson = (k, dept) => ({ json: { code: `TBL-${k}`, name: `表驱动${k}`, phone: `137${String(k).padStart(8, '0')}`, dept } });
const upsertStaff = { resource: 'staff', operation: 'upsertMany', code: '={{ $json.code }}', name: '={{ $json.name }}', cellphone: '={{ $json.phone }}', email: '', defaultDepartment: '={{ $json.dept }}' };
const upsertDepartments = { resource: 'department', operation: 'upsertMany', code: '={{ $json.code }}', name: '={{ $json.name }}', parentBy: 'code', parent: '={{ $json.parent }}' };
const approval = (operation, ctx, extra = {}) => ({ resource: 'approval', operation, flowIds: ctx.docs.ids[0], approver: { mode: 'id', value: ctx.docs.approver }, options: { intervalSeconds: 0 }, ...extra });
const ebot = (operation) => ({ resource: 'ebot', operation, signKey: '={{ $json.signKey }}', flowId: '={{ $json.flowId }}', nodeId: '={{ $json.nodeId }}', comment: '表驱动' });
const flowState = async (ctx, id) => (await ctx.hose.state('flows')).find((f) => f.id === id);

/** @type {Record<string, Case>} */
const CASES = {
	'staff.getMany': {
		params: () => ({ resource: 'staff', operation: 'getMany', returnAll: false, limit: 3 }),
		path: '/api/openapi/v1.1/staffs',
		check: (out, ctx) => expect(out.map((s) => s.id)).toEqual(ctx.staff.slice(0, 3).map((s) => s.id)),
		invalid: () => ({ resource: 'staff', operation: 'getMany', returnAll: true, filters: { startDate: 'soon-ish' } }),
		field: 'startDate',
	},
	'staff.get': {
		params: (ctx) => ({ resource: 'staff', operation: 'get', staff: { mode: 'code', value: ctx.staff[2].code } }),
		path: '/api/openapi/v1/staffs/getStaffIds',
		check: (out, ctx) => expect(out.map((s) => s.id)).toEqual([ctx.staff[2].id]),
		invalid: () => ({ resource: 'staff', operation: 'get', staff: { mode: 'code', value: 'E 1' } }),
		field: 'staff',
	},
	'staff.create': {
		params: (ctx) => ({ resource: 'staff', operation: 'create', name: '表驱动', code: 'TBL-1', cellphone: '13712340000', defaultDepartment: ctx.departments[1].id }),
		path: '/api/openapi/v1.1/staffs',
		check: async (out, ctx) => expect((await ctx.hose.state('staffs', '?code=TBL-1')).map((s) => s.id)).toEqual([out[0].id]),
		invalid: (ctx) => ({ resource: 'staff', operation: 'create', name: '表驱动', code: 'TBL-1', cellphone: '1371234', defaultDepartment: ctx.departments[1].id }),
		field: 'cellphone',
	},
	'staff.update': {
		params: (ctx) => ({ resource: 'staff', operation: 'update', staff: { mode: 'code', value: ctx.staff[3].code }, updateFields: { name: '改名表驱动' } }),
		path: `/update/`,
		check: async (out, ctx) => expect((await ctx.hose.state('staffs', `?code=${ctx.staff[3].code}`))[0].name).toBe('改名表驱动'),
		invalid: (ctx) => ({ resource: 'staff', operation: 'update', staff: { mode: 'code', value: ctx.staff[3].code }, updateFields: { email: 'nope' } }),
		field: 'email',
		faults: (ctx) => [`/staffs/update/$${ctx.staff[3].code}`],
	},
	'staff.disable': {
		params: (ctx) => ({ resource: 'staff', operation: 'disable', staffIds: ctx.staff[4].id }),
		path: '/disableOrEnableStaff/',
		check: async (out, ctx) => expect((await ctx.hose.state('staffs', `?code=${ctx.staff[4].code}`))[0].active).toBe(false),
		invalid: () => ({ resource: 'staff', operation: 'disable', staffIds: '={{ "" }}' }),
		field: 'staffIds',
		faults: (ctx) => [`/disableOrEnableStaff/[${ctx.staff[4].id}]`],
	},
	'staff.enable': {
		setup: async (ctx) => {
			ctx.off = ctx.staff.find((s) => !s.active);
		},
		params: (ctx) => ({ resource: 'staff', operation: 'enable', staffIds: ctx.off.id }),
		path: '/disableOrEnableStaff/',
		check: async (out, ctx) => expect((await ctx.hose.state('staffs', `?code=${ctx.off.code}`))[0].active).toBe(true),
		invalid: () => ({ resource: 'staff', operation: 'enable', staffIds: '={{ "" }}' }),
		field: 'staffIds',
		faults: (ctx) => [`/disableOrEnableStaff/[${ctx.off.id}]`],
	},
	'staff.upsertMany': {
		params: () => upsertStaff,
		items: (ctx) => [newPerson(1, ctx.departments[1].id), newPerson(2, ctx.departments[1].id)],
		path: '/staffs/batch/create',
		check: (out) => expect(out.map((o) => [o.code, o.status])).toEqual([['TBL-1', 'created'], ['TBL-2', 'created']]),
		invalid: () => upsertStaff,
		invalidItems: (ctx) => [newPerson(1, ctx.departments[1].id), { json: { ...newPerson(2, ctx.departments[1].id).json, phone: '12-34' } }],
		field: 'cellphone',
		faults: () => ['/api/openapi/v1.1/staffs/batch/create', '/api/openapi/v1.1/staffs'],
	},
	'department.getMany': {
		params: () => ({ resource: 'department', operation: 'getMany', returnAll: false, limit: 4 }),
		path: '/api/openapi/v1/departments',
		check: (out, ctx) => expect(out.map((d) => d.id)).toEqual(ctx.departments.slice(0, 4).map((d) => d.id)),
		invalid: () => ({ resource: 'department', operation: 'getMany', returnAll: false, limit: 0 }),
		field: 'limit',
	},
	'department.get': {
		params: (ctx) => ({ resource: 'department', operation: 'get', findBy: 'department', department: { mode: 'code', value: ctx.departments[2].code } }),
		path: '/api/openapi/v1/departments/',
		check: (out, ctx) => expect(out.map((d) => d.id)).toEqual([ctx.departments[2].id]),
		invalid: () => ({ resource: 'department', operation: 'get', findBy: 'name', name: '={{ "  " }}' }),
		field: 'name',
		faults: (ctx) => [`/departments/$${ctx.departments[2].code}`],
	},
	'department.create': {
		params: () => ({ resource: 'department', operation: 'create', name: '表驱动部', code: 'TBL-D', topLevel: true }),
		path: '/api/openapi/v1/departments',
		check: async (out, ctx) => expect((await ctx.hose.state('departments')).filter((d) => d.code === 'TBL-D').map((d) => d.id)).toEqual([out[0].id]),
		invalid: () => ({ resource: 'department', operation: 'create', name: '表驱动部', code: 'TBL D', topLevel: true }),
		field: 'code',
	},
	'department.update': {
		params: (ctx) => ({ resource: 'department', operation: 'update', department: { mode: 'id', value: ctx.departments[3].id }, updateFields: { name: '表驱动改名' } }),
		path: '/api/openapi/v1/departments/update/',
		check: async (out, ctx) => expect((await ctx.hose.state('departments')).find((d) => d.id === ctx.departments[3].id).name).toBe('表驱动改名'),
		invalid: (ctx) => ({ resource: 'department', operation: 'update', department: { mode: 'id', value: ctx.departments[3].id }, updateFields: { parentId: 'a', parentCode: 'b' } }),
		field: 'updateFields',
		faults: (ctx) => [`/departments/update/$${ctx.departments[3].id}`],
	},
	'department.disable': {
		setup: async (ctx) => {
			ctx.empty = (await ctx.hose.run({ resource: 'department', operation: 'create', name: '空部门', code: 'TBL-E', topLevel: true })).json('Node')[0];
		},
		params: (ctx) => ({ resource: 'department', operation: 'disable', department: { mode: 'id', value: ctx.empty.id } }),
		path: '/disableOrEnableDepartment/',
		check: async (out, ctx) => expect((await ctx.hose.state('departments')).find((d) => d.id === ctx.empty.id).active).toBe(false),
		invalid: () => ({ resource: 'department', operation: 'disable', department: { mode: 'id', value: '={{ "" }}' } }),
		field: 'department',
		faults: (ctx) => [`/disableOrEnableDepartment/$${ctx.empty.id}`],
	},
	'department.enable': {
		setup: async (ctx) => {
			ctx.empty = (await ctx.hose.run({ resource: 'department', operation: 'create', name: '空部门', code: 'TBL-E', topLevel: true })).json('Node')[0];
			expect((await ctx.hose.run({ resource: 'department', operation: 'disable', department: { mode: 'id', value: ctx.empty.id } })).error).toBeUndefined();
		},
		params: (ctx) => ({ resource: 'department', operation: 'enable', department: { mode: 'id', value: ctx.empty.id } }),
		path: '/disableOrEnableDepartment/',
		check: async (out, ctx) => expect((await ctx.hose.state('departments')).find((d) => d.id === ctx.empty.id).active).toBe(true),
		invalid: () => ({ resource: 'department', operation: 'enable', department: { mode: 'id', value: '={{ "" }}' } }),
		field: 'department',
		faults: (ctx) => [`/disableOrEnableDepartment/$${ctx.empty.id}`],
	},
	'department.upsertMany': {
		params: () => upsertDepartments,
		items: (ctx) => [{ json: { code: 'TBL-P', name: '表驱动上级', parent: ctx.departments[0].code } }, { json: { code: 'TBL-C', name: '表驱动下级', parent: 'TBL-P' } }],
		path: '/departments/batch/create',
		check: (out) => expect(out.map((o) => [o.code, o.status])).toEqual([['TBL-P', 'created'], ['TBL-C', 'created']]),
		invalid: () => upsertDepartments,
		invalidItems: (ctx) => [{ json: { code: 'TBL-P', name: '表驱动上级', parent: ctx.departments[0].code } }, { json: { code: 'TBL C', name: 'x', parent: 'TBL-P' } }],
		field: 'code',
		faults: () => ['/api/openapi/v1/departments/batch/create', '/api/openapi/v1/departments'],
	},
	'document.create': {
		params: (ctx) => ctx.docs.create({ outerCode: 'TBL-DOC' }),
		path: '/api/openapi/v2.2/flow/data',
		check: async (out, ctx) => expect((await ctx.hose.state('flows')).filter((f) => f.form.outerCode === 'TBL-DOC').map((f) => f.id)).toEqual([out[0].id]),
		invalid: (ctx) => ctx.docs.create({ outerCode: 'TBL-DOC', details: { line: [{ feeTypeId: ctx.docs.fee.id, amount: '1e3' }] } }),
		field: 'amount',
	},
	'document.update': {
		setup: async (ctx) => {
			ctx.draft = await ctx.docs.draft('TBL-UPD');
		},
		params: (ctx) => ({ resource: 'document', operation: 'update', flowId: ctx.draft.id, updateFields: { title: '表驱动改' } }),
		path: '/api/openapi/v2.2/flow/data/',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.draft.id)).form.title).toBe('表驱动改'),
		invalid: (ctx) => ({ resource: 'document', operation: 'update', flowId: ctx.draft.id, updateFields: { detailsJson: JSON.stringify([{ feeTypeId: ctx.docs.fee.id, amount: '12.345' }]) } }),
		field: 'amount',
		faults: (ctx) => [`/flow/data/$${ctx.draft.id}`],
	},
	'document.submit': {
		setup: async (ctx) => {
			ctx.draft = await ctx.docs.draft('TBL-SUB');
		},
		params: (ctx) => ({ resource: 'document', operation: 'submit', flowId: ctx.draft.id }),
		path: '/api/openapi/v2/flow/data/submitFlow',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.draft.id)).state).toBe('approving'),
		invalid: () => ({ resource: 'document', operation: 'submit', flowId: '={{ "" }}' }),
		field: 'flowId',
	},
	'document.get': {
		params: (ctx) => ({ resource: 'document', operation: 'get', findBy: 'code', key: ctx.docs.seeded[0].code }),
		path: '/api/openapi/v1.1/flowDetails/byCode',
		check: (out, ctx) => expect(out.map((d) => d.id)).toEqual([ctx.docs.seeded[0].id]),
		invalid: () => ({ resource: 'document', operation: 'get', findBy: 'code', key: '={{ "" }}' }),
		field: 'key',
	},
	'document.getApprovalStates': {
		params: (ctx) => ({ resource: 'document', operation: 'getApprovalStates', flowIds: ctx.docs.ids.slice(0, 2).join(',') }),
		path: '/api/openapi/v2/approveStates/',
		check: (out, ctx) => expect(out.map((s) => [s.flowId, s.state])).toEqual(ctx.docs.ids.slice(0, 2).map((id) => [id, 'approving'])),
		invalid: () => ({ resource: 'document', operation: 'getApprovalStates', flowIds: '={{ "" }}' }),
		field: 'flowIds',
		faults: (ctx) => [`/approveStates/[${ctx.docs.ids.slice(0, 2).join(',')}]`],
	},
	'document.getApprovalLog': {
		params: (ctx) => ({ resource: 'document', operation: 'getApprovalLog', flowId: ctx.docs.ids[0] }),
		path: '/api/openapi/v1.1/flowDetails/allLogs',
		check: (out, ctx) => expect(out.map((l) => [l.flowId, l.action])).toEqual([[ctx.docs.ids[0], 'freeflow.submit']]),
		invalid: () => ({ resource: 'document', operation: 'getApprovalLog', flowId: '={{ "" }}' }),
		field: 'flowId',
	},
	'document.getBacklog': {
		params: (ctx) => ({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: ctx.docs.approver } }),
		path: '/api/openapi/v1/docs/backlog',
		check: async (out, ctx) => {
			const mine = (await ctx.hose.state('flows')).filter((f) => f.state === 'approving' && f.currentApprovers.includes(ctx.docs.approver));
			expect(out.map((d) => d.flowId ?? d.id).sort()).toEqual(mine.map((f) => f.id).sort());
		},
		invalid: () => ({ resource: 'document', operation: 'getBacklog', returnAll: false, limit: 0 }),
		field: 'limit',
	},
	'approval.approve': {
		params: (ctx) => approval('approve', ctx),
		path: '/api/openapi/v1/backlog/data/',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.docs.ids[0])).state).toBe('paying'),
		invalid: (ctx) => approval('approve', ctx, { flowIds: '={{ "" }}' }),
		field: 'flowIds',
		faults: (ctx) => [`/backlog/data/[${ctx.docs.ids[0]}]`],
	},
	'approval.reject': {
		params: (ctx) => approval('reject', ctx, { comment: '票据不全' }),
		path: '/api/openapi/v1/backlog/data/',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.docs.ids[0])).state).toBe('rejected'),
		invalid: (ctx) => approval('reject', ctx, { comment: '={{ "" }}' }),
		field: 'comment',
		faults: (ctx) => [`/backlog/data/[${ctx.docs.ids[0]}]`],
	},
	'approval.nullify': {
		params: (ctx) => approval('nullify', ctx),
		path: '/api/openapi/v1/backlog/data/',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.docs.ids[0])).state).toBe('nullify'),
		invalid: (ctx) => approval('nullify', ctx, { approver: { mode: 'id', value: '={{ "" }}' } }),
		field: 'approver',
		faults: (ctx) => [`/backlog/data/[${ctx.docs.ids[0]}]`],
	},
	'ebot.accept': {
		setup: async (ctx) => {
			ctx.msg = await ctx.docs.ebotMessage();
		},
		params: () => ebot('accept'),
		items: (ctx) => [{ json: ctx.msg }],
		path: '/api/outbound/v1/approval',
		check: async (out, ctx) => expect(out).toEqual([{ flowId: ctx.msg.flowId, nodeId: ctx.msg.nodeId, action: 'accept', answered: true, code: '204' }]),
		invalid: () => ebot('accept'),
		invalidItems: (ctx) => [{ json: { ...ctx.msg, signKey: '' } }],
		field: 'signKey',
		// EBot refusals come in an HTTP 200 body (value.code), not as an HTTP error.
		vendorError: async (ctx) => ({ params: ebot('accept'), items: [{ json: { ...ctx.msg, signKey: 'forged' } }], code: '403', message: /^Hose EBot error 403: signKey不正确/ }),
	},
	'ebot.refuse': {
		setup: async (ctx) => {
			ctx.msg = await ctx.docs.ebotMessage();
		},
		params: () => ebot('refuse'),
		items: (ctx) => [{ json: ctx.msg }],
		path: '/api/outbound/v1/approval',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.msg.flowId)).state).toBe('rejected'),
		invalid: () => ebot('refuse'),
		invalidItems: (ctx) => [{ json: { ...ctx.msg, nodeId: '' } }],
		field: 'nodeId',
		vendorError: async (ctx) => ({ params: ebot('refuse'), items: [{ json: { ...ctx.msg, nodeId: 'FLOW:elsewhere' } }], code: '412', message: /^Hose EBot error 412: 单据不在该EBot节点/ }),
	},
	'requisition.getMany': {
		params: () => ({ resource: 'requisition', operation: 'getMany', returnAll: true }),
		path: '/api/openapi/v1/requisition/getData',
		check: async (out, ctx) => expect(out.map((r) => r.id)).toEqual((await ctx.hose.state('requisitions')).map((r) => r.id)),
		invalid: () => ({ resource: 'requisition', operation: 'getMany', returnAll: false, limit: 0 }),
		field: 'limit',
	},
	'requisition.get': {
		setup: async (ctx) => {
			ctx.requisition = (await ctx.hose.state('requisitions'))[1];
		},
		params: (ctx) => ({ resource: 'requisition', operation: 'get', requisitionId: ctx.requisition.id }),
		path: '/api/openapi/v1/requisition/',
		check: (out, ctx) => expect(out.map((r) => r.id)).toEqual([ctx.requisition.id]),
		invalid: () => ({ resource: 'requisition', operation: 'get', requisitionId: '={{ "" }}' }),
		field: 'requisitionId',
		faults: (ctx) => [`/requisition/$${ctx.requisition.id}`],
	},
	'requisition.close': {
		setup: async (ctx) => {
			ctx.requisition = (await ctx.hose.state('requisitions'))[2];
		},
		params: (ctx) => ({ resource: 'requisition', operation: 'close', requisitionIds: ctx.requisition.id }),
		path: '/api/openapi/v1/requisition/closeRequisition/',
		check: async (out, ctx) => expect((await ctx.hose.state('requisitions')).find((r) => r.id === ctx.requisition.id).state).not.toBe('ACTIVE'),
		invalid: () => ({ resource: 'requisition', operation: 'close', requisitionIds: '={{ "" }}' }),
		field: 'requisitionIds',
		faults: (ctx) => [`/closeRequisition/[${ctx.requisition.id}]`],
	},
	'travel.syncOrder': {
		params: () => ({ resource: 'travel', operation: 'syncOrder', orderNo: 'TBL-ORDER-1', orderType: 'taxi', orderSummary: '望京-国贸', orderDate: '2026-05-01T09:30:00+08:00', orderStatus: '确认订单', orderCategory: '主订单', travelType: '因公', realAmount: '35.20', bookingPlatform: '滴滴企业版' }),
		path: '/api/openapi/v1/travel/costCenter/synTravelOrder',
		check: async (out, ctx) => expect((await ctx.hose.state('syncedOrders')).map((o) => [o.orderNo, o.realAmount])).toEqual([['TBL-ORDER-1', '35.20']]),
		invalid: () => ({ resource: 'travel', operation: 'syncOrder', orderNo: 'TBL-ORDER-1', orderType: 'taxi', orderSummary: 'x', orderDate: '2026-05-01', orderStatus: '确认订单', orderCategory: '主订单', travelType: '因公', realAmount: '35.201', bookingPlatform: '滴滴企业版' }),
		field: 'realAmount',
	},
	'travel.searchOrders': {
		params: () => ({ resource: 'travel', operation: 'searchOrders', entityId: ORDER_ENTITIES.train, returnAll: false, limit: 2 }),
		path: '/TRAVEL_MANAGEMENT/searchOrders',
		check: async (out, ctx) => {
			const trains = (await ctx.hose.state('travelOrders')).filter((o) => o.category === 'train').map((o) => o.order_id).sort().reverse();
			expect(out.map((o) => o.订单号)).toEqual(trains.slice(0, 2));
		},
		invalid: () => ({ resource: 'travel', operation: 'searchOrders', entityId: ORDER_ENTITIES.train, returnAll: true, filters: { startDate: '2026-05-02', endDate: '2026-05-01' } }),
		field: 'endDate',
	},
	'accounting.writeVoucher': {
		setup: async (ctx) => {
			ctx.paid = (await ctx.hose.state('flows')).find((f) => f.state === 'paid');
		},
		params: (ctx) => ({ resource: 'accounting', operation: 'writeVoucher', flowId: ctx.paid.id, voucherNo: 'PZ-TBL-1', voucherCreateTime: '2026-05-03T10:00:00+08:00', fiscalPeriod: '2026-05' }),
		path: '/api/openapi/v2.1/flow/data/erpVoucher',
		check: async (out, ctx) => expect(JSON.stringify(await flowState(ctx, ctx.paid.id))).toContain('PZ-TBL-1'),
		invalid: (ctx) => ({ resource: 'accounting', operation: 'writeVoucher', flowId: ctx.paid.id, voucherNo: 'PZ-TBL-1', voucherCreateTime: 'next tuesday' }),
		field: 'voucherCreateTime',
	},
	'accounting.postPaymentResult': {
		setup: async (ctx) => {
			ctx.paying = (await ctx.hose.state('flows')).find((f) => f.state === 'paying');
		},
		params: (ctx) => ({ resource: 'accounting', operation: 'postPaymentResult', flowId: ctx.paying.id, result: 'P00001' }),
		path: '/api/openapi/v1/paymentResults',
		check: async (out, ctx) => expect((await flowState(ctx, ctx.paying.id)).state).toBe('paid'),
		invalid: () => ({ resource: 'accounting', operation: 'postPaymentResult', flowId: '={{ "" }}', result: 'P00001' }),
		field: 'flowId',
	},
};

describe('Hose: every operation, four ways', () => {
	let hose;
	/** @type {Ctx} */
	let ctx;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(async () => {
		await hose.reset();
		ctx = { hose, staff: await hose.state('staffs'), departments: await hose.state('departments'), docs: await setUpDocuments(hose) };
	});

	/** Runs a case's setup (may call Hose), then clears the log. */
	async function prepare(c) {
		if (c.setup) await c.setup(ctx);
		await hose.control('DELETE', '/log');
	}
	const run = (c, params, items, settings) => hose.run(params, items ?? (c.items ? c.items(ctx) : undefined), settings);
	const logins = async () => (await hose.log()).filter((e) => e.path.endsWith(LOGIN));
	const calledPath = async (c) => (await hose.log()).filter((e) => !e.path.endsWith(LOGIN) && e.path.includes(c.path));

	it('the table covers every operation of the node', () => {
		const description = new Hose().description;
		const listed = description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => p.options.map((/** @type {any} */ o) => `${p.displayOptions.show.resource[0]}.${o.value}`));
		expect(listed.length).toBeGreaterThan(30);
		expect(Object.keys(CASES).sort()).toEqual([...listed].sort());
	});

	describe.each(Object.keys(CASES))('%s', (name) => {
		const c = CASES[name];

		it('happy path', async () => {
			await prepare(c);
			const params = c.params(ctx);
			const result = await run(c, params);
			expect(result.error).toBeUndefined();
			const out = result.json('Node');
			expect((await calledPath(c)).length).toBeGreaterThan(0);
			await c.check(out, ctx);
			for (const item of result.items('Node')) expect(item.pairedItem).toBeDefined();
			expect(answerWidthProblems(new Hose().description, params, out)).toEqual([]);
		});

		it('a vendor error is a NodeApiError with Hose\'s code, message and a hint', async () => {
			await prepare(c);
			if (c.vendorError) {
				const { params, items, code, message } = await c.vendorError(ctx);
				const result = await run(c, params, items);
				expect(result.error.message).toMatch(message);
				expect(result.error.httpCode ?? result.error.code).toBe(code);
				return;
			}
			for (const path of c.faults ? c.faults(ctx) : [c.path]) await hose.fault(path, 412, FAULT, 1000);
			const result = await run(c, c.params(ctx));
			expect(result.status).toBe('error');
			expect(result.error.name).toBe('NodeApiError');
			expect(result.error.message).toMatch(new RegExp(`^Hose error 412: ${FAULT}`));
			expect(result.error.description).toMatch(/business rule/);
			expect(result.error.httpCode).toBe('412');
		});

		it('bad input fails naming field and item, before any request', async () => {
			await prepare(c);
			const result = await run(c, c.invalid(ctx), c.invalidItems ? c.invalidItems(ctx) : undefined);
			expect(result.status).toBe('error');
			expect(result.error.message).toContain(`(${c.field})`);
			expect(result.error.message).toMatch(/\[item \d+\]/);
			expect(await hose.log()).toEqual([]);
		});

		it('token expiry (HTTP 403) → one login, the call repeated', async () => {
			await prepare(c);
			// A token the credential holds but Hose no longer knows.
			const stored = hose.harness.credentials.get('hoseApi', hose.credential.id);
			if (!stored.accessToken) expect((await hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 1 })).error).toBeUndefined();
			await hose.revokeTokens();
			await hose.control('DELETE', '/log');
			const result = await run(c, c.params(ctx));
			expect(result.error).toBeUndefined();
			expect(await logins()).toHaveLength(1);
			const log = await hose.log();
			expect(log[0].status).toBe(403);
			expect(log[1].path.endsWith(LOGIN)).toBe(true);
			expect(log.slice(2).filter((e) => e.status === 403)).toEqual([]);
			await c.check(result.json('Node'), ctx);
		});
	});
});
