/**
 * Repair confirmation (维修确认) and maintenance confirmation (保养确认) have the same shape: can we do it,
 * when, or why not, and which station. One builder serves both operations.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { stringifyExact } from '../../common/decimal';
import { Validator } from '../../common/validation';
import { successItem, zeyiRequest } from '../transport';
import { encryptOption, wantsEncryption } from './encryption';
import { ZeyiValues, compact, showFor } from './values';

export interface ConfirmKind {
	resource: 'repair' | 'maintenance';
	path: string;
	/** Zeyi's field names. */
	flagField: 'repairFlag' | 'maintainFlag';
	timeField: 'expectRepairTime' | 'expectMaintainTime';
	/** Words for the UI. */
	noun: string;
	chinese: { flag: string; time: string; reason: string };
}

export function confirmOperation(kind: ConfirmKind) {
	const flagLabel = `Can ${kind.noun === 'repair' ? 'Repair' : 'Maintain'} (${kind.chinese.flag})`;
	const properties: INodeProperties[] = [
		{
			displayName: 'Maintenance Code (维保单号)',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. WBJL21071000044',
			description: `Zeyi's code of the ${kind.noun} request (code in the trigger's output)`,
		},
		{
			displayName: flagLabel,
			name: 'flag',
			type: 'boolean',
			default: true,
			description: `Whether your side accepts the ${kind.noun} (${kind.flagField})`,
		},
		{
			displayName: `Expected ${kind.noun === 'repair' ? 'Repair' : 'Maintenance'} Time (${kind.chinese.time})`,
			name: 'expectTime',
			type: 'dateTime',
			default: '',
			displayOptions: { show: { flag: [true] } },
			description: `When the ${kind.noun} is expected to happen (${kind.timeField}); sent as a millisecond timestamp. A date-time without zone is China time.`,
		},
		{
			displayName: `Reason (${kind.chinese.reason})`,
			name: 'reason',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { flag: [false] } },
			placeholder: 'e.g. 无可用站点',
			description: `Why the ${kind.noun} cannot be done (reason). Required when declining.`,
		},
		{
			displayName: 'Station (站点)',
			name: 'station',
			type: 'collection',
			placeholder: 'Add Station Field',
			default: {},
			description: 'The service station that will do the work',
			options: [
				{ displayName: 'Address (站点地址)', name: 'stationAddress', type: 'string', default: '', placeholder: 'e.g. 湖北省武汉市东西湖区新城十六路88号' },
				{ displayName: 'Contact Name (站点联系人)', name: 'stationUser', type: 'string', default: '', placeholder: 'e.g. 张大三' },
				{ displayName: 'Contact Phone (站点联系电话)', name: 'stationMobile', type: 'string', default: '', placeholder: 'e.g. 13277788817' },
				{
					displayName: 'Latitude (站点地址纬度)',
					name: 'stationLat',
					type: 'string',
					default: '',
					placeholder: 'e.g. 32.614137',
					description: 'Decimal degrees, sent as text',
				},
				{
					displayName: 'Longitude (站点地址经度)',
					name: 'stationLng',
					type: 'string',
					default: '',
					placeholder: 'e.g. 113.461238',
					description: 'Decimal degrees, sent as text',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [encryptOption],
		},
	];

	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const values = new ZeyiValues(new Validator(this.getNode(), i));
		const code = values.text('Maintenance Code (code)', this.getNodeParameter('code', i, ''), true)!;
		const flag = values.flag(`${flagLabel.replace(/ \(.*\)$/, '')} (${kind.flagField})`, this.getNodeParameter('flag', i, true));
		const station = this.getNodeParameter('station', i, {}) as IDataObject;
		let reason: string | undefined;
		let expectTime: string | undefined;
		if (flag) {
			expectTime = values.timestamp(`Expected ${kind.noun === 'repair' ? 'Repair' : 'Maintenance'} Time (${kind.timeField})`, this.getNodeParameter('expectTime', i, ''));
		} else {
			reason = values.text('Reason (reason)', this.getNodeParameter('reason', i, ''), true);
		}
		const body = compact({
			code,
			[kind.flagField]: flag,
			[kind.timeField]: expectTime,
			reason,
			stationUser: values.text('Station Contact Name (stationUser)', station.stationUser),
			stationMobile: values.validator.telephone('Station Contact Phone (stationMobile)', values.text('Station Contact Phone (stationMobile)', station.stationMobile)),
			stationAddress: values.text('Station Address (stationAddress)', station.stationAddress),
			stationLng: values.coordinate('Station Longitude (stationLng)', station.stationLng, 'lng'),
			stationLat: values.coordinate('Station Latitude (stationLat)', station.stationLat, 'lat'),
		});
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const envelope = await zeyiRequest.call(this, {
			path: kind.path,
			body: stringifyExact(body),
			itemIndex: i,
			encrypt: await wantsEncryption.call(this, options, i),
		});
		return successItem(envelope, body as IDataObject);
	}

	return { description: showFor(kind.resource, 'confirm', properties), execute };
}
