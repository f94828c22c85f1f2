import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { hoseRequest, valueOf } from '../../transport';

function properties(): INodeProperties[] {
	const field = (displayName: string, name: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: `={{ $json.${name} }}`,
		required: true,
		description,
	});
	return [
		field('Sign Key (signKey)', 'signKey', 'The signKey of the EBot message (from the Hose Trigger)'),
		field('Flow ID (flowId)', 'flowId', 'The document waiting at the EBot node'),
		field('Node ID (nodeId)', 'nodeId', 'The EBot node of the message'),
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'Shown in the approval log' },
	];
}

/**
 * 外部服务回调审批 (`POST /api/outbound/v1/approval`): answers an EBot node. Hose reports the outcome in the body:
 * success is `value.code == "204"`, whatever the HTTP status.
 */
export function ebotOperation(action: 'accept' | 'refuse') {
	return {
		description: showFor('ebot', action, properties()),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const v = new Validator(this.getNode(), i);
			const text = (name: string, label: string) => v.required(label, String(this.getNodeParameter(name, i, '') ?? '').trim());
			const body = {
				signKey: text('signKey', 'Sign Key (signKey)'),
				flowId: text('flowId', 'Flow ID (flowId)'),
				nodeId: text('nodeId', 'Node ID (nodeId)'),
				action,
				comment: String(this.getNodeParameter('comment', i, '') ?? ''),
			};
			const answer = valueOf<IDataObject>(await hoseRequest.call(this, { method: 'POST', path: '/api/outbound/v1/approval', body, itemIndex: i }));
			const code = String(answer?.code ?? '');
			if (code !== '204') {
				throw new NodeApiError(
					this.getNode(),
					{ code, message: String(answer?.message ?? '') },
					{
						message: `Hose EBot error ${code || '(no code)'}: ${String(answer?.message ?? 'the callback was not accepted')}`,
						description:
							code === '403'
								? 'The signKey does not match this EBot message.'
								: code === '412'
									? 'The document is no longer at this EBot node (already answered, or the flow moved on).'
									: 'Hose did not answer value.code "204" — the EBot node was not answered.',
						itemIndex: i,
					},
				);
			}
			return { flowId: body.flowId, nodeId: body.nodeId, action, answered: true, code };
		},
	};
}
