/** Paged query operations (Return All / Limit, filters, Act as User). */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../common/fields';
import type { OperationModule } from '../../common/router';
import { Validator } from '../../common/validation';
import { pagedList, pageParameters } from './paging';
import { actAsUserProperty, userContext } from './user';

export interface ListKind {
	resource: string;
	operation: string;
	path: string;
	/** Options of the Filters collection; their values are sent as given (trimmed text). */
	filters?: INodeProperties[];
	requireUser?: boolean;
}

export function listOperation(kind: ListKind): OperationModule {
	const properties: INodeProperties[] = [
		...returnAllAndLimit(),
		...(kind.filters?.length
			? [{ displayName: 'Filters', name: 'filters', type: 'collection' as const, placeholder: 'Add Filter', default: {}, options: kind.filters }]
			: []),
		kind.requireUser ? { ...actAsUserProperty, description: `${actAsUserProperty.description} Required here: the list belongs to that user.` } : actAsUserProperty,
	];
	return {
		description: showFor(kind.resource, kind.operation, properties),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
			const v = new Validator(this.getNode(), i);
			const body: IDataObject = { ...userContext(this, i, v, kind.requireUser) };
			const filters = kind.filters?.length ? (this.getNodeParameter('filters', i, {}) as IDataObject) : {};
			for (const [key, value] of Object.entries(filters)) if (value !== '' && value !== undefined && value !== null) body[key] = typeof value === 'string' ? value.trim() : value;
			return await pagedList(this, kind.path, body, pageParameters(this, i));
		},
	};
}
