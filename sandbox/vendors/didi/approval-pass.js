'use strict';
// 外部审批处理 and 行后审批 (didi-operations.txt):
//   POST /river/Approval/pass: object_type *req* "1：订单 2：审批单", object_id *req* "滴滴订单号或滴滴审批单号",
//     object_approval_type *req* "4：个转企类型 21：企业级事前审批单用车", is_pass *req* "1：通过 2 拒绝", cur_approver
//     "{\"type\":\"phone\",\"value\":\"…\"}" → { approval_id }. "有员工个人支付费用，支付完成后，可以发起".
//   POST /river/AfterApproval/createPersonalReceipt: order_id *req*, is_pass "0 - 驳回，1 - 通过，默认为0", approver_phone
//     "不填时默认为企业超管" ("审批人要求在企业中"), remark "限制 120 个字符"; "用户用车且企业支付 → … 驳回 → 用户 … 看到个人付款单".
//   GET /river/AfterApproval/getPersonalReceiptOrder: offset/length, start_date, end_date, phone, … → { total, records:
//     [{ order_id, approval_id }] }.
// Assumptions: object_id may come as a digit string (DiDi's 19–20 digit ids exceed JSON's safe integers); a second
// decision on the same object with the same verdict answers as the first, a different verdict is refused; the
// receipt list filters by the passenger's phone and the receipt's date (yyyy-MM-dd).
const { chars } = require('./param-json');

function member(h, s, phone, what) {
	const m = s.members().find((x) => x.phone === String(phone));
	if (!m) h.fail(10001, `${what}不在企业中(${phone})`);
	return m;
}

module.exports = {
	state: () => ({ approvalPasses: [], personalReceipts: [], _passSeq: 0 }),
	routes: (h) => ({
		'POST /river/Approval/pass': (ctx, p, s) => {
			const objectType = Number(p.object_type);
			if (![1, 2].includes(objectType)) h.fail(10001, 'object_type授权对象枚举：1：订单 2：审批单');
			if (!/^\d+$/.test(String(p.object_id ?? ''))) h.fail(10001, 'object_id需为滴滴订单号或滴滴审批单号');
			const kind = Number(p.object_approval_type);
			if (![4, 21].includes(kind)) h.fail(10001, 'object_approval_type审批类型枚举：4：个转企类型 21：企业级事前审批单用车');
			const verdict = Number(p.is_pass);
			if (![1, 2].includes(verdict)) h.fail(10001, 'is_pass审批类型枚举：1：通过 2 拒绝');
			let approver;
			if (p.cur_approver !== undefined && p.cur_approver !== '') {
				const parsed = typeof p.cur_approver === 'string' ? (() => { try { return JSON.parse(p.cur_approver); } catch { return undefined; } })() : undefined;
				if (!parsed || typeof parsed !== 'object' || !parsed.type || !parsed.value) h.fail(10001, 'cur_approver格式错误，示例：{"type":"phone","value":"11100077098"}');
				if (parsed.type !== 'phone') h.fail(10001, 'cur_approver.type仅支持phone');
				approver = member(h, s, parsed.value, '当前审批人').phone;
			}
			const id = String(p.object_id);
			let approvalId;
			if (objectType === 1) {
				const order = s.orders().find((o) => o.order_id === id);
				if (!order) h.fail(10001, '订单不存在');
				if (kind === 4 && (order.pay_type !== 1 || order.status !== 2)) h.fail(10001, '个转企审批需为员工个人支付且已支付完成的订单');
			} else {
				const approval = s.approvals.find((a) => a.approval_id === id);
				if (!approval) h.fail(10001, '审批单不存在');
				approvalId = approval.approval_id;
			}
			const known = s.approvalPasses.find((x) => x.object_type === objectType && x.object_id === id);
			if (known) {
				if (known.is_pass !== verdict) h.fail(10001, `该${objectType === 1 ? '订单' : '审批单'}已审批(${known.is_pass === 1 ? '通过' : '拒绝'})`);
				return { approval_id: known.approval_id };
			}
			s._passSeq += 1;
			const record = { object_type: objectType, object_id: id, object_approval_type: kind, is_pass: verdict, cur_approver: approver || '', approval_id: approvalId || String(1125991000000000 + s._passSeq), time: h.chinaDateTime(Date.now()) };
			s.approvalPasses.push(record);
			return { approval_id: record.approval_id };
		},
		'POST /river/AfterApproval/createPersonalReceipt': (ctx, p, s) => {
			if (!p.order_id) h.fail(10001, 'order_id不能为空');
			const verdict = p.is_pass === undefined || p.is_pass === '' ? 0 : Number(p.is_pass);
			if (![0, 1].includes(verdict)) h.fail(10001, 'is_pass取值0 - 驳回，1 - 通过');
			if (p.remark !== undefined && chars(p.remark) > 120) h.fail(10001, 'remark限制120个字符');
			if (p.approver_phone) member(h, s, p.approver_phone, '审批人');
			const order = s.orders().find((o) => o.order_id === String(p.order_id));
			if (!order) h.fail(10001, '订单不存在');
			if (order.pay_type !== 0) h.fail(10001, '行后审批仅支持企业支付的订单');
			const known = s.personalReceipts.find((r) => r.order_id === order.order_id);
			if (known) {
				if (known.is_pass !== verdict) h.fail(10001, `该订单已行后审批(${known.is_pass === 1 ? '通过' : '驳回'})`);
				return {};
			}
			s._passSeq += 1;
			s.personalReceipts.push({ order_id: order.order_id, approval_id: String(1125992000000000 + s._passSeq), is_pass: verdict, status: verdict === 1 ? 'passed' : 'personal_receipt', phone: order.passenger_phone, remark: p.remark ? String(p.remark) : '', approver_phone: p.approver_phone ? String(p.approver_phone) : '', create_time: h.chinaDateTime(Date.now()) });
			return {};
		},
		'GET /river/AfterApproval/getPersonalReceiptOrder': (ctx, p, s) => {
			const { offset, length } = h.paging(p);
			for (const key of ['start_date', 'end_date']) if (p[key] && !h.isDay(String(p[key]))) h.fail(10001, `${key}格式为yyyy-MM-dd`);
			let list = s.personalReceipts.filter((r) => r.is_pass === 0);
			if (p.phone) list = list.filter((r) => r.phone === String(p.phone));
			if (p.start_date) list = list.filter((r) => r.create_time.slice(0, 10) >= String(p.start_date));
			if (p.end_date) list = list.filter((r) => r.create_time.slice(0, 10) <= String(p.end_date));
			return { total: list.length, records: list.slice(offset, offset + length).map((r) => ({ order_id: r.order_id, approval_id: r.approval_id })) };
		},
	}),
};
