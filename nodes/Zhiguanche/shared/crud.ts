/**
 * The operations every CRUD resource of the contract has (get, get many, create, update, delete, upsert),
 * built from its ResourceSpec. Each `actions/<resource>/<operation>.operation.ts` is one of these.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { locatorValue, returnAllAndLimit, showFor } from '../../common/fields';
import { outputProperties, shapeOutput } from '../../common/output';
import type { OperationModule } from '../../common/router';
import { Validator } from '../../common/validation';
import { zgcData } from '../transport';
import { fieldLabel, readFields, requireFields, toProperty, type ZgcField } from './fields';
import { findBy, listRecords, outerIdIndex, readPaging } from './list';
import type { ResourceSpec } from './resources';
import { createRecord, differences } from './write';

const recordPath = (spec: ResourceSpec, id: string) => `${spec.path}/${encodeURIComponent(id)}`;

/** The record id of the resource locator, required. */
export function readId(context: IExecuteFunctions, v: Validator, locator: INodeProperties, i: number): string {
	return v.required(fieldLabel(locator), locatorValue(context.getNodeParameter(locator.name, i)).value);
}

const collection = (name: string, displayName: string, fields: ZgcField[], placeholder = 'Add Field'): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder,
	default: {},
	options: fields.map((f) => toProperty(f)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
});

function readRequired(context: IExecuteFunctions, spec: ResourceSpec, i: number): IDataObject {
	const values: IDataObject = {};
	for (const field of spec.required) values[field.name] = context.getNodeParameter(field.name, i, '') as IDataObject[string];
	return values;
}

/** n8n's Simplify option (and the tool's Output choice), for resources whose records have more than 10 fields. */
const simplifyProperty = (spec: ResourceSpec): INodeProperties[] => (spec.output ? outputProperties(spec.output) : []);

/** The record as the Simplify / Output settings ask. */
function simplified(context: IExecuteFunctions, spec: ResourceSpec, i: number) {
	return spec.output ? shapeOutput(context, i, spec.output) : (record: IDataObject) => record;
}

export function getOperation(spec: ResourceSpec): OperationModule {
	return {
		description: showFor(spec.resource, 'get', [spec.locator, ...simplifyProperty(spec)]),
		async execute(this: IExecuteFunctions, i: number) {
			const id = readId(this, new Validator(this.getNode(), i), spec.locator, i);
			return simplified(this, spec, i)(await zgcData.call(this, { method: 'GET', path: recordPath(spec, id), itemIndex: i }));
		},
	};
}

