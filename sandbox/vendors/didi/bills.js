'use strict';
// 账单 (didi-operations.txt): GET /river/Bill/get (offset/length, business_line, bill_status "1：待确认；3：已确认"),
// GET /river/Bill/summary (bill_id, business_line), GET /river/Bill/detail (bill_id, last_id cursor, length →
// { total, is_last, last_id, detail_list }), GET /river/Bill/download "网约车、出租车账单下载" (bill_id, business_type),
// POST /river/Bill/confirm (bill_id, business_type "0：网约车；1：商旅 … 不传默认网约车").
// GET /river/Bill/getNotGeneratedBillDetail (未出账单: business_type, start_date, end_date, last_id → { total, last_id,
// detail_list }) and GET /river/Bill/transactionDetail "网约车，出租车交易明细" (bill_id, business_type, last_id, length →
// { total, last_id, transaction_list }).
// GET /river/Bill/getBillStructure "网约车、商旅账单树查询" (business_type, payment_period → { list: [{ bill_id, pid, cid, … }] }).
// Assumptions (the pages give no values): business_line / business_type of get, summary, detail and download use
// the adjust enum "1：网约车；2：商旅, 40代驾 100 出租车"; a download answers the file itself (Content-Type,
// Content-Disposition with the file name); the tree's payment_period is a bill's bill_period and its business_type
// uses Confirm's neighbours' 1 网约车 / 2 商旅; children split the bill per budget centre, here a UTF-8 CSV (with BOM) of the bill's detail list; refusals come in
// DiDi's JSON envelope as everywhere else.
const LINES = { 1: '网约车', 2: '商旅', 100: '出租车' };
const DOWNLOADABLE = [1, 100];
const MONTHS = 6;

