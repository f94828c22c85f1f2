/**
 * How a trigger authenticates the caller — one choice per trigger node, offered by a shared parameter block:
 * the vendor's signature, a shared secret in the URL path or in a header, an IP allow-list, or none.
 */
import type { INodeProperties } from 'n8n-workflow';
import { ipAllowed, parseAllowList } from '../ipAllowList';
import { secretMatches } from '../webhook';
import type { InboundCall, Refusal } from './types';

export { ipAllowed };

/** The Inbound Verification choices; 'custom' when a spec brings its own `callerChecks`. */
export type InboundAuth = 'signature' | 'pathSecret' | 'headerSecret' | 'ipAllowList' | 'none' | 'custom';

export interface InboundAuthOptions {
	/** Option label of the vendor's signature, e.g. 'Zeyi Signature (签名)'. */
	signatureName: string;
	/** What the signature check covers, shown as the option's description. */
	signatureDescription: string;
	/** Header a shared secret is sent in by default, e.g. 'X-Zeyi-Token'. */
	secretHeader: string;
	/** The choice a new node starts with (the safe default: the vendor's signature). */
	default?: InboundAuth;
}

/**
 * A webhook path that starts with the node's Shared Secret when Inbound Verification is "Shared Secret in
 * Path": `<n8n>/webhook/<webhookId>/<secret>/<path>`, a static route n8n matches exactly (another secret gets
 * n8n's 404 and never reaches the trigger). Otherwise the path stays the vendor's literal path.
 */
export const webhookPathWithSecret = (path: string): string =>
	`={{$parameter["inboundAuth"] === "pathSecret" ? $parameter["inboundSecret"] + "/" : ""}}${path}`;

export function inboundAuthProperties(options: InboundAuthOptions): INodeProperties[] {
	const showFor = (...modes: InboundAuth[]) => ({ show: { inboundAuth: modes } });
	const properties: INodeProperties[] = [
		{
			displayName: 'Inbound Verification',
			name: 'inboundAuth',
			type: 'options',
			default: 'signature',
			options: [
				{ name: options.signatureName, value: 'signature', description: options.signatureDescription },
				{
					name: 'Shared Secret in Path',
					value: 'pathSecret',
					description: 'The URL given to the vendor carries the secret: …/webhook/ID/SECRET/…',
				},
				{ name: 'Shared Secret in Header', value: 'headerSecret', description: 'The vendor sends the secret in a header' },
				{ name: 'IP Allow-List', value: 'ipAllowList', description: "Only calls from the vendor's addresses are accepted" },
				{ name: 'None', value: 'none', description: 'Accept every call (only behind your own gateway)' },
			],
			description: 'How calls are proven to come from the vendor. Refused calls get HTTP 401 and start nothing.',
		},
		{
			displayName: 'Shared Secret',
			name: 'inboundSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: showFor('pathSecret', 'headerSecret'),
			description:
				'At least 16 characters: letters, digits and - _ . ~ (it may travel in a URL). In the path it is part of the Production URL above.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: '',
			displayOptions: showFor('headerSecret'),
			description: 'The header that carries the shared secret',
		},
		{
			displayName: 'Allowed IP Addresses',
			name: 'ipAllowList',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 203.0.113.10, 198.51.100.0/24',
			displayOptions: showFor('ipAllowList'),
			description:
				"Comma-separated addresses or IPv4 ranges (CIDR). The caller's address is n8n's request IP (behind a proxy set N8N_PROXY_HOPS).",
		},
	];
	// Vendor defaults (the lint wants literal defaults above).
	properties[0].default = options.default ?? 'signature';
	properties[2].default = options.secretHeader;
	return properties;
}

export interface InboundAuthSettings {
	mode: InboundAuth;
	secret: string;
	secretHeader: string;
	ipAllowList: string;
}

/**
 * One check of the caller: a Refusal (status + message, answered in the vendor's envelope), or undefined when
 * the caller passes. A spec's `callerChecks` returns several; all must pass, the first refusal wins.
 */
export type CallerCheck = (call: InboundCall) => Refusal | undefined;

export interface SecretCheckOptions {
	/** The form a configured secret must have (default: 16+ letters, digits, - _ . ~); null: any non-empty value. */
	format?: RegExp | null;
	/** Status and message of a missing or wrong secret (default 401 'shared secret missing or wrong'). */
	status?: number;
	message?: string;
	/** Status and message when the configured secret lacks that form (default 401; the call is never matched). */
	misconfiguredStatus?: number;
	misconfiguredMessage?: string;
}

