const { Validator } = require('../../../nodes/common/validation');
const { ZeyiValues, toMillis, millisToIso, photoList } = require('../../../nodes/Zeyi/shared/values');
const { buildBill, billOutput } = require('../../../nodes/Zeyi/shared/bill');
const { buildContract } = require('../../../nodes/Zeyi/actions/contract/push.operation');
const { normalisePayload, eventItem, ciphertextOf, parseZeyiJson } = require('../../../nodes/Zeyi/shared/inbound');
const { stringifyExact } = require('../../../nodes/common/decimal');
const { DateTime } = require('luxon');

/** @type {import('n8n-workflow').INode} */
const node = { id: 'zeyi', name: 'Zeyi', type: 'n8n-nodes-cn-enterprise.zeyi', typeVersion: 1, position: [0, 0], parameters: {} };
const values = (item = 0) => new ZeyiValues(new Validator(node, item));

const bill = (over = {}) => ({
	code: 'WBJL1',
	orderCode: 'O1',
	type: '大修',
	mileage: 121900,
	startTime: '2026-05-01T09:00:00+08:00',
	completeTime: '2026-05-01T17:30:00+08:00',
	totalAmount: '1000.10',
	discountedAmount: '100.05',
	paidAmount: '',
	fieldMaintainPictureUrl: 'https://p/1.jpg, https://p/2.jpg',
	certificatePictureUrl: ['https://p/3.jpg'],
	mileagePictureUrl: 'https://p/4.jpg',
	feeList: [{ name: '工时费', amount: '100', discountedAmount: '' }],
	projectList: [{ name: '机油滤芯', projectType: 'materials', unitPrice: '400', totalAmount: '400', number: '1', type: 'MAINTAIN', nextMaintainanceTime: '2026-11-01' }],
	...over,
});

