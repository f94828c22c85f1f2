import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../../../common/errors';
import { Validator } from '../../../common/validation';
import { checkCode } from '../../shared/checks';
import { allDepartments, departmentExtraFields, toDepartmentBody } from '../../shared/department';
import {
	batchSizeOf,
	chunks,
	failedOutcome,
	okOutcome,
	readKeyedInputs,
	refusedOutcome,
	type Outcome,
	upsertManyOperation,
} from '../../shared/upsert';
import { HOSE_REFUSALS, hoseRequest, idSegment, listOf, refusalOf, valueOf } from '../../transport';

const NOTICE =
	'Runs once over all input items: reads the department list, creates new departments in batches (parents before children, also within this input) and updates changed ones. One output item per input item.';

const fields: INodeProperties[] = [
	{ displayName: 'Code (部门编码)', name: 'code', type: 'string', default: '', required: true, description: 'The key: a department with this code is updated, otherwise one is created' },
	{ displayName: 'Name (部门名称)', name: 'name', type: 'string', default: '', required: true },
	{
		displayName: 'Parent By',
		name: 'parentBy',
		type: 'options',
		default: 'code',
		options: [
			{ name: 'Parent Code (上级部门编码)', value: 'code' },
			{ name: 'Parent ID (上级部门ID)', value: 'id' },
		],
	},
	{
		displayName: 'Parent',
		name: 'parent',
		type: 'string',
		default: '',
		description: 'The parent department’s code or ID; empty = top level (directly under the company)',
	},
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: departmentExtraFields },
];

interface Wanted {
	index: number;
	code: string;
	body: IDataObject;
	parentBy: 'code' | 'id';
	parent: string;
	id?: string;
}

const sameForm = (a: unknown, b: unknown) => {
	const x = (a ?? {}) as IDataObject;
	return Object.entries((b ?? {}) as IDataObject).every(([k, v]) => String(x[k] ?? '') === String(v ?? ''));
};

function readItem(this: IExecuteFunctions, i: number): Wanted {
	const v = new Validator(this.getNode(), i);
	const code = checkCode(v, 'Code (部门编码) (code)', this.getNodeParameter('code', i, ''), true)!;
	const body = toDepartmentBody(
		v,
		{ ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject), name: this.getNodeParameter('name', i, ''), code },
		{ requireName: true },
	);
	const parentBy = this.getNodeParameter('parentBy', i, 'code') as 'code' | 'id';
	const parent = String(this.getNodeParameter('parent', i, '') ?? '').trim();
	if (parentBy === 'code' && parent === code) v.fail('Parent', `must not be the department itself ("${code}")`);
	return { index: i, code, body, parentBy, parent };
}

