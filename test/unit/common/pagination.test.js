const { paginate } = require('../../../nodes/common/pagination');

const source = (n) => Array.from({ length: n }, (_, i) => i);
const pager = (data, calls) => async ({ offset, pageSize }) => {
	calls.push({ offset, pageSize });
	return { records: data.slice(offset, offset + pageSize), total: data.length };
};

describe('paginate', () => {
	test('returnAll reads every page with offsets that are multiples of the page size', async () => {
		const calls = [];
		const out = await paginate(pager(source(250), calls), { returnAll: true, limit: 0, maxPageSize: 100 });
		expect(out).toEqual(source(250));
		expect(calls).toEqual([
			{ offset: 0, pageSize: 100 },
			{ offset: 100, pageSize: 100 },
			{ offset: 200, pageSize: 100 },
		]);
	});

	test('a limit below the page size reads one small page', async () => {
		const calls = [];
		const out = await paginate(pager(source(250), calls), { returnAll: false, limit: 7, maxPageSize: 100 });
		expect(out).toEqual(source(7));
		expect(calls).toEqual([{ offset: 0, pageSize: 7 }]);
	});

	test('a limit above the page size stops as soon as it is reached', async () => {
		const calls = [];
		const out = await paginate(pager(source(1000), calls), { returnAll: false, limit: 150, maxPageSize: 100 });
		expect(out).toHaveLength(150);
		expect(calls.map((c) => c.offset)).toEqual([0, 100]);
	});

	test('stops on a short page when the vendor gives no total', async () => {
		const calls = [];
		const out = await paginate(
			async ({ offset, pageSize }) => {
				calls.push(offset);
				return { records: source(130).slice(offset, offset + pageSize) };
			},
			{ returnAll: true, limit: 0, maxPageSize: 50 },
		);
		expect(out).toHaveLength(130);
		expect(calls).toEqual([0, 50, 100]);
	});

	test('an exact multiple ends on the total without an empty extra request', async () => {
		const calls = [];
		await paginate(pager(source(200), calls), { returnAll: true, limit: 0, maxPageSize: 100 });
		expect(calls).toHaveLength(2);
	});
});
