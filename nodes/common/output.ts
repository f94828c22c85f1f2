import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * n8n's UX guidelines for answers of more than 10 fields: a "Simplify" switch on the node (on by default, at most
 * 10 fields), and for the node used as an AI-agent tool an "Output" choice: simplified, raw, or selected fields
 * (the ID always included). `@tool` is the display condition n8n evaluates for a node's tool variant.
 */
export interface OutputShape {
	/** The record's ID field: always in the output of Selected Fields. */
	id: string;
	/** The fields Simplify keeps (at most 10, the most used first). */
	simple: string[];
	/** Every top-level field of the vendor's record, for Selected Fields. */
	fields: string[];
	/** Builds the simplified record (default: `simple` picked from the record, in that order). */
	simplify?: (record: IDataObject) => IDataObject;
	/** Turns the vendor's envelope into the record that Simplify and Selected Fields read (Raw keeps the envelope). */
	prepare?: (record: IDataObject) => IDataObject;
}

function pick(record: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	return out;
}

/** Simplify (regular node) + Output and Fields (tool variant) for one read operation. */
export function outputProperties(shape: OutputShape): INodeProperties[] {
	const simple = shape.simple.join(', ');
	return [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			displayOptions: { hide: { '@tool': [true] } },
			description: `Whether to return a simplified version of the response instead of the raw data (${simple})`,
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'simple',
			displayOptions: { show: { '@tool': [true] } },
			options: [
				{ name: 'Simplified', value: 'simple', description: `The main fields: ${simple}` },
				{ name: 'Raw', value: 'raw', description: 'Every field the vendor returns' },
				{ name: 'Selected Fields', value: 'selected', description: `Only the fields chosen below, and always ${shape.id}` },
			],
		},
		{
			displayName: 'Fields',
			name: 'outputFields',
			type: 'multiOptions',
			default: [],
			displayOptions: { show: { '@tool': [true], output: ['selected'] } },
			options: [...shape.fields].sort((a, b) => a.localeCompare(b)).map((field) => ({ name: field, value: field })),
			description: `The fields to return (${shape.id} is always included)`,
		},
	];
}

/** Whether this node runs as an AI-agent tool (n8n names the tool variant `<type>Tool`). */
export function runsAsTool(context: IExecuteFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

/** The record as the item's output settings ask: simplified (the default), raw, or the selected fields. */
export function shapeOutput(context: IExecuteFunctions, i: number, shape: OutputShape): (record: IDataObject) => IDataObject {
	const prepare = shape.prepare ?? ((record: IDataObject) => record);
	const simplify = shape.simplify ?? ((record: IDataObject) => pick(record, shape.simple));
	const simplified = (record: IDataObject) => simplify(prepare(record));
	const raw = (record: IDataObject) => record;
	if (!runsAsTool(context)) return (context.getNodeParameter('simplify', i, true) as boolean) ? simplified : raw;
	const mode = context.getNodeParameter('output', i, 'simple') as string;
	if (mode === 'raw') return raw;
	if (mode !== 'selected') return simplified;
	const chosen = context.getNodeParameter('outputFields', i, []) as string[];
	// The ID chosen again changes nothing: pick writes each key once, the ID first.
	const keys = [shape.id, ...chosen];
	return (record: IDataObject) => pick(prepare(record), keys);
}
