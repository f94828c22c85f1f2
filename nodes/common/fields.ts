import type { IDataObject, IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Adds `displayOptions.show` for one resource and operation to a list of properties. */
export function showFor(resource: string, operation: string | string[], properties: INodeProperties[]): INodeProperties[] {
	const operations = Array.isArray(operation) ? operation : [operation];
	return properties.map((property) => {
		const show: IDisplayOptions['show'] = {
			...(property.displayOptions?.show ?? {}),
			resource: [resource],
			operation: operations,
		};
		return { ...property, displayOptions: { ...(property.displayOptions ?? {}), show } };
	});
}

/** Return All + Limit (default 50). */
export function returnAllAndLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** Removes empty strings, undefined and null: many vendors treat an empty value as "set to empty". */
export function compact(object: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === null || value === '') continue;
		out[key] = value;
	}
	return out;
}

/** Reads a resource-locator parameter's value (or a plain string). */
export function locatorValue(value: unknown): { mode: string; value: string } {
	if (value && typeof value === 'object' && 'value' in (value as IDataObject)) {
		const locator = value as { mode?: string; value?: unknown };
		return { mode: String(locator.mode ?? 'id'), value: String(locator.value ?? '').trim() };
	}
	return { mode: 'id', value: String(value ?? '').trim() };
}

/** The Operation dropdown of one resource. */
export function operationSelector(
	resource: string,
	defaultOperation: string,
	options: Array<{ name: string; value: string; action: string; description: string }>,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: defaultOperation,
		options,
	};
}

/**
 * One event of a trigger's Events dropdown. n8n's node panel lists a trigger's events as "On …" entries and,
 * without an `action`, lower-cases the name and splits it at dots ("EBot Node Reached" → "On e bot node
 * reached"), so each event gets its own sentence-case action. The vendor's code goes in the description.
 */
export function eventOption(name: string, value: string, description: string): { name: string; value: string; description: string; action: string } {
	const sentence = name.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
	return { name, value, description, action: `On ${sentence}` };
}