async function upsertDepartments(this: IExecuteFunctions): Promise<Outcome[]> {
	const { wanted, outcomes, firstByCode } = readKeyedInputs(this, 'Code (部门编码) (code)', (i) => readItem.call(this, i));
	const batchSize = batchSizeOf(this);
	const existing = await allDepartments.call(this);
	// Codes of disabled departments may be reused (新增部门): the key matches active departments first.
	const byCode = new Map<string, IDataObject>();
	for (const d of existing) {
		const code = String(d.code ?? '');
		if (code && (!byCode.has(code) || d.active !== false)) byCode.set(code, d);
	}
	const ids = new Set(existing.map((d) => String(d.id)));
	// "No parent" = directly under the company: the root department (the one without a parent) when listed.
	const rootId = String(existing.find((d) => !d.parentId)?.id ?? '');
	const parentIdOf = (w: Wanted): string | undefined => {
		if (!w.parent) return rootId;
		if (w.parentBy === 'id') return ids.has(w.parent) ? w.parent : undefined;
		const p = byCode.get(w.parent);
		return p ? String(p.id) : undefined;
	};

	const updates: Wanted[] = [];
	let pending: Wanted[] = [];
	for (const w of wanted) {
		const record = byCode.get(w.code);
		if (record) updates.push({ ...w, id: String(record.id) });
		else pending.push(w);
	}

	// Creates in waves: a department whose parent is created in this run waits for the wave that creates it.
	while (pending.length) {
		const ready = pending.filter((w) => parentIdOf(w) !== undefined);
		if (ready.length === 0) break;
		pending = pending.filter((w) => parentIdOf(w) === undefined);
		for (const batch of chunks(ready, batchSize)) {
			const bodies = batch.map((w) => ({ code: w.code, ...w.body, parentId: parentIdOf(w) }));
			const answer = await hoseRequest.call(this, {
				method: 'POST',
				path: '/api/openapi/v1/departments/batch/create',
				body: { departmentList: bodies },
				accept: HOSE_REFUSALS,
			});
			const refusal = refusalOf(answer);
			const created = new Map<string, IDataObject>();
			if (!refusal) for (const r of listOf(answer).records) created.set(String(r.code), r);
			else {
				// Refused as a whole: read which ones exist now, then send the others one by one.
				const now = await allDepartments.call(this);
				const before = new Set(existing.map((d) => String(d.id)));
				for (const d of now) if (!before.has(String(d.id)) && d.code) created.set(String(d.code), d);
			}
			for (const [k, w] of batch.entries()) {
				let record = created.get(w.code);
				if (!record && refusal) {
					const single = await hoseRequest.call(this, {
						method: 'POST',
						path: '/api/openapi/v1/departments',
						body: bodies[k],
						itemIndex: w.index,
						accept: HOSE_REFUSALS,
						retries: 0,
					});
					const refused = refusalOf(single);
					if (refused) {
						outcomes[w.index] = refusedOutcome(this, w.index, { code: w.code, name: w.body.name }, refused);
						continue;
					}
					record = valueOf(single);
				}
				if (!record) {
					outcomes[w.index] = refusedOutcome(this, w.index, { code: w.code, name: w.body.name }, { code: 'unexpected', message: 'Hose did not return the created department' });
					continue;
				}
				byCode.set(w.code, record);
				ids.add(String(record.id));
				outcomes[w.index] = okOutcome('created', { code: w.code, name: w.body.name, id: String(record.id), parentId: bodies[k].parentId });
			}
		}
	}
	for (const w of pending) {
		const parentItem = w.parentBy === 'code' ? firstByCode.get(w.parent) : undefined;
		const problem =
			parentItem !== undefined
				? `"${w.parent}" was not created (item ${parentItem} failed), so this department cannot be created under it`
				: `"${w.parent}" is no Hose department ${w.parentBy === 'code' ? 'code' : 'ID'}, and no item of this input creates it`;
		const error = inputError(this.getNode(), 'Parent', problem, w.index);
		outcomes[w.index] = failedOutcome({ code: w.code, name: w.body.name }, error);
	}

	// Hose has no batch update for departments: changed ones are updated one by one.
	for (const w of updates) {
		const current = byCode.get(w.code)!;
		const parentId = parentIdOf(w);
		const key = { code: w.code, name: w.body.name, id: w.id };
		if (parentId === undefined) {
			const error = inputError(this.getNode(), 'Parent', `"${w.parent}" is no Hose department ${w.parentBy === 'code' ? 'code' : 'ID'}`, w.index);
			outcomes[w.index] = failedOutcome(key, error);
			continue;
		}
		const body: IDataObject = { code: w.code, name: w.body.name, parentId, ...w.body };
		const unchanged =
			String(current.name ?? '') === String(body.name) &&
			String(current.parentId ?? '') === parentId &&
			(body.form === undefined || sameForm(current.form, body.form)) &&
			(body.order === undefined || Number(current.order ?? 0) === Number(body.order));
		if (unchanged) {
			outcomes[w.index] = okOutcome('unchanged', key);
			continue;
		}
		const answer = await hoseRequest.call(this, {
			method: 'PUT',
			path: `/api/openapi/v1/departments/update/${idSegment(w.id!)}`,
			body,
			itemIndex: w.index,
			accept: HOSE_REFUSALS,
		});
		const refused = refusalOf(answer);
		outcomes[w.index] = refused ? refusedOutcome(this, w.index, key, refused) : okOutcome('updated', { ...key, parentId });
	}
	return outcomes;
}

const operation = upsertManyOperation('department', NOTICE, fields, upsertDepartments);
export const description = operation.description;
export const execute = operation.execute;
