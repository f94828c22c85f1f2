import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../../../common/errors';
import { Validator } from '../../../common/validation';
import { staffDataFields, staffMatches, toStaffBody } from '../../shared/staff';
import { findStaff } from '../../shared/staffLookup';
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

const pick = (name: string) => staffDataFields.find((f) => f.name === name)!;

const NOTICE =
	'Runs once over all input items: looks up which codes exist, then batch-creates and batch-updates. One output item per input item says created, updated, unchanged or failed.';

const fields: INodeProperties[] = [
	{ ...pick('code'), required: true, description: 'The key: staff with this employee number are updated, others created' },
	{ ...pick('name'), required: true },
	pick('cellphone'),
	pick('email'),
	{
		...pick('defaultDepartment'),
		description:
			'Required to create a staff member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: staffDataFields.filter((f) => ['departments', 'note', 'userid', 'staffCustomForm'].includes(f.name)),
	},
];

interface Wanted {
	index: number;
	code: string;
	body: IDataObject;
	id?: string;
}

function readItem(this: IExecuteFunctions, i: number): Wanted {
	const v = new Validator(this.getNode(), i);
	const fields: IDataObject = {
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		code: this.getNodeParameter('code', i, ''),
		name: this.getNodeParameter('name', i, ''),
		cellphone: this.getNodeParameter('cellphone', i, ''),
		email: this.getNodeParameter('email', i, ''),
		defaultDepartment: this.getNodeParameter('defaultDepartment', i, ''),
	};
	v.required('Code (工号) (code)', String(fields.code ?? '').trim());
	v.required('Name (姓名) (name)', String(fields.name ?? '').trim());
	const body = toStaffBody(fields, v);
	return { index: i, code: String(body.code), body };
}

/** Creation needs what an update does not (新增员工: a default department; a cellphone or an e-mail). */
function creationProblem(w: Wanted): { field: string; problem: string } | undefined {
	if (!w.body.defaultDepartment) {
		return { field: 'Default Department (defaultDepartment)', problem: 'is required to create a staff member' };
	}
	if (!w.body.cellphone && !w.body.email) {
		return { field: 'Cellphone (手机号) (cellphone)', problem: 'or Email (邮箱) is required to create a staff member' };
	}
	return undefined;
}

async function upsertStaff(this: IExecuteFunctions): Promise<Outcome[]> {
	const continueOnFail = this.continueOnFail();
	const { wanted, outcomes } = readKeyedInputs(this, 'Code (工号) (code)', (i) => readItem.call(this, i));
	const batchSize = batchSizeOf(this);
	const existing = new Map<string, IDataObject>();
	for (const record of await findStaff.call(this, 'code', wanted.map((w) => w.code))) existing.set(String(record.code), record);

	const creates: Wanted[] = [];
	const updates: Wanted[] = [];
	for (const w of wanted) {
		const record = existing.get(w.code);
		const key = { code: w.code, name: w.body.name };
		if (!record) {
			const problem = creationProblem(w);
			if (problem) {
				const error = inputError(this.getNode(), problem.field, problem.problem, w.index);
				// Still before any write: without continueOnFail nothing is sent.
				if (!continueOnFail) throw error;
				outcomes[w.index] = failedOutcome(key, error);
			} else creates.push(w);
		} else if (staffMatches(record, w.body)) {
			outcomes[w.index] = okOutcome('unchanged', { ...key, id: record.id as string });
		} else {
			updates.push({ ...w, id: String(record.id) });
		}
	}

	for (const batch of chunks(creates, batchSize)) {
		const answer = await hoseRequest.call(this, {
			method: 'POST',
			path: '/api/openapi/v1.1/staffs/batch/create',
			body: { staffList: batch.map((w) => w.body) },
			accept: HOSE_REFUSALS,
		});
		const refusal = refusalOf(answer);
		if (!refusal) {
			const ids = new Map(listOf(answer).records.map((r) => [String(r.code), String(r.id)]));
			for (const w of batch) outcomes[w.index] = okOutcome('created', { code: w.code, name: w.body.name, id: ids.get(w.code) });
			continue;
		}
		// Hose refused the batch as a whole: find out which records exist now, then send the rest one by one so
		// that only the records Hose refuses fail.
		const now = new Map((await findStaff.call(this, 'code', batch.map((w) => w.code))).map((r) => [String(r.code), r]));
		for (const w of batch) {
			const key = { code: w.code, name: w.body.name };
			const record = now.get(w.code);
			if (record) {
				outcomes[w.index] = okOutcome('created', { ...key, id: String(record.id) });
				continue;
			}
			const single = await hoseRequest.call(this, {
				method: 'POST',
				path: '/api/openapi/v1.1/staffs',
				body: w.body,
				itemIndex: w.index,
				accept: HOSE_REFUSALS,
				retries: 0,
			});
			const refused = refusalOf(single);
			if (refused) outcomes[w.index] = refusedOutcome(this, w.index, key, refused);
			else {
				const value = valueOf<unknown>(single);
				outcomes[w.index] = okOutcome('created', { ...key, id: typeof value === 'string' ? value : String((value as IDataObject)?.id ?? '') });
			}
		}
	}

	for (const batch of chunks(updates, batchSize)) {
		const answer = await hoseRequest.call(this, {
			method: 'PUT',
			path: '/api/openapi/v1.1/staffs/batch/update',
			body: { staffList: batch.map((w) => ({ id: w.id, ...w.body })) },
			accept: HOSE_REFUSALS,
		});
		const refusal = refusalOf(answer);
		for (const w of batch) {
			const key = { code: w.code, name: w.body.name, id: w.id };
			if (!refusal) {
				outcomes[w.index] = okOutcome('updated', key);
				continue;
			}
			const single = await hoseRequest.call(this, {
				method: 'PUT',
				path: `/api/openapi/v1.1/staffs/update/${idSegment(w.id!)}`,
				body: w.body,
				itemIndex: w.index,
				accept: HOSE_REFUSALS,
			});
			const refused = refusalOf(single);
			outcomes[w.index] = refused ? refusedOutcome(this, w.index, key, refused) : okOutcome('updated', key);
		}
	}
	return outcomes;
}

const operation = upsertManyOperation('staff', NOTICE, fields, upsertStaff);
export const description = operation.description;
export const execute = operation.execute;
