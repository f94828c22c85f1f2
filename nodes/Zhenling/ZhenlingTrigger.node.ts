import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import {
	allowedIpsOption,
	eventsProperty,
	redeliveryWindowOption,
	runTrigger,
	setupNotice,
	triggerOptions,
	trustForwardedForOption,
} from '../common/trigger';
import { ZHENLING_CALLBACK_APIS } from './shared/inbound';
import { noRegistration } from './shared/hooks';
import { zhenlingResultsTrigger } from './shared/resultsTrigger';

/**
 * Zhenling's asynchronous write results. Zhenling signs nothing (zhenling-platform.txt): the call is trusted
 * by its secret URL or a shared token, and optionally by its source IP. Redeliveries of a result are
 * acknowledged without starting the workflow again. The checks run in the shared trigger pipeline
 * (`nodes/common/trigger`, spec in `shared/resultsTrigger.ts`).
 */
export class ZhenlingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zhenling Trigger',
		name: 'zhenlingTrigger',
		icon: { light: 'file:zhenling.svg', dark: 'file:zhenling.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["apis"] || []).join(", ") || "all results"}}',
		description: 'Starts the workflow when Zhenling (甄零) reports the result of an asynchronous write (create contract, save master data …)',
		defaults: { name: 'Zhenling Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'zhenling' }],
		properties: [
			setupNotice(
				'Ask your Zhenling PM to set the Production URL above as the callback (回调) of each asynchronous API, adding ?api=<API name> when one URL serves several APIs. With Shared Token, add &token=<token> too (or have Zhenling send the X-Zhenling-Token header).',
			),
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				default: 'secretUrl',
				options: [
					{ name: 'Secret URL', value: 'secretUrl', description: "The webhook URL's random ID is the secret: keep the URL private" },
					{ name: 'Shared Token', value: 'token', description: 'Calls carry a token in the ?token= query or the X-Zhenling-Token header' },
				],
			},
			{
				displayName: 'Shared Token',
				name: 'sharedToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { authentication: ['token'] } },
				description: 'A long random value; calls without it are refused with HTTP 401 and start nothing',
			},
			eventsProperty({
				displayName: 'APIs',
				name: 'apis',
				default: [],
				options: ZHENLING_CALLBACK_APIS,
				description: 'Results of these APIs start the workflow; empty for all. Others are acknowledged and ignored.',
			}),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'all',
				options: [
					{ name: 'All Results', value: 'all' },
					{ name: 'Failures Only', value: 'failure', description: 'Code other than 0' },
					{ name: 'Successes Only', value: 'success', description: 'Code 0 (subCode SUCCESS, EXISTS …)' },
				],
			},
			triggerOptions([
				allowedIpsOption({
					displayName: 'IP Allow-List',
					name: 'ipAllowList',
					placeholder: 'e.g. 47.100.0.0/16, 203.0.113.7',
					description: "Only calls from these addresses or IPv4 ranges are accepted (ask Zhenling for its egress IPs). Empty: any.",
				}),
				trustForwardedForOption('Whether to take the caller IP from the first X-Forwarded-For entry (only behind your own reverse proxy)'),
				redeliveryWindowOption({
					name: 'dedupHours',
					description: 'A result delivered again within this window is acknowledged without starting the workflow',
				}),
			]),
		],
	};

	webhookMethods = noRegistration;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await runTrigger.call(this, zhenlingResultsTrigger);
	}
}