export interface IpCheckOptions {
	/** Take the caller from the first X-Forwarded-For entry (only behind your own proxy); default n8n's request IP. */
	trustForwardedFor?: boolean;
	/** Status and message of a caller outside the list (default 401 `caller address … is not allowed`). */
	status?: number;
	message?: (ip: string) => string;
	/** Refuse every call with this status while the list has invalid entries (default: an invalid entry matches nothing). */
	invalidStatus?: number;
	invalidMessage?: (invalid: string[]) => string;
}

const SECRET_TEXT = /^[A-Za-z0-9._~-]{16,}$/;

const first = (value: unknown): string =>
	Array.isArray(value) ? String(value[0] ?? '') : value === undefined || value === null ? '' : String(value);

const decoded = (segment: string): string => {
	try {
		return decodeURIComponent(segment);
	} catch {
		return '';
	}
};

function secretCheck(secret: string, given: (call: InboundCall) => string[], options: SecretCheckOptions): CallerCheck {
	const format = options.format === undefined ? SECRET_TEXT : options.format;
	return (call) => {
		if (!secret || (format && !format.test(secret))) {
			return {
				refuse:
					options.misconfiguredMessage ??
					'receiver has no shared secret of at least 16 characters (letters, digits, - _ . ~) configured',
				status: options.misconfiguredStatus ?? 401,
			};
		}
		if (given(call).some((value) => secretMatches(value, secret))) return undefined;
		return { refuse: options.message ?? 'shared secret missing or wrong', status: options.status ?? 401 };
	};
}

/** Builders of caller checks, for a spec's `callerChecks` (and behind the Inbound Verification choice). */
export const callerChecks = {
	/** A path segment (URL-decoded) equals the secret. */
	pathSecret: (secret: string, options: SecretCheckOptions = {}): CallerCheck =>
		secretCheck(secret, (call) => call.path.split('/').map(decoded), options),
	/** A header and/or a query parameter carries the secret (either place matches). */
	token: (secret: string, where: { header?: string; query?: string }, options: SecretCheckOptions = {}): CallerCheck =>
		secretCheck(
			secret,
			(call) => [where.header ? call.header(where.header) : '', where.query ? first(call.query[where.query]) : ''],
			options,
		),
	/** The caller's address is in the allow-list (exact IPv4/IPv6 or IPv4 CIDR); an empty list allows nobody. */
	ipAllowList: (list: string, options: IpCheckOptions = {}): CallerCheck => {
		const { entries, invalid } = parseAllowList(list);
		return (call) => {
			if (invalid.length && options.invalidStatus !== undefined) {
				const refuse = options.invalidMessage?.(invalid) ?? `allow-list has invalid entries: ${invalid.join(', ')}`;
				return { refuse, status: options.invalidStatus };
			}
			const forwarded = options.trustForwardedFor ? call.header('x-forwarded-for').split(',')[0].trim() : '';
			const ip = forwarded || call.ip;
			if (ipAllowed(ip, entries)) return undefined;
			return { refuse: options.message?.(ip) ?? `caller address ${ip || '(unknown)'} is not allowed`, status: options.status ?? 401 };
		};
	},
};

/** The checks behind an Inbound Verification choice other than the vendor's signature. */
export function checksFor(settings: InboundAuthSettings): CallerCheck[] {
	switch (settings.mode) {
		case 'pathSecret':
			return [callerChecks.pathSecret(settings.secret)];
		case 'headerSecret':
			return [callerChecks.token(settings.secret, { header: settings.secretHeader })];
		case 'ipAllowList':
			return [callerChecks.ipAllowList(settings.ipAllowList)];
		case 'none':
			return [];
		default:
			return [() => ({ refuse: 'unsupported inbound verification', status: 401 })];
	}
}

/** The first refusal of `checks`, or undefined when the caller passes all of them. */
export const firstRefusal = (call: InboundCall, checks: CallerCheck[]): Refusal | undefined => {
	for (const check of checks) {
		const refused = check(call);
		if (refused) return refused;
	}
	return undefined;
};

/**
 * Checks the caller for every choice except the vendor's signature (the trigger's own check). Returns the
 * refusal message, or undefined when the caller is accepted.
 */
export const checkCaller = (call: InboundCall, settings: InboundAuthSettings): string | undefined =>
	firstRefusal(call, checksFor(settings))?.refuse;
