import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../common/router';
import { recordsOf, returnAllAndLimit, showFor } from './fields';
import { didiData } from '../transport';

/**
 * A read-only reference list DiDi answers in one call (regulations, cities, roles): Return All / Limit
 * apply to the answer, optional client-side filter on a name field.
 */
export function referenceList(options: {
	resource: string;
	path: string;
	nameField: string;
	map?: (record: IDataObject) => IDataObject;
	qs?: IDataObject;
}): OperationModule {
	const properties: INodeProperties[] = [
		...returnAllAndLimit(),
		{
			displayName: 'Name Contains',
			name: 'nameContains',
			type: 'string',
			default: '',
			description: 'Only return records whose name contains this text',
		},
	];
	return {
		description: showFor(options.resource, 'getMany', properties),
		async execute(this: IExecuteFunctions, i: number) {
			const returnAll = this.getNodeParameter('returnAll', i) as boolean;
			const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
			const needle = String(this.getNodeParameter('nameContains', i, '')).trim().toLowerCase();
			const data = await didiData.call(this, { method: 'GET', path: options.path, qs: options.qs, itemIndex: i });
			let { records } = recordsOf(data);
			if (needle) records = records.filter((r) => String(r[options.nameField] ?? '').toLowerCase().includes(needle));
			records = records.slice(0, limit);
			return options.map ? records.map(options.map) : records;
		},
	};
}
