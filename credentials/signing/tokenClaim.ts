/**
 * One token refresh across n8n processes (queue mode: several workers see the vendor refuse a token at the same
 * moment). n8n keeps the token in the credential's expirable Access Token field, in its database, which every
 * process reads; a node can write that field only through the credential's preAuthentication (n8n saves what
 * it returns) and there is no compare-and-set. On that one shared register the refresh is agreed the way
 * Fischer's mutual exclusion does it: a process writes a claim in place of the refused token, waits longer
 * than saving a claim takes, and reads the field again — the process whose claim is still there refreshes, the
 * others wait for its token (nodes/common/transport.ts runs the agreement).
 *
 * A claim write is an ordinary `httpRequestWithAuthentication` whose credential data carries `CLAIM_WRITE`
 * (a symbol: n8n hands the same object to preAuthentication and authenticate but never saves a symbol key):
 * preAuthentication returns the claim instead of fetching a token, n8n saves it, and authenticate stops the
 * request before anything is sent.
 */
import { randomBytes } from 'node:crypto';

const PREFIX = 'cn-enterprise-refresh-claim:';

/** This n8n process (the package is loaded once per process). */
export const PROCESS_ID = randomBytes(6).toString('hex');

/** On the credential data of a claim write: the value preAuthentication returns as the Access Token. */
export const CLAIM_WRITE: unique symbol = Symbol.for('n8n-nodes-cn-enterprise.claimWrite');

/** Thrown by authenticate for a claim write, so that n8n sends nothing. */
export class ClaimWritten extends Error {
	constructor() {
		super('token refresh claim saved; no request sent');
		this.name = 'ClaimWritten';
	}
}

/** A claim by this process (or `owner`) made at `now` (ms). */
export const newClaim = (now: number, owner: string = PROCESS_ID): string => `${PREFIX}${owner}:${now}`;

/** The owner and time of a claim, or undefined for a token (or anything else). */
export function parseClaim(token: unknown): { owner: string; at: number } | undefined {
	if (typeof token !== 'string' || !token.startsWith(PREFIX)) return undefined;
	const [owner, at] = token.slice(PREFIX.length).split(':');
	const time = Number(at);
	return owner && Number.isFinite(time) ? { owner, at: time } : undefined;
}

/** The value a claim write asks to save ('' releases a claim), or undefined for every other call. */
export function claimWriteOf(credentials: object): string | undefined {
	const value = (credentials as { [CLAIM_WRITE]?: unknown })[CLAIM_WRITE];
	return typeof value === 'string' ? value : undefined;
}

/** For preAuthentication: what to return instead of fetching a token when this is a claim write. */
export function claimOutput(credentials: object): { accessToken: string } | undefined {
	const value = claimWriteOf(credentials);
	return value === undefined ? undefined : { accessToken: value };
}
