'use strict';
// Zhenling state from the seeded company: contracts with their related data, counterparties, organisations,
// positions, employees (the user context), value sets, materials, files, plans, invoices, workflow tasks.
const { rng, hash32 } = require('../../lib/util');

function createState(data) {
	const r = rng(hash32(`${data.seed}:zhenling`));
	const contracts = data.contracts().map((c) => ({ ...c }));
	const counterparties = [...new Set(contracts.map((c) => c.counterparty))].map((name, k) => ({ code: `CP${String(k + 1).padStart(5, '0')}`, name, creditCode: `91${String(hash32(name)).padStart(10, '0')}MA${k}X`, type: 'COMPANY' }));
	let employees;
	const paymentPlans = contracts.filter((c) => c.status !== 'DRAFT').slice(0, 60).map((c, k) => ({ planCode: `PP${String(k + 1).padStart(5, '0')}`, contractCode: c.contractCode, amount: c.amount, dueDate: c.signDate, status: r.pick(['UNPAID', 'PAID', 'UNPAID']) }));
	const receiptPlans = contracts.slice(60, 90).map((c, k) => ({ planCode: `RP${String(k + 1).padStart(5, '0')}`, contractCode: c.contractCode, amount: c.amount, dueDate: c.signDate, status: 'UNRECEIVED' }));
	const tasks = contracts.filter((c) => c.status === 'APPROVING').map((c, k) => ({ taskId: `WF${String(k + 1).padStart(6, '0')}`, contractCode: c.contractCode, title: `${c.contractName}审批`, assigneeEmployeeNumber: c.ownerEmployeeNumber, status: 'TODO', createdAt: data.now - k * 3600e3 }));
	return {
		contracts,
		counterparties,
		employees: () =>
			(employees =
				employees ||
				data.employees().map((e) => ({ code: e.employee_number, userId: `U${e.member_id}`, loginName: e.employee_number.toLowerCase(), email: e.email, name: e.realname, mobile: e.phone, orgCode: e.department_id }))),
		orgs: data.departments().map((d) => ({ code: d.code, name: d.name, parentCode: d.parent_id === '0' ? '' : (data.departments().find((x) => x.id === d.parent_id) || {}).code })),
		positions: [],
		valueSets: [{ code: 'CONTRACT_TYPE', name: '合同类型', values: [{ code: 'PURCHASE', name: '采购合同' }, { code: 'SALES', name: '销售合同' }, { code: 'SERVICE', name: '服务合同' }, { code: 'LEASE', name: '租赁合同' }] }],
		materials: [],
		files: [],
		paymentPlans,
		receiptPlans,
		invoices: paymentPlans.filter((p) => p.status === 'PAID').map((p, k) => ({ invoiceNo: `${String(hash32(`${p.planCode}`)).padStart(8, '0').slice(0, 8)}`, contractCode: p.contractCode, amount: p.amount, type: '增值税专用发票', issuedAt: p.dueDate, seq: k })),
		tasks,
		changes: contracts.filter((c) => c.status === 'SIGNED').slice(0, 10).map((c, k) => ({ changeCode: `BG${String(k + 1).padStart(5, '0')}`, contractCode: c.contractCode, kind: k % 2 ? 'NEW' : 'OLD', status: 'IN_PROGRESS' })),
		externalApprovals: [],
		results: [],
	};
}

module.exports = { createState };
