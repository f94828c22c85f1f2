// The parts of a Zeyi bill, each on its own: amounts, fee lines, project lines.
const { Validator } = require('../../../nodes/common/validation');
const { ZeyiValues } = require('../../../nodes/Zeyi/shared/values');
const { billAmounts, buildFeeLines, buildProjectLines } = require('../../../nodes/Zeyi/shared/bill');
const { stringifyExact } = require('../../../nodes/common/decimal');

/** @type {import('n8n-workflow').INode} */
const node = { id: 'zeyi', name: 'Zeyi', type: 'n8n-nodes-cn-enterprise.zeyi', typeVersion: 1, position: [0, 0], parameters: {} };
const values = (item = 0) => new ZeyiValues(new Validator(node, item));

describe('Zeyi bill parts', () => {
	it('billAmounts computes 应付金额 = 总金额 − 折扣金额 exactly, or checks the one given', () => {
		const computed = billAmounts(values(), /** @type {any} */ ({ totalAmount: '1000.10', discountedAmount: '100.05', paidAmount: '' }));
		expect(stringifyExact(computed)).toBe('{"totalAmount":1000.10,"discountedAmount":100.05,"paidAmount":900.05}');
		expect(() => billAmounts(values(1), /** @type {any} */ ({ totalAmount: '10', discountedAmount: '', paidAmount: '9.99' }))).toThrow(
			'Paid Amount (paidAmount) must equal Total Amount − Discounted Amount = 10 − 0 = 10 (got 9.99) [item 1]',
		);
		expect(() => billAmounts(values(), /** @type {any} */ ({ totalAmount: '10', discountedAmount: '10.01', paidAmount: '' }))).toThrow(
			'Discounted Amount (discountedAmount) must not exceed Total Amount (totalAmount) 10 (got 10.01) [item 0]',
		);
	});

	it('buildFeeLines needs name and amount per line; an empty discount is 0 ("discountedAmount | 是")', () => {
		expect(stringifyExact(buildFeeLines(values(), [{ name: '工时费', amount: '100.10', discountedAmount: '' }]))).toBe('[{"name":"工时费","amount":100.10,"discountedAmount":0}]');
		expect(() => buildFeeLines(values(), [{ name: '工时费', amount: '100' }, { name: '拖车费' }])).toThrow('Fees (feeList) line 2: Amount (amount) is required [item 0]');
	});

	it('buildProjectLines: maintenance lines need a quantity and take the bill-level next maintenance time', () => {
		const line = { name: '机油', projectType: 'materials', unitPrice: '400', totalAmount: '400', type: 'MAINTAIN' };
		expect(() => buildProjectLines('maintenance', values(), [line], { nextMaintainanceTime: '2026-11-01' })).toThrow(
			'Maintenance Projects (maintainProjectList) line 1: Quantity (number) is required [item 0]',
		);
		const [built] = buildProjectLines('maintenance', values(), [{ ...line, number: '2' }], { nextMaintainanceTime: '2026-11-01' });
		expect(built).toMatchObject({ number: 2, type: 'MAINTAIN', projectType: 'materials', nextMaintainanceTime: '1793462400000' });
		const [repair] = buildProjectLines('repair', values(), [{ name: '补胎', projectType: 'project', unitPrice: '50', totalAmount: '50' }], {});
		expect(repair).not.toHaveProperty('type');
		expect(repair).not.toHaveProperty('number');
	});
});
