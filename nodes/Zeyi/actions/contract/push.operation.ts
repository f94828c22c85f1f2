/**
 * 车辆维保合同推送: push a maintenance contract with its detail lines. The contract `code` is Zeyi's key:
 * pushing it again does not create a second contract.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { addDecimals, compareDecimals, stringifyExact, subtractDecimals } from '../../../common/decimal';
import { Validator } from '../../../common/validation';
import { billOutput } from '../../shared/bill';
import { encryptOption, wantsEncryption } from '../../shared/encryption';
import { PUSH_CONCURRENCY, exactlyOnceOption, pushExactlyOnce } from '../../shared/exactlyOnce';
import { ZeyiValues, compact, showFor } from '../../shared/values';

const detailFields: INodeProperties[] = [
	{ displayName: 'Service Name (服务名称)', name: 'serviceName', type: 'string', default: '', placeholder: 'e.g. 换机油' },
	{ displayName: 'Labor Hours (所需工时)', name: 'serviceNeedHour', type: 'string', default: '', placeholder: 'e.g. 2', description: 'Whole number of hours (serviceNeedHour)' },
	{ displayName: 'Hourly Rate (工时单价)', name: 'serviceHourUnitAmount', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Exact decimal (serviceHourUnitAmount)' },
	{ displayName: 'Customer Unit Price (客户单价)', name: 'serviceCustomerUnitAmount', type: 'string', default: '', placeholder: 'e.g. 120.00', description: 'Exact decimal (serviceCustomerUnitAmount)' },
	{ displayName: 'Branch Unit Price (门店单价)', name: 'serviceBranchUnitAmount', type: 'string', default: '', placeholder: 'e.g. 150.00', description: 'Exact decimal (serviceBranchUnitAmount)' },
	{ displayName: 'Repair Confirmed (是否确认维修)', name: 'confirmFlag', type: 'boolean', default: true, description: 'Whether the repair is confirmed (confirmFlag)' },
	{ displayName: 'Complete Time (完工时间)', name: 'completeTime', type: 'dateTime', default: '' },
	{ displayName: 'Self-Check By (自检人)', name: 'selfCheckUser', type: 'string', default: '' },
	{ displayName: 'Self-Check Time (自检时间)', name: 'selfCheckTime', type: 'dateTime', default: '' },
	{ displayName: 'Inspected By (过程检验人)', name: 'checkUser', type: 'string', default: '' },
	{ displayName: 'Inspection Time (过程检验时间)', name: 'checkTime', type: 'dateTime', default: '' },
	{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
];

const properties: INodeProperties[] = [
	{ displayName: 'Contract Code (合同编号)', name: 'code', type: 'string', required: true, default: '', placeholder: 'e.g. HT123123123123', description: "The contract's code: Zeyi's key for it" },
	{ displayName: 'Maintenance Code (维保编号)', name: 'maintainRepairCode', type: 'string', required: true, default: '', placeholder: 'e.g. WBJL123123123123' },
	{ displayName: 'Company Name (甲方公司名称)', name: 'companyName', type: 'string', required: true, default: '' },
	{ displayName: 'Branch Name (维修门店名称)', name: 'branchName', type: 'string', required: true, default: '' },
	{ displayName: 'Bill Status (单据状态)', name: 'billStatus', type: 'string', required: true, default: '', description: "The contract document's status as your system names it (billStatus). Required by Zeyi (必传: 是)." },
	{ displayName: 'Maintenance Type (维保类型)', name: 'maintainType', type: 'string', required: true, default: '', placeholder: 'e.g. 首保' },
	{ displayName: 'Arrival Date (进场时间)', name: 'comeDate', type: 'dateTime', required: true, default: '', description: 'When the vehicle entered the workshop (comeDate)' },
	{ displayName: 'License Number (车牌号)', name: 'licenseNumber', type: 'string', required: true, default: '', placeholder: 'e.g. 沪A123456' },
	{ displayName: 'Vehicle Model (车型)', name: 'specification', type: 'string', required: true, default: '', placeholder: 'e.g. 9.6' },
	{ displayName: 'Expected Completion (预计完成时间)', name: 'expectCompleteTime', type: 'dateTime', required: true, default: '' },
	{
		displayName: 'Detail Lines Input',
		name: 'detailInput',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Define Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json', description: 'Map an array of detail lines from an earlier node' },
		],
	},
	{
		displayName: 'Contract Details (合同明细)',
		name: 'details',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Detail Line',
		default: {},
		required: true,
		displayOptions: { show: { detailInput: ['fields'] } },
		description: 'At least one service line (contractDetail)',
		options: [{ displayName: 'Detail', name: 'detail', values: detailFields }],
	},
	{
		displayName: 'Contract Details (JSON)',
		name: 'detailsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { detailInput: ['json'] } },
		description:
			"Array of detail lines with Zeyi's field names: serviceName, serviceNeedHour, serviceHourUnitAmount, serviceCustomerUnitAmount, serviceBranchUnitAmount, confirmFlag, completeTime, selfCheckUser, selfCheckTime, checkUser, checkTime, remark",
	},
	{
		displayName: 'Amounts (费用)',
		name: 'amounts',
		type: 'collection',
		placeholder: 'Add Amount',
		default: {},
		description: 'Exact decimals. When all five are given, Total must equal product + service totals minus both discounts.',
		options: [
			{ displayName: 'Product Discount (货品项目优惠折扣费用)', name: 'productDiscountedAmount', type: 'string', default: '', placeholder: 'e.g. 100.00' },
			{ displayName: 'Product Total (货品项目总费用)', name: 'productTotalAmount', type: 'string', default: '', placeholder: 'e.g. 1000.00' },
			{ displayName: 'Repair Contribution Rate (维修类贡献比例)', name: 'devoteRate', type: 'string', default: '', placeholder: 'e.g. 0.56' },
			{ displayName: 'Service Discount (服务项目优惠折扣费用)', name: 'serviceDiscountedAmount', type: 'string', default: '', placeholder: 'e.g. 100.00' },
			{ displayName: 'Service Total (服务项目总费用)', name: 'serviceTotalAmount', type: 'string', default: '', placeholder: 'e.g. 1000.00' },
			{ displayName: 'Total (总费用)', name: 'totalAmount', type: 'string', default: '', placeholder: 'e.g. 1800.00' },
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Accounting Month (会计时间)', name: 'month', type: 'string', default: '', placeholder: 'e.g. 2021-02-02' },
			{ displayName: 'Collection Date (提车时间)', name: 'collectionDate', type: 'dateTime', default: '' },
			{ displayName: 'Collection Way (提车方式)', name: 'collectionWay', type: 'string', default: '', placeholder: 'e.g. 自提' },
			{ displayName: 'Delivery Time (出厂时间)', name: 'deliveryTime', type: 'dateTime', default: '' },
			{ displayName: 'Member Number (会员编号)', name: 'memberNo', type: 'string', default: '' },
			{ displayName: 'Member Type (会员类型)', name: 'memberType', type: 'string', default: '' },
			{ displayName: 'Mileage (公里数)', name: 'mileage', type: 'number', default: 0, typeOptions: { minValue: 0, numberPrecision: 0 } },
			{ displayName: 'Origin Contract Code (源合同编号)', name: 'originContractCode', type: 'string', default: '' },
			{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '' },
			{ displayName: 'Send Way (送修方式)', name: 'sendWay', type: 'string', default: '' },
		],
	},
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [encryptOption, exactlyOnceOption] },
];

export const description = showFor('contract', 'push', properties);

/** Validates a contract and builds Zeyi's body. Pure: throws naming field and line. */
export function buildContract(values: ZeyiValues, input: IDataObject, details: IDataObject[]): IDataObject {
	const amounts = (input.amounts ?? {}) as IDataObject;
	const extra = (input.additionalFields ?? {}) as IDataObject;
	if (details.length === 0) values.fail('Contract Details (contractDetail)', 'needs at least one line');
	const contractDetail = details.map((detail, index) => {
		const line = values.line('Contract Details (contractDetail)', index);
		return compact({
			serviceName: line.text('Service Name (serviceName)', detail.serviceName, true),
			serviceNeedHour: line.integer('Labor Hours (serviceNeedHour)', detail.serviceNeedHour, true),
			serviceHourUnitAmount: line.amount('Hourly Rate (serviceHourUnitAmount)', detail.serviceHourUnitAmount, true),
			serviceCustomerUnitAmount: line.amount('Customer Unit Price (serviceCustomerUnitAmount)', detail.serviceCustomerUnitAmount, true),
			serviceBranchUnitAmount: line.amount('Branch Unit Price (serviceBranchUnitAmount)', detail.serviceBranchUnitAmount, true),
			confirmFlag: line.flag('Repair Confirmed (confirmFlag)', detail.confirmFlag ?? true),
			completeTime: line.timestamp('Complete Time (completeTime)', detail.completeTime),
			selfCheckUser: line.text('Self-Check By (selfCheckUser)', detail.selfCheckUser),
			selfCheckTime: line.timestamp('Self-Check Time (selfCheckTime)', detail.selfCheckTime),
			checkUser: line.text('Inspected By (checkUser)', detail.checkUser),
			checkTime: line.timestamp('Inspection Time (checkTime)', detail.checkTime),
			remark: line.text('Remark (remark)', detail.remark),
		});
	});
	const productTotalAmount = values.amount('Product Total (productTotalAmount)', amounts.productTotalAmount);
	const serviceTotalAmount = values.amount('Service Total (serviceTotalAmount)', amounts.serviceTotalAmount);
	const productDiscountedAmount = values.amount('Product Discount (productDiscountedAmount)', amounts.productDiscountedAmount);
	const serviceDiscountedAmount = values.amount('Service Discount (serviceDiscountedAmount)', amounts.serviceDiscountedAmount);
	const totalAmount = values.amount('Total (totalAmount)', amounts.totalAmount);
	if (productTotalAmount && serviceTotalAmount && productDiscountedAmount && serviceDiscountedAmount && totalAmount) {
		const expected = subtractDecimals(
			addDecimals(productTotalAmount.value, serviceTotalAmount.value),
			addDecimals(productDiscountedAmount.value, serviceDiscountedAmount.value),
		);
		if (compareDecimals(expected, totalAmount.value) !== 0) {
			values.fail(
				'Total (totalAmount)',
				`must equal Product Total + Service Total − Product Discount − Service Discount = ${expected} (got ${totalAmount.value})`,
			);
		}
	}
	const comeDate = values.timestamp('Arrival Date (comeDate)', input.comeDate, true);
	// Zeyi: "billStatus | 是 | string | 单据状态" — required (its example's "" is refused).
	const billStatus = values.text('Bill Status (billStatus)', input.billStatus, true);
	return compact({
		code: values.text('Contract Code (code)', input.code, true),
		originContractCode: values.text('Origin Contract Code (originContractCode)', extra.originContractCode),
		maintainRepairCode: values.text('Maintenance Code (maintainRepairCode)', input.maintainRepairCode, true),
		companyName: values.text('Company Name (companyName)', input.companyName, true),
		branchName: values.text('Branch Name (branchName)', input.branchName, true),
		billStatus,
		maintainType: values.text('Maintenance Type (maintainType)', input.maintainType, true),
		devoteRate: values.amount('Repair Contribution Rate (devoteRate)', amounts.devoteRate),
		memberType: values.text('Member Type (memberType)', extra.memberType),
		memberNo: values.text('Member Number (memberNo)', extra.memberNo),
		comeDate,
		sendWay: values.text('Send Way (sendWay)', extra.sendWay),
		collectionWay: values.text('Collection Way (collectionWay)', extra.collectionWay),
		collectionDate: values.timestamp('Collection Date (collectionDate)', extra.collectionDate),
		licenseNumber: values.text('License Number (licenseNumber)', input.licenseNumber, true),
		specification: values.text('Vehicle Model (specification)', input.specification, true),
		mileage: values.integer('Mileage (mileage)', extra.mileage),
		expectCompleteTime: values.timestamp('Expected Completion (expectCompleteTime)', input.expectCompleteTime, true),
		deliveryTime: values.timestamp('Delivery Time (deliveryTime)', extra.deliveryTime),
		remark: values.text('Remark (remark)', extra.remark),
		month: values.text('Accounting Month (month)', extra.month),
		productTotalAmount,
		serviceTotalAmount,
		productDiscountedAmount,
		serviceDiscountedAmount,
		totalAmount,
		contractDetail,
	});
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const values = new ZeyiValues(new Validator(this.getNode(), i));
	const detailInput = this.getNodeParameter('detailInput', i, 'fields') as string;
	const details =
		detailInput === 'json'
			? values.jsonList('Contract Details (JSON) (contractDetail)', this.getNodeParameter('detailsJson', i, '[]'))
			: (((this.getNodeParameter('details', i, {}) as IDataObject).detail as IDataObject[] | undefined) ?? []);
	const input: IDataObject = {};
	for (const name of ['code', 'maintainRepairCode', 'companyName', 'branchName', 'billStatus', 'maintainType', 'comeDate', 'licenseNumber', 'specification', 'expectCompleteTime', 'amounts', 'additionalFields']) {
		input[name] = this.getNodeParameter(name, i, '') as IDataObject[keyof IDataObject];
	}
	const body = buildContract(values, input, details);
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const outcome = await pushExactlyOnce.call(this, {
		path: '/vehicle-service-api/vehicleMaintainRepairContract/push',
		body: stringifyExact(body),
		itemIndex: i,
		mode: String(options.onDuplicate ?? 'useExisting'),
		encrypt: await wantsEncryption.call(this, options, i),
		code: String(body.code),
		record: billOutput(body),
	});
	return { ...outcome, ...billOutput(body) };
}

/** Contracts of different codes are independent writes: pushed several at a time. */
export const concurrency = PUSH_CONCURRENCY;
