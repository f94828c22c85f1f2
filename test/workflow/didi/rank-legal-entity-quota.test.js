// Ranks (职级: create / update / delete / list + the rank dropdowns), legal-entity writes (公司主体新增/修改/停用)
// and member quota (员工限额查询) as workflows against the sandbox.
const { startDidi, calls, unwrap } = require('./helpers');
const { runAfterRevoke } = require('./fixtures');

let didi;
beforeAll(async () => {
	didi = await startDidi();
});
afterAll(() => didi && didi.close());
beforeEach(() => didi.reset());

const load = (method, kind = 'loadOptions', extra = {}) =>
	didi.harness.loadOptions({ type: 'didiEnterprise', method, kind, credentials: { didiEnterpriseApi: didi.credential }, ...extra });
const paramJsonOf = (entry) => JSON.parse(entry.body.param_json);

describe('DiDi ranks', () => {
	it('creates, lists, renames by Out Rank ID and deletes from the list; the dropdowns show DiDi\'s ranks', async () => {
		const created = await didi.run({ resource: 'rank', operation: 'create', name: 'P7 (专家)', outRankId: 'R-P7' });
		expect(created.error).toBeUndefined();
		const { id } = created.json('Node')[0];
		expect(paramJsonOf(calls(await didi.log(), '/open-apis/v1/rank/create')[0])).toEqual({ name: 'P7 (专家)', out_rank_id: 'R-P7' });
		const ranks = unwrap(await didi.state('ranks'));
		expect(ranks).toContainEqual({ id, name: 'P7 (专家)', out_rank_id: 'R-P7' });

		const list = await didi.run({ resource: 'rank', operation: 'getMany', returnAll: true });
		expect(list.json('Node').map((r) => r.id)).toEqual(ranks.map((r) => r.id));
		const two = await didi.run({ resource: 'rank', operation: 'getMany', returnAll: false, limit: 2 });
		expect(two.json('Node')).toHaveLength(2);

		const renamed = await didi.run({ resource: 'rank', operation: 'update', rank: { mode: 'outRankId', value: 'R-P7' }, name: 'P7+' });
		expect(renamed.json('Node')[0]).toMatchObject({ id, out_rank_id: 'R-P7', name: 'P7+', updated: true });
		expect(unwrap(await didi.state('ranks')).find((r) => r.id === id).name).toBe('P7+');

		const search = await load('searchRanks', 'listSearch', { filter: 'P7' });
		expect(search.results).toEqual([{ name: 'P7+ (R-P7)', value: id }]);
		const dropdown = await load('getRanks');
		expect(dropdown.map((o) => o.value).sort()).toEqual(unwrap(await didi.state('ranks')).map((r) => r.id).sort());

		const deleted = await didi.run({ resource: 'rank', operation: 'delete', rank: { mode: 'list', value: id } });
		expect(deleted.json('Node')[0]).toMatchObject({ id, deleted: true });
		expect(unwrap(await didi.state('ranks')).some((r) => r.id === id)).toBe(false);
	});

	it('checks the document\'s name rule before any request', async () => {
		for (const [name, message] of [
			['经理/主管', 'Name (name) may only hold Chinese characters, letters, digits, _ - space . ( ) + = (got "经理/主管") [item 0]'],
			['x'.repeat(31), 'Name (name) must be at most 30 characters (got 31) [item 0]'],
			['   ', 'Name (name) is required [item 0]'],
		]) {
			const result = await didi.run({ resource: 'rank', operation: 'create', name });
			expect(result.error.message).toBe(message);
		}
		const longOut = await didi.run({ resource: 'rank', operation: 'update', rank: { mode: 'outRankId', value: 'r'.repeat(31) }, name: 'ok' });
		expect(longOut.error.message).toBe('Out Rank ID (out_rank_id) must be at most 30 characters (got 31) [item 0]');
		expect(calls(await didi.log(), '/open-apis/v1/rank/')).toHaveLength(0);
	});

	it('DiDi refusals name errno and message; a create is never retried', async () => {
		const duplicate = await didi.run({ resource: 'rank', operation: 'create', name: 'dup', outRankId: 'R1' });
		expect(duplicate.error.message).toBe('DiDi Enterprise error 10001: 参数错误(外部职级编号已存在(R1))');
		await didi.fault('/open-apis/v1/rank/create', 503, { status: 503, errmsg: 'busy' });
		const busy = await didi.run({ resource: 'rank', operation: 'create', name: 'once' });
		expect(busy.status).toBe('error');
		expect(calls(await didi.log(), '/open-apis/v1/rank/create')).toHaveLength(2);
		expect(unwrap(await didi.state('ranks')).some((r) => r.name === 'once')).toBe(false);
	});

	it('refreshes an expired token once', async () => {
		const { result, expired, authorized } = await runAfterRevoke(didi, () => didi.run({ resource: 'rank', operation: 'getMany', returnAll: true }));
		expect(result.error).toBeUndefined();
		expect([expired, authorized]).toEqual([1, 1]);
	});
});

