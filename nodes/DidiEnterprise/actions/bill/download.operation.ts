import { NodeApiError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import type { VendorResponse } from '../../../common/types';
import { Validator } from '../../../common/validation';
import { bytesOf, envelopeOfBytes, fileNameOf, mimeTypeOf } from '../../shared/download';
import { showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { billIdField, businessLineField } from './fields';

export const description = showFor('bill', 'download', [
	billIdField,
	businessLineField('businessLine', [1, 100], { description: 'DiDi offers bill files for ride-hailing and taxi bills (网约车、出租车账单下载)' }),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData> {
	const v = new Validator(this.getNode(), i);
	const billId = v.required('Bill ID (bill_id)', String(this.getNodeParameter('billId', i, '')).trim());
	const businessType = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 100]);
	const field = v.required('Put Output File in Field (binaryPropertyName)', String(this.getNodeParameter('binaryPropertyName', i, 'data')).trim());
	const response = (await didiRequest.call(this, {
		method: 'GET',
		path: '/river/Bill/download',
		qs: { bill_id: billId, business_type: businessType },
		encoding: 'arraybuffer',
		raw: true,
		itemIndex: i,
	})) as unknown as VendorResponse;
	const bytes = bytesOf(response.body);
	if (!bytes || envelopeOfBytes(bytes)) {
		// errno 0 in JSON: DiDi answered no file (refusals were already raised by the transport).
		throw new NodeApiError(this.getNode(), (envelopeOfBytes(bytes) ?? {}) as JsonObject, {
			message: 'DiDi Enterprise answered without a bill file',
			description: 'The download answered JSON instead of the file. Check the bill ID and business line (only ride-hailing and taxi bills have files).',
			itemIndex: i,
		});
	}
	const mimeType = mimeTypeOf(response.headers) ?? 'application/octet-stream';
	const fileName = fileNameOf(response.headers) ?? `didi-bill-${billId}`;
	const binary = await this.helpers.prepareBinaryData(bytes, fileName, mimeType);
	return {
		json: { bill_id: billId, business_type: businessType, file_name: fileName, mime_type: mimeType, size: bytes.length },
		binary: { [field]: binary },
	};
}
