'use strict';
// 公司主体 writes (didi-operations.txt): POST /river/LegalEntity/add | edit | del (GET /river/LegalEntity/get is in
// the core and "只返回有效的公司信息。不包含禁用和过期的公司主体信息"). add: name *req*, out_legal_entity_id "不可重复",
// parent_id = an id DiDi returned, start_time/end_time "yyyy-MM-dd HH:mm:ss", end_time "需大于当前时间",
// taxpayer_no "长度为 15/18/20 位", bank_card_no "纯数字". edit: name *req*, legal_entity_id *req*. del (停用):
// "公司主体滴滴id和外部公司主体编号二者之一必填".
const FIELDS = ['name', 'out_legal_entity_id', 'parent_id', 'start_time', 'end_time', 'taxpayer_no', 'address', 'telephone', 'open_bank', 'bank_card_no'];

function check(h, s, p, self) {
	if (p.name === undefined || String(p.name).trim() === '') h.fail(10001, 'name不能为空');
	if (p.out_legal_entity_id && s.legalEntities.some((l) => l !== self && l.status === 1 && l.out_legal_entity_id === String(p.out_legal_entity_id))) {
		h.fail(10001, `外部公司主体编号不可重复(${p.out_legal_entity_id})`);
	}
	if (p.parent_id !== undefined && p.parent_id !== '' && p.parent_id !== null) {
		if (!/^\d+$/.test(String(p.parent_id))) h.fail(10001, 'parent_id需为整数');
		if (Number(p.parent_id) !== 0 && !s.legalEntities.some((l) => l.legal_entity_id === String(p.parent_id))) h.fail(10001, '上级公司不存在');
	}
	for (const key of ['start_time', 'end_time']) {
		if (p[key] !== undefined && p[key] !== '' && !h.isDateTime(String(p[key]))) h.fail(10001, `${key}格式：yyyy-MM-dd HH:mm:ss`);
	}
	if (p.end_time && Date.parse(`${String(p.end_time).replace(' ', 'T')}+08:00`) <= Date.now()) h.fail(10001, 'end_time需大于当前时间');
	if (p.taxpayer_no && ![15, 18, 20].includes(String(p.taxpayer_no).length)) h.fail(10001, '纳税人识别号长度为15/18/20位');
	if (p.bank_card_no && !/^\d+$/.test(String(p.bank_card_no))) h.fail(10001, '开户行账号需为纯数字');
}
function apply(entity, p) {
	for (const key of FIELDS) if (p[key] !== undefined && p[key] !== '') entity[key] = key === 'parent_id' ? Number(p[key]) : String(p[key]);
}

module.exports = {
	state: () => ({ _legalEntitySeq: 0 }),
	routes: (h) => ({
		'POST /river/LegalEntity/add': (ctx, p, s) => {
			check(h, s, p);
			s._legalEntitySeq += 1;
			const entity = { legal_entity_id: String(1125970000000000 + s._legalEntitySeq), name: '', out_legal_entity_id: '', parent_id: 0, start_time: h.chinaDateTime(Date.now()), end_time: '', taxpayer_no: '', address: '', telephone: '', open_bank: '', bank_card_no: '', status: 1 };
			apply(entity, p);
			s.legalEntities.push(entity);
			return { legal_entity_id: entity.legal_entity_id };
		},
		'POST /river/LegalEntity/edit': (ctx, p, s) => {
			if (!p.legal_entity_id) h.fail(10001, 'legal_entity_id不能为空');
			const entity = s.legalEntities.find((l) => l.legal_entity_id === String(p.legal_entity_id) && l.status === 1);
			if (!entity) h.fail(10001, '公司主体不存在');
			check(h, s, p, entity);
			apply(entity, p);
			return null;
		},
		'POST /river/LegalEntity/del': (ctx, p, s) => {
			if (!p.legal_entity_id && !p.out_legal_entity_id) h.fail(10001, '公司主体滴滴id和外部公司主体编号二者之一必填');
			const entity = p.legal_entity_id
				? s.legalEntities.find((l) => l.legal_entity_id === String(p.legal_entity_id) && l.status === 1)
				: s.legalEntities.find((l) => l.out_legal_entity_id === String(p.out_legal_entity_id) && l.status === 1);
			if (!entity) h.fail(10001, '公司主体不存在');
			entity.status = 0;
			return {};
		},
	}),
};
