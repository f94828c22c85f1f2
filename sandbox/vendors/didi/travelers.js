'use strict';
// 外部出行人 (didi-operations.txt): POST /open-apis/v1/traveler/create | update | del with `param_json`.
// create: phone *Y*, name *Y* "不大于 26 字符", english_surname + english_name "不大于 26 字符", remark "不大于 64 字符",
// sex "0-空，1-男，2-女", out_traveler_id "不大于 32 字符", birth_date "YYYY-MM-DD", card_list [{ card_type *Y* 1–7,
// card_no *Y* "不大于 26 字符" (身份证 "校验身份证长度必须合规"), expire_date }]. card_no, expire_date and birth_date travel
// in clear only inside whole-body AES ("若采用AES256/AES128整体加密，此字段需明文传输"); without it DiDi wants them
// AES128-encrypted with a separately issued key, which the sandbox does not emulate: it refuses them in clear.
// update: traveler_id, phone, name *Y*; "不传或者传空代表不更新"; a card_list replaces the cards ("之前想要保留的证件类型数据
// 也需要传输，不然会被清空"); force_clear_fields ["card_list"]. del: traveler_id *Y*. All answer { id }.
// Refusing a second traveller with the same out_traveler_id is our assumption (it is "外部出行人唯一ID").
const { paramJson, chars } = require('./param-json');

const CARD_TYPES = [1, 2, 3, 4, 5, 6, 7];
const isDate = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) || /^\d{8}$/.test(v);

function checkCards(h, cards) {
	if (!Array.isArray(cards)) h.fail(10001, 'card_list需为数组');
	for (const card of cards) {
		if (!card || !CARD_TYPES.includes(Number(card.card_type))) h.fail(10001, 'card_type取值1-7');
		if (!card.card_no || chars(card.card_no) > 26) h.fail(10001, 'card_no不能为空且不大于26字符');
		if (Number(card.card_type) === 1 && !/^\d{17}[\dXx]$/.test(String(card.card_no))) h.fail(10001, '身份证长度不合规');
		if (card.expire_date !== undefined && card.expire_date !== '' && !isDate(String(card.expire_date))) h.fail(10001, 'expire_date格式错误');
	}
}

function check(h, ctx, s, q, self) {
	if (!/^1\d{10}$/.test(String(q.phone ?? ''))) h.fail(10001, `phone格式错误(${q.phone ?? ''})`);
	if (!q.name || chars(q.name) > 26) h.fail(10001, 'name不能为空且不大于26字符');
	if (chars(`${q.english_surname ?? ''}${q.english_name ?? ''}`) > 26) h.fail(10001, '英文姓+英文名不大于26字符');
	if (q.remark !== undefined && chars(q.remark) > 64) h.fail(10001, 'remark不大于64字符');
	if (q.sex !== undefined && q.sex !== '' && ![0, 1, 2].includes(Number(q.sex))) h.fail(10001, 'sex取值0-空，1-男，2-女');
	if (q.out_traveler_id !== undefined && q.out_traveler_id !== '') {
		if (chars(q.out_traveler_id) > 32) h.fail(10001, 'out_traveler_id不大于32字符');
		if (s.travelers.some((t) => t !== self && t.out_traveler_id === String(q.out_traveler_id))) h.fail(10001, `外部出行人唯一ID已存在(${q.out_traveler_id})`);
	}
	if (q.birth_date !== undefined && q.birth_date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(String(q.birth_date))) h.fail(10001, 'birth_date格式YYYY-MM-DD');
	if (q.card_list !== undefined) checkCards(h, q.card_list);
	const sensitive = (q.birth_date !== undefined && q.birth_date !== '') || (Array.isArray(q.card_list) && q.card_list.length > 0);
	if (sensitive && (!ctx.config.encryption || ctx.config.encryption === 'none')) h.fail(10001, '证件信息与出生日期需加密传输(未开启整体加密时需AES128单独加密)');
}

const FIELDS = ['phone', 'name', 'english_surname', 'english_name', 'remark', 'sex', 'out_traveler_id', 'birth_date'];
function apply(t, q) {
	for (const key of FIELDS) if (q[key] !== undefined && q[key] !== '') t[key] = key === 'sex' ? Number(q[key]) : String(q[key]);
	if (Array.isArray(q.card_list)) t.card_list = q.card_list.map((c) => ({ card_type: Number(c.card_type), card_no: String(c.card_no), ...(c.expire_date ? { expire_date: String(c.expire_date) } : {}) }));
}

function findTraveler(h, s, q) {
	if (!q.traveler_id) h.fail(10001, 'traveler_id不能为空');
	const t = s.travelers.find((x) => x.id === String(q.traveler_id));
	if (!t) h.fail(10001, '外部出行人不存在');
	return t;
}

module.exports = {
	state: () => ({ travelers: [], _travelerSeq: 0 }),
	routes: (h) => ({
		'POST /open-apis/v1/traveler/create': (ctx, p, s) => {
			const q = paramJson(h, p);
			check(h, ctx, s, q);
			s._travelerSeq += 1;
			const t = { id: String(1125990000000000 + s._travelerSeq), card_list: [] };
			apply(t, q);
			s.travelers.push(t);
			return { id: t.id };
		},
		'POST /open-apis/v1/traveler/update': (ctx, p, s) => {
			const q = paramJson(h, p);
			const t = findTraveler(h, s, q);
			check(h, ctx, s, q, t);
			if (q.force_clear_fields !== undefined) {
				if (!Array.isArray(q.force_clear_fields) || q.force_clear_fields.some((f) => f !== 'card_list')) h.fail(10001, 'force_clear_fields目前只支持传card_list');
				if (q.force_clear_fields.includes('card_list')) t.card_list = [];
			}
			apply(t, q);
			return { id: t.id };
		},
		'POST /open-apis/v1/traveler/del': (ctx, p, s) => {
			const t = findTraveler(h, s, paramJson(h, p));
			s.travelers.splice(s.travelers.indexOf(t), 1);
			return { id: t.id };
		},
	}),
};
