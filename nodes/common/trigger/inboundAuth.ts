/**
 * How a trigger authenticates the caller — one choice per trigger node, offered by a shared parameter block:
 * the vendor's signature, a shared secret in the URL path or in a header, an IP allow-list, or none.
 */
import type { INodeProperties } from 'n8n-workflow';
import { safeEqual } from '../webhook';
import type { InboundCall } from './types';

export type InboundAuth = 'signature' | 'pathSecret' | 'headerSecret' | 'ipAllowList' | 'none';

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
			placeholder: '203.0.113.10, 198.51.100.0/24',
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

const SECRET_TEXT = /^[A-Za-z0-9._~-]{16,}$/;

/**
 * Checks the caller for every choice except the vendor's signature (the trigger's own check). Returns the
 * refusal message, or undefined when the caller is accepted.
 */
export function checkCaller(call: InboundCall, settings: InboundAuthSettings): string | undefined {
	switch (settings.mode) {
		case 'pathSecret':
		case 'headerSecret': {
			if (!SECRET_TEXT.test(settings.secret)) {
				return 'receiver has no shared secret of at least 16 characters (letters, digits, - _ . ~) configured';
			}
			// n8n routed a path secret already; checking the received path too keeps the check in one place.
			const given = settings.mode === 'pathSecret' ? call.path.split('/') : [call.header(settings.secretHeader)];
			return given.some((value) => value && safeEqual(value, settings.secret)) ? undefined : 'shared secret missing or wrong';
		}
		case 'ipAllowList':
			return ipAllowed(call.ip, settings.ipAllowList) ? undefined : `caller address ${call.ip || '(unknown)'} is not allowed`;
		case 'none':
			return undefined;
		default:
			return 'unsupported inbound verification';
	}
}

const normaliseIp = (ip: string): string => ip.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

const ipv4ToInt = (ip: string): number | undefined => {
	const parts = ip.split('.');
	if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
	return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
};

/** Whether `ip` is listed: exact addresses (IPv4 or IPv6) or IPv4 CIDR ranges. An empty list allows nobody. */
export function ipAllowed(ip: string, list: string): boolean {
	const caller = normaliseIp(ip || '');
	if (!caller) return false;
	const callerInt = ipv4ToInt(caller);
	return list
		.split(/[\s,]+/)
		.map((entry) => entry.trim())
		.filter(Boolean)
		.some((entry) => {
			const [base, bitsText] = entry.split('/');
			if (bitsText === undefined) return normaliseIp(base) === caller;
			const bits = Number(bitsText);
			const baseInt = ipv4ToInt(normaliseIp(base));
			if (callerInt === undefined || baseInt === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
			const size = 2 ** (32 - bits);
			return Math.floor(callerInt / size) === Math.floor(baseInt / size);
		});
}
