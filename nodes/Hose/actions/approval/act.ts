import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../../../common/errors';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { listOfIds } from '../../shared/checks';
import { findStaff, requireLocator, staffLocator, type StaffKey } from '../../shared/staffLookup';
import { attempt, chunks, failedOutcome, oncePerExecution, refusedOutcome, settle, type Outcome } from '../../shared/upsert';
import { approvalBucket, HOSE_REFUSALS, hoseRequest, idListSegment, listOf, refusalOf, valueOf } from '../../transport';

/** hose.md: "batch approve ≤10 documents per call and >1 min between loops". */
export const FLOWS_PER_APPROVAL = 10;
export const DEFAULT_APPROVAL_INTERVAL_SECONDS = 61;

const ACTIONS = { approve: 'freeflow.agree', reject: 'freeflow.reject', nullify: 'freeflow.nullify' } as const;
type Verb = keyof typeof ACTIONS;

function properties(verb: Verb): INodeProperties[] {
	return [
		{
			displayName:
				'Runs once over all input items: documents are sent 10 per call, and the calls are spaced by the interval Hose requires (default 61 s) — a long run for many documents.',
			name: 'approvalNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Flow IDs',
			name: 'flowIds',
			type: 'string',
			default: '',
			required: true,
			description: 'The documents of this item (comma-separated or an array from an expression)',
		},
		{ ...staffLocator, displayName: 'Approver (审批人)', name: 'approver', description: 'The current approver the action is taken as (approveId)' },
		{
			displayName: 'Comment (备注)',
			name: 'comment',
			type: 'string',
			default: '',
			required: verb === 'reject',
			description: verb === 'reject' ? 'Why the document is rejected (Hose requires it)' : 'Optional comment in the approval log',
		},
		...(verb === 'reject'
			? ([
					{
						displayName: 'Resubmit Method (驳回后再次提交)',
						name: 'resubmitMethod',
						type: 'options',
						default: 'FROM_START',
						options: [
							{ name: 'From the Start', value: 'FROM_START', description: 'When resubmitted, the document goes through every approval step again (FROM_START)' },
							{ name: 'Straight to the Rejector', value: 'TO_REJECTOR', description: 'When resubmitted, the document goes straight to the approver who rejected it (TO_REJECTOR)' },
						],
					},
				] as INodeProperties[])
			: []),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Interval Between Calls (Seconds)',
					name: 'intervalSeconds',
					type: 'number',
					default: DEFAULT_APPROVAL_INTERVAL_SECONDS,
					typeOptions: { minValue: 0 },
					description: 'Pause between two approval calls of this credential (Hose: more than 1 minute)',
				},
			],
		},
	];
}

interface Request {
	index: number;
	flowIds: string[];
	approveId: string;
	comment: string;
	resubmitMethod?: string;
}

async function approverId(this: IExecuteFunctions, i: number, v: Validator): Promise<string> {
	const { mode, value } = requireLocator(v, 'Approver (审批人) (approver)', this.getNodeParameter('approver', i));
	if (mode === 'id') return value;
	const [found] = await findStaff.call(this, mode as StaffKey, [value], i);
	if (!found) v.fail('Approver (审批人) (approver)', `is no active Hose staff member with ${mode} "${value}"`);
	return String(found.id);
}

