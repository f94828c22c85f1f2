'use strict';
// Hose state from the seeded company: corporation, staff, departments, document templates, fee types, documents
// (flows) with approval logs, requisitions and travel orders.
const { rng, hash32 } = require('../../lib/util');

const FEE_TYPES = [['交通费', 'FT001'], ['住宿费', 'FT002'], ['餐饮费', 'FT003'], ['通讯费', 'FT004'], ['办公用品', 'FT005'], ['差旅补助', 'FT006'], ['招待费', 'FT007'], ['车辆使用费', 'FT008']];
const SPECIFICATIONS = [['expense', '日常报销单'], ['expense', '差旅报销单'], ['loan', '借款单'], ['requisition', '出差申请单'], ['requisition', '用车申请单'], ['payment', '付款单']];

/** 订单管理 business-object ids per category (hex ids like the document's `79180b9ed9cade87e000`). */
const ORDER_ENTITIES = { flight: 'b0f1e4a9c2d3e5f60f10', hotel: 'b0f1e4a9c2d3e5f60e20', train: 'b0f1e4a9c2d3e5f60d30' };

function createState(data) {
	const corpId = `ID01${(hash32(`${data.seed}:hose`) % 0xffffffff).toString(36).padStart(7, '0')}`;
	const r = rng(hash32(`${data.seed}:hose:flows`));
	const departments = data.departments().map((d) => ({ id: `${corpId}:${d.id}`, name: d.name, code: d.code, parentId: d.parent_id === '0' ? '' : `${corpId}:${d.parent_id}`, active: true, path: d.path.split('/').slice(1).join('/') || d.name }));
	let staffs;
	const staffList = () =>
		(staffs =
			staffs ||
			data.employees().map((e) => ({ id: `${corpId}:${e.member_id}`, name: e.realname, code: e.employee_number, cellphone: e.phone, email: e.email, departments: [`${corpId}:${e.department_id}`], defaultDepartment: `${corpId}:${e.department_id}`, active: e.status === 1, updateTime: Date.parse(`${e.hired_at}T00:00:00+08:00`) })));
	const specifications = SPECIFICATIONS.map(([type, name], k) => ({ id: `${corpId}:spec${k + 1}:v3`, name, type, active: true }));
	const feeTypes = FEE_TYPES.map(([name, code], k) => ({ id: `${corpId}:fee${k + 1}`, name, code, active: k < 7 }));
	const flows = [];
	const logs = [];
	const now = data.now;
	for (let k = 0; k < 40; k++) {
		const submitter = staffList()[r.int(0, 199)];
		const approver = staffList()[r.int(200, 399)];
		const state = r.pick(['approving', 'approving', 'paying', 'paid', 'rejected', 'draft']);
		const created = now - r.int(1, 90) * 86400e3;
		const amount = (r.int(5000, 500000) / 100).toFixed(2);
		const spec = specifications[r.int(0, 1)];
		const flow = { id: `${corpId}:flow${String(k + 1).padStart(5, '0')}`, code: `B${String(24000000 + k + 1)}`, state, formType: spec.type, currentApprovers: state === 'approving' ? [approver.id] : [], createTime: created, updateTime: created + 3600e3, form: { title: `${submitter.name}的${spec.name}`, specificationId: spec.id, submitterId: submitter.id, expenseDepartment: submitter.defaultDepartment, outerCode: '', expenseMoney: { standard: amount, standardUnit: '元' }, details: [{ feeTypeId: feeTypes[r.int(0, 6)].id, feeTypeForm: { amount: { standard: amount } } }] } };
		flows.push(flow);
		logs.push({ flowId: flow.id, action: 'freeflow.submit', operatorId: submitter.id, time: created });
	}
	const requisitions = flows.slice(0, 8).map((f, k) => ({ id: `${corpId}:req${k + 1}`, flowId: f.id, name: f.form.title.replace(/报销单$/, '申请'), ownerId: f.form.submitterId, state: 'ACTIVE', money: f.form.expenseMoney.standard, createTime: f.createTime }));
	return {
		corporation: [{ id: corpId, name: data.company.name }],
		staffs: staffList,
		departments,
		specifications,
		feeTypes,
		flows,
		logs,
		requisitions,
		travelOrders: () => data.travelOrders(),
		syncedOrders: [],
		// 订单管理 business objects (entityId per category), as Hose's console shows them.
		orderEntities: ORDER_ENTITIES,
		approvals: [],
		ebot: [],
		refreshTokens: new Map(),
		_corpId: corpId,
		_seq: 0,
		_lastApproval: 0,
	};
}

module.exports = { createState, ORDER_ENTITIES };
