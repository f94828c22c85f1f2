const { splitWindows, orderIdsOf, fullestCategory } = require('../../../nodes/DidiEnterprise/shared/orders');

describe('order list helpers', () => {
	it('splits windows into ≤30-day pieces without gaps or overlaps', () => {
		const start = Date.UTC(2026, 0, 1);
		const end = Date.UTC(2026, 2, 15) - 1000;
		const windows = splitWindows(start, end);
		expect(windows.length).toBe(3);
		for (const [from, to] of windows) expect(to - from).toBeLessThan(30 * 86400 * 1000);
		for (let k = 1; k < windows.length; k++) expect(windows[k][0]).toBe(windows[k - 1][1] + 1000);
		expect(windows[0][0]).toBe(start);
		expect(windows.at(-1)[1]).toBe(end);
		expect(splitWindows(start, start)).toEqual([[start, start]]);
	});
	it('reads order ids per category', () => {
		const data = { car_data: { order_ids: '1,2' }, train_data: { order_ids: '' }, domestichotel_data: { order_ids: '9' } };
		expect(orderIdsOf(data)).toEqual([
			{ category: 'domestichotel', order_id: '9' },
			{ category: 'car', order_id: '1' },
			{ category: 'car', order_id: '2' },
		]);
		expect(fullestCategory(data)).toBe(2);
		expect(fullestCategory({})).toBe(0);
	});
});

describe('member-write pacing measured from the end of the previous write', () => {
	it('keeps 150 ms between the end of one write and the start of the next', async () => {
		const { didiPacer } = require('../../../nodes/DidiEnterprise/transport');
		const marks = [];
		const write = (slowMs) => didiPacer.run('unit-cred', 'memberWrite', async () => {
			marks.push(['start', Date.now()]);
			await new Promise((r) => setTimeout(r, slowMs));
			marks.push(['end', Date.now()]);
		});
		await Promise.all([write(60), write(0), write(0)]);
		for (let k = 1; k < marks.length - 1; k += 2) {
			const end = marks[k][1];
			const nextStart = marks[k + 1][1];
			expect(nextStart - end).toBeGreaterThanOrEqual(148);
		}
	});
});
