'use strict';
// 员工限额查询 GET /river/Member/getQuota (didi-operations.txt): "开始日期和结束日期时间跨度不能大于六个月。若只传开始日期，
// 则返回结果为开始日期后当月；若只传结束日期，则返回结果为结束日期当月"; natural months ("只取年+月份"). The answer's shape
// is not published ("data (object) 数据对象"): we answer `{ total, records: [{ member_id, employee_number, realname,
// quota_list: [{ month, total_quota, used_quota, available_quota }] }] }` and accept member_ids / employee_numbers
// joined by "," or "_" (assumptions, listed in docs/vendors/didi.md).
const monthOf = (day) => day.slice(0, 7);
const nextMonth = (month) => {
	const [y, m] = month.split('-').map(Number);
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const split = (v) => String(v ?? '').split(/[,_]/).map((s) => s.trim()).filter(Boolean);

/** A member's quota in one month, derived from its monthly total and its (seeded) ride orders. */
function quotaFor(s, member, month) {
	const total = Number(member.total_quota || 0);
	const used = s.orders().filter((o) => o.member_id === member.id && o.pay_type === 0 && String(o.create_time).startsWith(month)).reduce((sum, o) => sum + Number(o.total_price), 0);
	const limited = total > 0;
	return {
		month,
		total_quota: limited ? total.toFixed(2) : '',
		used_quota: used.toFixed(2),
		available_quota: limited ? Math.max(0, total - used).toFixed(2) : '',
	};
}

module.exports = {
	routes: (h) => ({
		'GET /river/Member/getQuota': (ctx, p, s) => {
			const ids = split(p.member_ids);
			const numbers = split(p.employee_numbers);
			if (!ids.length && !numbers.length) h.fail(10001, 'member_ids与employee_numbers不能同时为空');
			for (const key of ['start_date', 'end_date']) if (p[key] && !h.isDay(String(p[key]))) h.fail(10001, `${key}格式为yyyy-MM-dd`);
			if (!p.start_date && !p.end_date) h.fail(10001, 'start_date与end_date不能同时为空');
			const from = monthOf(String(p.start_date || p.end_date));
			const to = monthOf(String(p.end_date || p.start_date));
			if (to < from) h.fail(10001, '开始日期不能大于结束日期');
			const months = [from];
			while (months[months.length - 1] < to) months.push(nextMonth(months[months.length - 1]));
			if (months.length > 6) h.fail(10001, '开始日期和结束日期时间跨度不能大于六个月');
			const members = [...ids.map((id) => h.findMember(s, { member_id: id })), ...numbers.map((n) => h.findMember(s, { employee_number: n }))];
			if (members.some((m) => !m)) h.fail(406);
			return {
				total: members.length,
				records: members.map((m) => ({ member_id: m.id, employee_number: m.employee_number, realname: m.realname, quota_list: months.map((month) => quotaFor(s, m, month)) })),
			};
		},
	}),
};