export function getManyOperation(spec: ResourceSpec): OperationModule {
	return {
		description: showFor(spec.resource, 'getMany', [
			...returnAllAndLimit(),
			collection('filters', 'Filters', spec.filters, 'Add Filter'),
			...simplifyProperty(spec),
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const v = new Validator(this.getNode(), i);
			const qs = readFields(v, spec.filters, this.getNodeParameter('filters', i, {}) as IDataObject);
			return (await listRecords.call(this, { path: spec.path, qs, itemIndex: i, ...readPaging(this, i) })).map(simplified(this, spec, i));
		},
	};
}

export function createOperation(spec: ResourceSpec): OperationModule {
	return {
		description: showFor(spec.resource, 'create', [
			...spec.required.map((f) => toProperty(f, true)),
			collection('additionalFields', 'Additional Fields', spec.optional),
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const v = new Validator(this.getNode(), i);
			const fields = [...spec.required, ...spec.optional];
			const values = { ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject), ...readRequired(this, spec, i) };
			const body = readFields(v, fields, values);
			requireFields(v, spec.required, body);
			return await createRecord.call(this, spec.path, body, i);
		},
	};
}

export function updateOperation(spec: ResourceSpec): OperationModule {
	const fields = [...spec.required, ...spec.optional, ...(spec.updateOnly ?? [])];
	return {
		description: showFor(spec.resource, 'update', [spec.locator, collection('updateFields', 'Update Fields', fields)]),
		async execute(this: IExecuteFunctions, i: number) {
			const v = new Validator(this.getNode(), i);
			const id = readId(this, v, spec.locator, i);
			const body = readFields(v, fields, this.getNodeParameter('updateFields', i, {}) as IDataObject);
			if (Object.keys(body).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
			return await zgcData.call(this, { method: 'PUT', path: recordPath(spec, id), body, itemIndex: i });
		},
	};
}

export function deleteOperation(spec: ResourceSpec): OperationModule {
	return {
		description: showFor(spec.resource, 'delete', [spec.locator]),
		async execute(this: IExecuteFunctions, i: number) {
			const id = readId(this, new Validator(this.getNode(), i), spec.locator, i);
			await zgcData.call(this, { method: 'DELETE', path: recordPath(spec, id), itemIndex: i });
			// n8n's convention for deletes: `deleted: true` (with the ID, whatever ZhiGuanChe's data holds).
			return { id, deleted: true };
		},
	};
}

/** Resolves reference fields given as outer IDs (Parent Outer ID → parentId) into the body. */
async function resolveRefs(context: IExecuteFunctions, v: Validator, refs: ZgcField[], values: IDataObject, body: IDataObject, i: number) {
	for (const field of refs) {
		const outer = values[field.name];
		if (!field.ref || outer === undefined || outer === '') continue;
		const found = await findBy.call(context, field.ref.path, 'outerId', String(outer).trim(), i);
		if (!found) v.fail(fieldLabel(field), `names no ${field.ref.noun} in ZhiGuanChe (no ${field.ref.noun} has Outer ID "${String(outer)}")`);
		body[field.ref.into] = String(found.id);
	}
}

/** A dropdown an outer-ID reference can stand in for lists that choice first (loadOptions `<method>OrOuterId`). */
function standIn(property: INodeProperties): INodeProperties {
	const method = property.typeOptions?.loadOptionsMethod;
	return method ? { ...property, typeOptions: { ...property.typeOptions, loadOptionsMethod: `${method}OrOuterId` } } : property;
}

/**
 * Upsert Many: one record per input item, matched by its Outer ID — created when new, updated with only the
 * fields that differ, left alone when equal. Output `upsert`: created / updated / unchanged.
 */
export function upsertOperation(spec: ResourceSpec): OperationModule {
	const fields = [...spec.required, ...spec.optional.filter((f) => f.name !== 'outerId'), ...(spec.updateOnly ?? [])];
	const refs = spec.upsertRefs ?? [];
	return {
		description: showFor(spec.resource, 'upsertMany', [
			{
				displayName: 'Outer ID (外部编号)',
				name: 'outerId',
				type: 'string',
				required: true,
				default: '',
				description: 'Your system\'s ID for the record: the key the upsert matches on',
			},
			// A field an outer-ID reference can stand in for (Department ↔ Department Outer ID) is not required here.
			...spec.required.map((f) => (refs.some((ref) => ref.ref?.into === f.name) ? standIn(toProperty(f)) : toProperty(f, true))),
			collection('additionalFields', 'Additional Fields', [...fields.filter((f) => !spec.required.includes(f)), ...refs]),
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const v = new Validator(this.getNode(), i);
			const outerId = v.required('Outer ID (outerId)', String(this.getNodeParameter('outerId', i, '')).trim());
			const values = { ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject), ...readRequired(this, spec, i) };
			const body = readFields(v, fields, values);
			const given = refs.filter((ref) => values[ref.name] !== undefined && values[ref.name] !== '');
			for (const ref of given) {
				if (body[ref.ref!.into] !== undefined) v.fail(fieldLabel(ref), `and ${ref.ref!.into} are both set: use one`);
			}
			requireFields(v, spec.required.filter((f) => !given.some((ref) => ref.ref!.into === f.name)), body);
			await resolveRefs(this, v, given, values, body, i);
			// Many items: the whole list once, matched here; few: one exact lookup per item.
			const index = await outerIdIndex.call(this, spec.path, i);
			const existing = index ? index.get(outerId) : await findBy.call(this, spec.path, 'outerId', outerId, i);
			if (!existing) {
				const created = await createRecord.call(this, spec.path, { ...body, outerId }, i);
				index?.set(outerId, created);
				return { ...created, upsert: created.created === false ? 'unchanged' : 'created' };
			}
			const changes = differences(body, existing);
			if (changes.length === 0) return { ...existing, upsert: 'unchanged' };
			const patch = Object.fromEntries(changes.map((key) => [key, body[key]])) as IDataObject;
			const updated = await zgcData.call(this, { method: 'PUT', path: recordPath(spec, String(existing.id)), body: patch, itemIndex: i });
			index?.set(outerId, { ...existing, ...updated });
			return { ...updated, upsert: 'updated', changed: changes };
		},
	};
}