describe('DiDi legal entity writes', () => {
	it('creates with its fields, updates keeping the current name, disables by out ID', async () => {
		const created = await didi.run({
			resource: 'legalEntity',
			operation: 'create',
			name: '测试科技有限公司',
			additionalFields: { out_legal_entity_id: 'LE-N8N', taxpayer_no: '91110000MA01ABCD1X', bank_card_no: '6222000011112222', end_time: '2040-12-31T23:59:59+08:00', parent_id: unwrap(await didi.state('legalEntities'))[0].legal_entity_id },
		});
		expect(created.error).toBeUndefined();
		const id = created.json('Node')[0].legal_entity_id;
		const [add] = calls(await didi.log(), '/river/LegalEntity/add');
		expect(add.body).toMatchObject({ name: '测试科技有限公司', out_legal_entity_id: 'LE-N8N', end_time: '2040-12-31 23:59:59', parent_id: Number(unwrap(await didi.state('legalEntities'))[0].legal_entity_id) });
		expect(unwrap(await didi.state('legalEntities')).find((l) => l.legal_entity_id === id)).toMatchObject({ name: '测试科技有限公司', taxpayer_no: '91110000MA01ABCD1X', status: 1 });

		const updated = await didi.run({ resource: 'legalEntity', operation: 'update', legalEntity: { mode: 'id', value: id }, updateFields: { telephone: '010-88886666' } });
		expect(updated.error).toBeUndefined();
		const [edit] = calls(await didi.log(), '/river/LegalEntity/edit');
		expect(edit.body).toMatchObject({ legal_entity_id: id, name: '测试科技有限公司', telephone: '010-88886666' });

		const search = await load('searchLegalEntities', 'listSearch', { filter: '测试科技' });
		expect(search.results).toEqual([{ name: '测试科技有限公司 (LE-N8N)', value: id }]);

		const disabled = await didi.run({ resource: 'legalEntity', operation: 'delete', legalEntity: { mode: 'outId', value: 'LE-N8N' } });
		expect(disabled.json('Node')[0]).toEqual({ out_legal_entity_id: 'LE-N8N', disabled: true });
		const list = await didi.run({ resource: 'legalEntity', operation: 'getMany', returnAll: true });
		expect(list.json('Node').some((l) => l.legal_entity_id === id)).toBe(false);
	});

	it('validates before any request', async () => {
		for (const [fields, message] of [
			[{ taxpayer_no: '1234' }, 'Taxpayer Number (taxpayer_no) must have 15, 18 or 20 characters (got 4) [item 0]'],
			[{ bank_card_no: '6222 0000' }, 'Bank Account Number (bank_card_no) must contain digits only (纯数字) [item 0]'],
			[{ end_time: '2020-01-01T00:00:00+08:00' }, 'Valid Until (end_time) must be in the future (需大于当前时间) [item 0]'],
			[{ parent_id: 'HQ' }, 'Parent Legal Entity (parent_id) must be a DiDi legal entity ID (got "HQ") [item 0]'],
		]) {
			const result = await didi.run({ resource: 'legalEntity', operation: 'create', name: 'x', additionalFields: fields });
			expect(result.error.message).toBe(message);
		}
		const nothing = await didi.run({ resource: 'legalEntity', operation: 'update', legalEntity: { mode: 'id', value: '1' }, updateFields: {} });
		expect(nothing.error.message).toBe('Update Fields (updateFields) must contain at least one field [item 0]');
		expect(calls(await didi.log(), '/river/LegalEntity/')).toHaveLength(0);
	});

	it('DiDi refusals name errno and message', async () => {
		const duplicate = await didi.run({ resource: 'legalEntity', operation: 'create', name: 'x', additionalFields: { out_legal_entity_id: 'LE001' } });
		expect(duplicate.error.message).toBe('DiDi Enterprise error 10001: 参数错误(外部公司主体编号不可重复(LE001))');
		const unknown = await didi.run({ resource: 'legalEntity', operation: 'delete', legalEntity: { mode: 'id', value: '42' } });
		expect(unknown.error.message).toBe('DiDi Enterprise error 10001: 参数错误(公司主体不存在)');
	});
});

describe('DiDi member quota', () => {
	it('answers one item per member with its months', async () => {
		const members = unwrap(await didi.control('GET', '/state/didi/members?_limit=2'));
		const result = await didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'employee_numbers', members: members.map((m) => m.employee_number).join(', '), startDate: '2026-03-10', endDate: '2026-05-01' });
		expect(result.error).toBeUndefined();
		expect(result.json('Node').map((r) => [r.member_id, r.quota_list.map((q) => q.month)])).toEqual(
			members.map((m) => [m.id, ['2026-03', '2026-04', '2026-05']]),
		);
		const [request] = calls(await didi.log(), '/river/Member/getQuota');
		expect(request.query).toMatchObject({ employee_numbers: members.map((m) => m.employee_number).join(','), start_date: '2026-03-10', end_date: '2026-05-01' });
	});

	it('checks the six-month span and the members before any request; DiDi\'s 406 for an unknown member', async () => {
		const span = await didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'member_ids', members: '1', startDate: '2026-01-01', endDate: '2026-07-01' });
		expect(span.error.message).toBe('End Date (end_date) must be within six months of Start Date (2026-01-01) [item 0]');
		const none = await didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'member_ids', members: ' ', startDate: '2026-01-01' });
		expect(none.error.message).toBe('Members (member_ids) is required [item 0]');
		const noDate = await didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'member_ids', members: '1' });
		expect(noDate.error.message).toBe('Start Date (start_date) or End Date (end_date) is required [item 0]');
		expect(calls(await didi.log(), '/river/Member/getQuota')).toHaveLength(0);
		const unknown = await didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'member_ids', members: '1', startDate: '2026-01-01' });
		expect(unknown.error.message).toBe('DiDi Enterprise error 406: 用户不存在');
	});

	it('refreshes an expired token once', async () => {
		const [member] = unwrap(await didi.control('GET', '/state/didi/members?_limit=1'));
		const { result, expired, authorized } = await runAfterRevoke(didi, () => didi.run({ resource: 'member', operation: 'getQuota', memberKey: 'member_ids', members: member.id, startDate: '2026-01-01' }));
		expect(result.error).toBeUndefined();
		expect(result.json('Node')).toHaveLength(1);
		expect([expired, authorized]).toEqual([1, 1]);
	});
});
