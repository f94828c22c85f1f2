'use strict';
// 职级 (didi-operations.txt): POST /open-apis/v1/rank/create | update | del with `param_json`
// (GET /river/Rank/getRanks is in the core). "公司职级总数限制 500 个"; out_rank_id "限制 30 字符";
// name "最长 30 字符，只能输入汉字、字母、数字、下划线、连字符、空格、点、括号、加、减和等号";
// update/del: "滴滴侧职级 ID和外部职级编号二者之一必填". Refusing a second rank with the same out_rank_id is our
// assumption (DiDi addresses ranks by it, so it must be unique).
const { paramJson, chars } = require('./param-json');

const NAME = /^[\u4e00-\u9fa5A-Za-z0-9_\- .()（）+=]+$/;
const MAX_RANKS = 500;

function checkName(h, name) {
	if (name === undefined || name === null || String(name).trim() === '') h.fail(10001, 'name不能为空');
	if (chars(name) > 30) h.fail(10001, '职级名称最长30字符');
	if (!NAME.test(String(name))) h.fail(10001, '职级名称只能输入汉字、字母、数字、下划线、连字符、空格、点、括号、加、减和等号');
}
function checkOutId(h, s, outId, self) {
	if (outId === undefined || outId === null || outId === '') return;
	if (chars(outId) > 30) h.fail(10001, 'out_rank_id限制30字符');
	if (s.ranks.some((r) => r !== self && r.out_rank_id === String(outId))) h.fail(10001, `外部职级编号已存在(${outId})`);
}
function findRank(h, s, q) {
	if (!q.rank_id && !q.out_rank_id) h.fail(10001, '滴滴侧职级ID和外部职级编号二者之一必填');
	const rank = q.rank_id ? s.ranks.find((r) => r.id === String(q.rank_id)) : s.ranks.find((r) => r.out_rank_id === String(q.out_rank_id));
	if (!rank) h.fail(10001, '职级不存在');
	return rank;
}

module.exports = {
	state: () => ({ _rankSeq: 0 }),
	routes: (h) => ({
		'POST /open-apis/v1/rank/create': (ctx, p, s) => {
			const q = paramJson(h, p);
			checkName(h, q.name);
			checkOutId(h, s, q.out_rank_id);
			if (s.ranks.length >= MAX_RANKS) h.fail(10001, `公司职级总数限制${MAX_RANKS}个`);
			s._rankSeq += 1;
			const id = String(1125960000000000 + s._rankSeq);
			s.ranks.push({ id, name: String(q.name), out_rank_id: q.out_rank_id ? String(q.out_rank_id) : '' });
			return { id };
		},
		'POST /open-apis/v1/rank/update': (ctx, p, s) => {
			const q = paramJson(h, p);
			const rank = findRank(h, s, q);
			checkName(h, q.name);
			// An update addressed by rank_id may also change the out_rank_id.
			if (q.rank_id && q.out_rank_id) checkOutId(h, s, q.out_rank_id, rank);
			rank.name = String(q.name);
			if (q.rank_id && q.out_rank_id) rank.out_rank_id = String(q.out_rank_id);
			return { id: rank.id };
		},
		'POST /open-apis/v1/rank/del': (ctx, p, s) => {
			const rank = findRank(h, s, paramJson(h, p));
			s.ranks.splice(s.ranks.indexOf(rank), 1);
			return { id: rank.id };
		},
	}),
};