describe('Zeyi mappers', () => {
	it('turns n8n dates into millisecond strings', () => {
		expect(toMillis('2022-01-24T11:09:17+08:00')).toBe('1642993757000');
		expect(toMillis('1642993757000')).toBe('1642993757000');
		expect(toMillis(1642993757)).toBe('1642993757000');
		expect(toMillis(DateTime.fromISO('2022-01-24T03:09:17Z'))).toBe('1642993757000');
		expect(toMillis(new Date(1642993757000))).toBe('1642993757000');
		expect(toMillis('2022-01-24 11:09:17')).toBe('1642993757000'); // zone-less = China time
		expect(toMillis('not a date')).toBeUndefined();
		expect(millisToIso('1642993757000')).toBe('2022-01-24T11:09:17+08:00');
	});

	it('splits photo lists', () => {
		expect(photoList('a.jpg,b.jpg， c.jpg\nd.jpg')).toEqual(['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']);
		expect(photoList(['a', 'b,c'])).toEqual(['a', 'b', 'c']);
		expect(photoList('')).toEqual([]);
	});

	it('builds a repair bill with exact amounts and computes paidAmount', () => {
		const body = buildBill('repair', values(), bill());
		const text = stringifyExact(body);
		expect(text).toContain('"totalAmount":1000.10');
		expect(text).toContain('"discountedAmount":100.05');
		expect(text).toContain('"paidAmount":900.05');
		expect(text).toContain('"startTime":"1777597200000"');
		expect(text).toContain('"fieldMaintainPictureUrl":"https://p/1.jpg,https://p/2.jpg"');
		expect(text).toContain('"feeList":[{"name":"工时费","amount":100,"discountedAmount":0}]');
		expect(text).toContain('"repairProjectList":[{"name":"机油滤芯","number":1,"unitPrice":400,"totalAmount":400,"projectType":"materials"}]');
		expect(text).not.toContain('nextMaintainanceTime'); // repair lines have none
		const out = billOutput(body);
		expect(out.paidAmount).toBe('900.05');
		expect(out.fieldMaintainPictureUrl).toEqual(['https://p/1.jpg', 'https://p/2.jpg']);
	});

	it('refuses a paidAmount that is not total − discount to the cent, naming field and item', () => {
		expect(() => buildBill('repair', values(3), bill({ paidAmount: '900.04' }))).toThrow(
			'Paid Amount (paidAmount) must equal Total Amount − Discounted Amount = 1000.10 − 100.05 = 900.05 (got 900.04) [item 3]',
		);
		expect(() => buildBill('repair', values(), bill({ paidAmount: '900.050' }))).not.toThrow();
	});

	it('names the list line of a bad line field', () => {
		expect(() => buildBill('repair', values(1), bill({ feeList: [{ name: 'a', amount: '1' }, { name: 'b', amount: 'x' }] }))).toThrow(
			'Fees (feeList) line 2: Amount (amount) must be a decimal number like 1000.50 (got "x") [item 1]',
		);
		expect(() => buildBill('repair', values(), bill({ projectList: [{ name: 'p', unitPrice: '1', totalAmount: '1', projectType: 'parts' }] }))).toThrow(
			'Repair Projects (repairProjectList) line 1: Project Type (projectType) must be one of materials, project',
		);
		expect(() => buildBill('repair', values(), bill({ certificatePictureUrl: 'ftp://x' }))).toThrow('Site Photo URLs (certificatePictureUrl) must list http(s) URLs');
		expect(() => buildBill('repair', values(), bill({ completeTime: '2026-04-30' }))).toThrow('Complete Time (completeTime) must not be before Start Time');
		expect(() => buildBill('repair', values(), bill({ code: ' ' }))).toThrow('Maintenance Code (code) is required [item 0]');
	});

	it('builds maintenance lines with type, projectType and next maintenance (bill-level default)', () => {
		const body = buildBill(
			'maintenance',
			values(),
			bill({
				projectList: [
					{ name: '机油', projectType: 'materials', unitPrice: '275', totalAmount: '500', number: '2', discountedAmount: '50', type: 'MAINTAIN' },
					{ name: '工时', projectType: 'project', unitPrice: '100', totalAmount: '100', number: '1', type: 'REPAIR', nextMaintainanceTime: '1800000000000', nextMaintainanceMileage: '140000' },
				],
				nextMaintainanceTime: '2026-11-01',
				nextMaintainanceMileage: '130000',
			}),
		);
		const lines = JSON.parse(stringifyExact(body)).maintainProjectList;
		expect(lines[0]).toMatchObject({ type: 'MAINTAIN', projectType: 'materials', nextMaintainanceMileage: 130000, nextMaintainanceTime: '1793462400000' });
		expect(lines[1]).toMatchObject({ type: 'REPAIR', projectType: 'project', nextMaintainanceMileage: 140000, nextMaintainanceTime: '1800000000000' });
		expect(() =>
			buildBill('maintenance', values(), bill({ projectList: [{ name: 'x', projectType: 'project', unitPrice: '1', totalAmount: '1', number: '1', type: 'MAINTAIN' }] })),
		).toThrow('Maintenance Projects (maintainProjectList) line 1: Next Maintenance Time (nextMaintainanceTime) is required');
	});

	it('builds a contract and checks its totals', () => {
		const input = {
			code: 'HT1', maintainRepairCode: 'WBJL1', companyName: '上海东风公司', branchName: '青浦门店', billStatus: '已确认', maintainType: '首保',
			comeDate: '2026-05-01T08:00:00+08:00', licenseNumber: '沪A123456', specification: '9.6', expectCompleteTime: '2026-05-02',
			amounts: { productTotalAmount: '1000', serviceTotalAmount: '1000.50', productDiscountedAmount: '100', serviceDiscountedAmount: '100.25', totalAmount: '1800.25', devoteRate: '0.56' },
			additionalFields: { month: '2026-05' },
		};
		const details = [{ serviceName: '换机油', serviceNeedHour: '2', serviceHourUnitAmount: '100', serviceCustomerUnitAmount: '120', serviceBranchUnitAmount: '150', confirmFlag: true }];
		const text = stringifyExact(buildContract(values(), input, details));
		expect(text).toContain('"totalAmount":1800.25');
		expect(text).toContain('"devoteRate":0.56');
		expect(text).toContain('"billStatus":"已确认"');
		// zeyi-maintenance-api.txt 车辆维保合同推送 Body参数: "| billStatus | 是 | string | 单据状态 |" — required.
		expect(() => buildContract(values(), { ...input, billStatus: '' }, details)).toThrow('Bill Status (billStatus) is required');
		expect(text).toContain('"contractDetail":[{"serviceName":"换机油","serviceNeedHour":2,"serviceHourUnitAmount":100');
		expect(() => buildContract(values(2), { ...input, amounts: { ...input.amounts, totalAmount: '1800' } }, details)).toThrow(
			'Total (totalAmount) must equal Product Total + Service Total − Product Discount − Service Discount = 1800.25 (got 1800) [item 2]',
		);
		expect(() => buildContract(values(), input, [])).toThrow('Contract Details (contractDetail) needs at least one line');
	});

	it('normalises inbound payloads: ISO siblings, exact amount strings, numbers', () => {
		const payload = parseZeyiJson('{"code":"W1","confirmAmount":1000.10,"auditeTime":"1642755099000","mileage":"100000","feeList":[{"name":"工时费","confirmNumber":0,"confirmAmount":0}],"vehicleAddressLng":"113.465168"}');
		expect(normalisePayload(payload)).toEqual({
			code: 'W1',
			confirmAmount: '1000.10',
			auditeTime: '1642755099000',
			auditeTimeIso: '2022-01-21T16:51:39+08:00',
			mileage: 100000,
			feeList: [{ name: '工时费', confirmNumber: 0, confirmAmount: '0' }],
			vehicleAddressLng: '113.465168',
		});
		const item = eventItem('audit', { code: 'W1', auditStatus: 'NO_PASS' }, new Date(0));
		expect(item).toMatchObject({ event: 'audit', passed: false, receivedAt: '1970-01-01T00:00:00.000Z' });
	});

	it('finds the ciphertext of an encrypted body', () => {
		expect(ciphertextOf('{"code":"W1"}')).toBeUndefined();
		expect(ciphertextOf('{"data":"QUJDREVGR0hJSktMTU5PUA=="}')).toBe('QUJDREVGR0hJSktMTU5PUA==');
		expect(ciphertextOf('QUJDREVGR0hJSktMTU5PUA==')).toBe('QUJDREVGR0hJSktMTU5PUA==');
		expect(ciphertextOf('"QUJDREVGR0hJSktMTU5PUA=="')).toBe('QUJDREVGR0hJSktMTU5PUA==');
	});
});
