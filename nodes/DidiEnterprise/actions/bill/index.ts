import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { operationSelector } from '../../../common/fields';
import * as confirm from './confirm.operation';
import * as download from './download.operation';
import * as getDetails from './getDetails.operation';
import * as getMany from './getMany.operation';
import * as getStructure from './getStructure.operation';
import * as getSummary from './getSummary.operation';
import * as getTransactions from './getTransactions.operation';
import * as getUnbilledDetails from './getUnbilledDetails.operation';

export const operations: Record<string, OperationModule> = { getMany, getSummary, getStructure, getDetails, getUnbilledDetails, getTransactions, download, confirm };

export const description: INodeProperties[] = [
	operationSelector('bill', 'getMany', [
		{ name: 'Confirm', value: 'confirm', action: 'Confirm a bill', description: 'Confirm a ride-hailing or travel bill (账单确认)' },
		{ name: 'Download', value: 'download', action: 'Download a bill file', description: 'The bill file of a ride-hailing or taxi bill, as binary data (账单下载)' },
		{ name: 'Get Details', value: 'getDetails', action: 'Get the lines of a bill', description: 'Orders of an issued bill (已出账单), paged by DiDi\'s cursor' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many bills', description: 'List bills (账单列表)' },
		{ name: 'Get Structure', value: 'getStructure', action: 'Get the tree of a bill', description: 'The company bill and the bills it is split into (账单树)' },
		{ name: 'Get Summary', value: 'getSummary', action: 'Get a bill summary', description: 'Totals of a bill (账单汇总)' },
		{ name: 'Get Transactions', value: 'getTransactions', action: 'Get the transactions of a bill', description: 'Money movements of a ride-hailing or taxi bill (交易明细)' },
		{ name: 'Get Unbilled Details', value: 'getUnbilledDetails', action: 'Get orders not yet billed', description: 'Orders not on a bill yet (未出账单)' },
	]),
	...getMany.description,
	...getSummary.description,
	...getStructure.description,
	...getDetails.description,
	...getUnbilledDetails.description,
	...getTransactions.description,
	...download.description,
	...confirm.description,
];