async function run(this: IExecuteFunctions, verb: Verb): Promise<Outcome[]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const outcomes: Outcome[] = new Array(items.length);
	const requests: Request[] = [];
	for (let i = 0; i < items.length; i++) {
		const read = attempt(this, i, () => {
			const v = new Validator(this.getNode(), i);
			const flowIds = listOfIds(this.getNodeParameter('flowIds', i));
			if (flowIds.length === 0) v.fail('Flow IDs (flowIds)', 'is required');
			const comment = String(this.getNodeParameter('comment', i, '') ?? '').trim();
			if (verb === 'reject' && !comment) v.fail('Comment (备注) (comment)', 'is required to reject');
			return { v, flowIds, comment, resubmitMethod: verb === 'reject' ? String(this.getNodeParameter('resubmitMethod', i, 'FROM_START')) : undefined };
		});
		if ('error' in read) {
			if (!continueOnFail) throw read.error;
			outcomes[i] = failedOutcome({ flowIds: listOfIds(this.getNodeParameter('flowIds', i, '')) }, read.error);
			continue;
		}
		requests.push({ index: i, flowIds: read.value.flowIds, approveId: await approverId.call(this, i, read.value.v), comment: read.value.comment, resubmitMethod: read.value.resubmitMethod });
	}
	const seconds = Number(this.getNodeParameter('options.intervalSeconds', 0, DEFAULT_APPROVAL_INTERVAL_SECONDS));
	const bucket = approvalBucket(Math.max(0, Number.isFinite(seconds) ? seconds : DEFAULT_APPROVAL_INTERVAL_SECONDS) * 1000);

	// Documents not in approval would make Hose refuse the whole call: read their states first (not paced).
	const allIds = [...new Set(requests.flatMap((r) => r.flowIds))];
	const states = new Map<string, string>();
	for (const part of chunks(allIds, 100)) {
		const body = await hoseRequest.call(this, { method: 'GET', path: `/api/openapi/v2/approveStates/${idListSegment(part)}` });
		for (const s of listOf(body).records) states.set(String(s.flowId), String(s.state));
	}
	const ready: Request[] = [];
	for (const r of requests) {
		const blocked = r.flowIds.filter((id) => states.get(id) !== 'approving');
		if (blocked.length) {
			const reason = blocked.map((id) => `${id} is ${states.get(id) ?? 'unknown'}`).join(', ');
			outcomes[r.index] = failedOutcome({ flowIds: r.flowIds }, inputError(this.getNode(), 'Flow IDs (flowIds)', `are not all in approval (${reason})`, r.index));
		} else ready.push(r);
	}
	if (!continueOnFail) {
		const failed = outcomes.find((o) => o && o.status === 'failed');
		if (failed?.error) throw failed.error;
	}

	// Items with the same approver and comment share calls of ≤ 10 documents.
	const groups = new Map<string, Request[]>();
	for (const r of ready) {
		const key = JSON.stringify([r.approveId, r.comment, r.resubmitMethod]);
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const results = new Map<number, IDataObject[]>();
	const refused = new Map<number, { code: string; message: string }>();
	for (const group of groups.values()) {
		const slots = group.flatMap((r) => r.flowIds.map((flowId) => ({ r, flowId })));
		for (const part of chunks(slots, FLOWS_PER_APPROVAL)) {
			const first = part[0].r;
			const answer = await hoseRequest.call(this, {
				method: 'POST',
				path: `/api/openapi/v1/backlog/data/${idListSegment(part.map((s) => s.flowId))}`,
				qs: { messageCode: 'debug', powerCode: 'TICKET_AUDIT_switch' },
				body: {
					approveId: first.approveId,
					action: { name: ACTIONS[verb], comment: first.comment, ...(first.resubmitMethod ? { resubmitMethod: first.resubmitMethod } : {}) },
				},
				itemIndex: first.index,
				bucket,
				accept: HOSE_REFUSALS,
				retries: 0,
			});
			const refusal = refusalOf(answer);
			for (const s of part) {
				if (refusal) refused.set(s.r.index, refusal);
				else results.set(s.r.index, [...(results.get(s.r.index) ?? []), { flowId: s.flowId, call: valueOf<IDataObject>(answer) }]);
			}
		}
	}
	for (const r of ready) {
		const refusal = refused.get(r.index);
		outcomes[r.index] = refusal
			? refusedOutcome(this, r.index, { flowIds: r.flowIds }, refusal)
			: { status: 'done', json: { status: 'done', action: ACTIONS[verb], approveId: r.approveId, flowIds: r.flowIds, results: results.get(r.index) ?? [] } };
	}
	return outcomes;
}

export function approvalOperation(verb: Verb) {
	return {
		description: showFor('approval', verb, properties(verb)),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const outcomes = await oncePerExecution(this, `approval.${verb}`, () => run.call(this, verb));
			return settle(this, outcomes[i]);
		},
	};
}