const pad = (n) => String(n).padStart(2, '0');
/** Taxis are the ride orders of car_level "1100企业出租车, 2000优选出租车" (Approval/getOrder's car_level list). */
const isTaxi = (o) => [1100, 2000].includes(Number(o.car_level));
/** `count` months ending two months before now (China time): last month's bill is not out yet (未出账单). */
function monthsBack(now, count) {
	const d = new Date(now + 8 * 3600e3);
	const newest = d.getUTCFullYear() * 12 + d.getUTCMonth() - 2;
	return Array.from({ length: count }, (_, k) => `${Math.floor((newest - k) / 12)}-${pad(((newest - k) % 12) + 1)}`);
}
const lastDay = (month) => {
	const [y, m] = month.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

function buildBills(s) {
	const bills = [];
	let seq = 0;
	monthsBack(Date.now(), MONTHS).forEach((month, age) => {
		for (const line of [1, 2, 100]) {
			seq += 1;
			const rows = line === 2
				? s.travelOrders().filter((o) => o.book_time.startsWith(month)).map((o) => ({ order_id: o.order_id, type: o.category, member_name: o.passenger_name, passenger_phone: o.passenger_phone, city: o.from_city, destination_city: o.to_city, create_time: o.book_time, total_price: Number(o.amount), company_real_pay: Number(o.amount) }))
				: s.orders().filter((o) => o.create_time.startsWith(month) && (line === 100) === isTaxi(o)).map((o) => ({ order_id: o.order_id, type: LINES[line], member_name: o.passenger_name, passenger_phone: o.passenger_phone, city: o.city_name, start_name: o.start_name, end_name: o.end_name, create_time: o.create_time, total_price: Number(o.total_price), company_real_pay: Number(o.company_pay), budget_center_id: o.budget_center_id }));
			const amount = rows.reduce((sum, r) => sum + r.company_real_pay, 0);
			bills.push({
				bill_id: String(1125980000000000 + seq),
				business_line: line,
				bill_period: `${month}-01~${month}-${lastDay(month)}`,
				bill_status: age === 0 ? 1 : 3,
				bill_amount: Number(amount.toFixed(2)),
				bill_consumption: Number(amount.toFixed(2)),
				bill_refund: 0,
				bill_difference: 0,
				companyId: s.companyId,
				confirm_date: age === 0 ? '' : `${month}-${lastDay(month)}`,
				start_date: `${month}-01`,
				end_date: `${month}-${lastDay(month)}`,
				status: age === 0 ? 1 : 3,
				rows,
			});
		}
	});
	return bills;
}

const CSV_COLUMNS = ['order_id', 'type', 'member_name', 'passenger_phone', 'city', 'create_time', 'total_price', 'company_real_pay'];
const csvCell = (v) => {
	const text = v === undefined || v === null ? '' : String(v);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
function fileOf(bill) {
	const lines = [CSV_COLUMNS.join(','), ...bill.rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
	return { bill_id: bill.bill_id, file_name: `滴滴账单_${LINES[bill.business_line]}_${bill.start_date.slice(0, 7)}.csv`, mime_type: 'text/csv', base64: bytes.toString('base64'), size: bytes.length };
}

const publicBill = ({ rows, business_line, ...rest }) => rest;

/** The assumed page size of 未出账单 (the page takes no length): small, so cursors are exercised. */
const UNBILLED_PAGE = 50;

/** Orders not on a bill yet: those of last month and this month (China time), per business line. */
function unbilledRows(s) {
	const d = new Date(Date.now() + 8 * 3600e3);
	const y = d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
	const m = d.getUTCMonth() === 0 ? 12 : d.getUTCMonth();
	const since = `${y}-${pad(m)}-01`;
	const rides = s.orders().filter((o) => o.create_time >= since).map((o) => ({ business_line: isTaxi(o) ? 100 : 1, order_id: o.order_id, member_name: o.passenger_name, passenger_phone: o.passenger_phone, city: o.city_name, create_time: o.create_time, total_price: Number(o.total_price), company_real_pay: Number(o.company_pay) }));
	const travel = s.travelOrders().filter((o) => o.book_time >= since).map((o) => ({ business_line: 2, order_id: o.order_id, type: o.category, member_name: o.passenger_name, passenger_phone: o.passenger_phone, city: o.from_city, create_time: o.book_time, total_price: Number(o.amount), company_real_pay: Number(o.amount) }));
	return [...rides, ...travel];
}
const unbilled = (s, line) => unbilledRows(s).filter((r) => r.business_line === line).map(({ business_line, ...r }) => r);

module.exports = {
	state: (data, state) => {
		let bills;
		const all = () => (bills = bills || buildBills(state));
		return { bills: all, billFiles: () => all().filter((b) => DOWNLOADABLE.includes(b.business_line)).map(fileOf), unbilled: () => unbilledRows(state) };
	},
	routes: (h) => {
		const line = (v, allowed, key) => {
			const n = Number(v);
			if (v === undefined || v === '' || !allowed.includes(n)) h.fail(10001, `${key}取值${allowed.join('/')}`);
			return n;
		};
		const findBill = (s, p, lineKey, allowed) => {
			if (!p.bill_id) h.fail(10001, 'bill_id不能为空');
			const wanted = line(p[lineKey], allowed, lineKey);
			const bill = s.bills().find((b) => b.bill_id === String(p.bill_id));
			if (!bill || bill.business_line !== wanted) h.fail(10001, '账单不存在');
			return bill;
		};
		return {
			'GET /river/Bill/get': (ctx, p, s) => {
				const { offset, length } = h.paging(p);
				let list = s.bills();
				if (p.business_line !== undefined && p.business_line !== '') {
					const wanted = line(p.business_line, [1, 2, 40, 100], 'business_line');
					list = list.filter((b) => b.business_line === wanted);
				}
				if (p.bill_status !== undefined && p.bill_status !== '') list = list.filter((b) => b.bill_status === line(p.bill_status, [1, 3], 'bill_status'));
				const page = list.slice(offset, offset + length);
				return { total: list.length, lastId: page.length ? page[page.length - 1].bill_id : '', records: page.map(publicBill) };
			},
			'GET /river/Bill/summary': (ctx, p, s) => {
				const bill = findBill(s, p, 'business_line', [1, 2, 40, 100]);
				return { bill_id: bill.bill_id, company_name: '', bill_period: bill.bill_period, settle_type_name: LINES[bill.business_line], consume_amount_online: bill.bill_amount, consume_amount_offline: 0, refund_amount: 0, amount_money: bill.bill_amount, business_type: bill.business_line };
			},
			'GET /river/Bill/detail': (ctx, p, s) => {
				const bill = findBill(s, p, 'business_type', [1, 2, 40, 100]);
				const length = p.length === undefined || p.length === '' ? 100 : Number(p.length);
				if (!Number.isInteger(length) || length < 1 || length > 100) h.fail(10001, 'length取值范围1-100');
				let rows = bill.rows;
				if (p.last_id) {
					const at = rows.findIndex((r) => r.order_id === String(p.last_id));
					if (at < 0) h.fail(10001, 'last_id无效');
					rows = rows.slice(at + 1);
				}
				const page = rows.slice(0, length);
				return { total: String(bill.rows.length), is_last: page.length === rows.length, last_id: page.length ? page[page.length - 1].order_id : '', detail_list: page };
			},
			'GET /river/Bill/download': (ctx, p, s) => {
				const bill = findBill(s, p, 'business_type', DOWNLOADABLE);
				const file = fileOf(bill);
				const ascii = `didi-bill-${bill.bill_id}.csv`;
				return h.raw(200, { 'content-type': 'text/csv', 'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}` }, Buffer.from(file.base64, 'base64'));
			},
			'GET /river/Bill/getNotGeneratedBillDetail': (ctx, p, s) => {
				const wanted = line(p.business_type, [1, 2, 40, 100], 'business_type');
				for (const key of ['start_date', 'end_date']) if (p[key] && !h.isDay(String(p[key]))) h.fail(10001, `${key}格式为yyyy-MM-dd`);
				let rows = unbilled(s, wanted);
				if (p.start_date) rows = rows.filter((r) => r.create_time.slice(0, 10) >= String(p.start_date));
				if (p.end_date) rows = rows.filter((r) => r.create_time.slice(0, 10) <= String(p.end_date));
				const total = rows.length;
				if (p.last_id) {
					const at = rows.findIndex((r) => r.order_id === String(p.last_id));
					if (at < 0) h.fail(10001, 'last_id无效');
					rows = rows.slice(at + 1);
				}
				const page = rows.slice(0, UNBILLED_PAGE);
				return { total: String(total), last_id: page.length ? page[page.length - 1].order_id : '', detail_list: page };
			},
			'GET /river/Bill/transactionDetail': (ctx, p, s) => {
				const bill = findBill(s, p, 'business_type', DOWNLOADABLE);
				const length = p.length === undefined || p.length === '' ? 100 : Number(p.length);
				if (!Number.isInteger(length) || length < 1 || length > 100) h.fail(10001, 'length取值范围1-100');
				let list = bill.rows.map((r, k) => ({ transaction_id: `${bill.bill_id}${String(k + 1).padStart(5, '0')}`, type: '消费', out_money: r.company_real_pay, in_money: 0, order_id: r.order_id, member_name: r.member_name, passenger_phone: r.passenger_phone, city: r.city, create_time_date: r.create_time, total_price: r.total_price, company_real_pay: r.company_real_pay }));
				const total = list.length;
				if (p.last_id) {
					const at = list.findIndex((t) => t.transaction_id === String(p.last_id));
					if (at < 0) h.fail(10001, 'last_id无效');
					list = list.slice(at + 1);
				}
				const page = list.slice(0, length);
				return { total: String(total), last_id: page.length ? page[page.length - 1].transaction_id : '', transaction_list: page };
			},
			'GET /river/Bill/getBillStructure': (ctx, p, s) => {
				const wanted = line(p.business_type, [1, 2], 'business_type');
				if (!p.payment_period) h.fail(10001, 'payment_period不能为空');
				const bill = s.bills().find((b) => b.business_line === wanted && b.bill_period === String(p.payment_period));
				if (!bill) return { list: [] };
				const groups = new Map();
				for (const r of bill.rows) {
					const key = r.budget_center_id || '';
					groups.set(key, [...(groups.get(key) || []), r]);
				}
				const children = [...groups.entries()].map(([budget, rows], k) => {
					const amount = Number(rows.reduce((sum, r) => sum + r.company_real_pay, 0).toFixed(2));
					const centre = s.budgetCenters.find((b) => b.id === budget);
					return { bill_id: `${bill.bill_id}${String(k + 1).padStart(3, '0')}`, pid: bill.bill_id, cid: [], bill_entity_id: budget, bill_entity: centre ? centre.name : '', department_id: budget, budget_center_id: budget, out_budget_id: centre ? centre.out_budget_id : '', bill_status: bill.bill_status, bill_amount: amount, bill_consumption: amount, bill_refund: 0, bill_difference: 0, bill_split_type: '3', bill_split_group_type: 1, out_bill_split_group_key: centre ? centre.out_budget_id : '' };
				});
				const root = { bill_id: bill.bill_id, pid: '0', cid: children.map((c) => c.bill_id), bill_entity_id: s.companyId, bill_entity: '', department_id: '', budget_center_id: '', out_budget_id: '', bill_status: bill.bill_status, bill_amount: bill.bill_amount, bill_consumption: bill.bill_consumption, bill_refund: 0, bill_difference: 0, bill_split_type: '', bill_split_group_type: 0, out_bill_split_group_key: '' };
				return { list: [root, ...children] };
			},
			'POST /river/Bill/confirm': (ctx, p, s) => {
				if (!p.bill_id) h.fail(10001, 'bill_id不能为空(按账单周期确认暂未模拟)');
				const type = p.business_type === undefined || p.business_type === '' ? 0 : line(p.business_type, [0, 1], 'business_type');
				const bill = s.bills().find((b) => b.bill_id === String(p.bill_id) && b.business_line === (type === 0 ? 1 : 2));
				if (!bill) h.fail(10001, '账单不存在');
				if (bill.bill_status === 3) h.fail(10001, '账单已确认');
				bill.bill_status = 3;
				bill.status = 3;
				bill.confirm_date = h.chinaDateTime(Date.now()).slice(0, 10);
				return {};
			},
		};
	},
};
