/**
 * Parameter blocks every trigger node repeats: the setup notice, the event list, the Options collection and
 * the options several triggers offer (Max Age, IP allow-list, Trust X-Forwarded-For, Redelivery Window).
 * Names, types and defaults are fixed here; the texts stay in each trigger (they name the vendor's terms).
 * The Inbound Verification block is `inboundAuthProperties` (inboundAuth.ts).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The notice at the top of a trigger: how to give the vendor the Production URL. */
export const setupNotice = (text: string): INodeProperties => ({
	displayName: text,
	name: 'setupNotice',
	type: 'notice',
	default: '',
});

export interface EventsPropertyOptions {
	/** Parameter name (default `events`). */
	name?: string;
	displayName?: string;
	options: INodePropertyOptions[];
	default: string[];
	required?: boolean;
	description: string;
}

/** The multi-select of events (or APIs) that start the workflow. */
export function eventsProperty(options: EventsPropertyOptions): INodeProperties {
	const property: INodeProperties = {
		displayName: options.displayName ?? 'Events',
		name: options.name ?? 'events',
		type: 'multiOptions',
		default: [],
		options: options.options,
		description: options.description,
	};
	// The trigger's default (the lint wants a literal one above).
	property.default = options.default;
	if (options.required) property.required = true;
	return property;
}

/** The trigger's `options` collection ("Add Option"). */
export const triggerOptions = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options,
});

/** Option `maxAgeSeconds`: the timestamp window the pipeline checks (±, default 300 s). */
export const maxAgeOption = (options: { minValue: number; description: string }): INodeProperties => ({
	displayName: 'Max Age (Seconds)',
	name: 'maxAgeSeconds',
	type: 'number',
	default: 300,
	typeOptions: { minValue: options.minValue },
	description: options.description,
});

/** An IP allow-list option (its name is the trigger's own: existing workflows use it). */
export const allowedIpsOption = (options: {
	displayName: string;
	name: string;
	placeholder: string;
	description: string;
}): INodeProperties => ({
	displayName: options.displayName,
	name: options.name,
	type: 'string',
	default: '',
	placeholder: options.placeholder,
	description: options.description,
});

/** Option `trustForwardedFor`: take the caller IP from the first X-Forwarded-For entry. */
export const trustForwardedForOption = (description: string): INodeProperties => ({
	displayName: 'Trust X-Forwarded-For',
	name: 'trustForwardedFor',
	type: 'boolean',
	default: false,
	description,
});

/** How long a redelivered content is remembered, in hours (default 24; the name is the trigger's own). */
export const redeliveryWindowOption = (options: { name: string; description: string }): INodeProperties => ({
	displayName: 'Redelivery Window (Hours)',
	name: options.name,
	type: 'number',
	default: 24,
	typeOptions: { minValue: 1 },
	description: options.description,
});
