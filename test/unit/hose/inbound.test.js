// Pure pieces of the Hose Trigger: IP allow-list (exact, CIDR, IPv4-mapped IPv6), secret comparison, event
// recognition (EBot without an action), delivery keys for retries, and the process memory of deliveries.
// The allow-list, the secret comparison and the delivery memory are the shared ones the Hose Trigger now uses
// (nodes/common/ipAllowList, nodes/common/webhook, the pipeline's claimDelivery); the assertions are Hose's.
const { eventOf, deliveryKey, ebotKey } = require('../../../nodes/Hose/shared/inbound');
const { ipAllowed, parseAllowList } = require('../../../nodes/common/ipAllowList');
const { secretMatches } = require('../../../nodes/common/webhook');
const { claimDelivery } = require('../../../nodes/common/trigger');

/** Hose's retry memory as the trigger uses it: claimDelivery in the node's scope ("wf:node"), seen = not claimed. */
const deliveredBefore = async (scope, staticData, key, nowMs, windowMs) => {
	const [workflowId, nodeId] = scope.split(':');
	const ctx = /** @type {any} */ ({ getWorkflow: () => ({ id: workflowId }), getNode: () => ({ id: nodeId, name: nodeId }), getWorkflowStaticData: () => staticData, helpers: {} });
	return !(await claimDelivery(ctx, 'redelivery', key, nowMs, windowMs));
};

describe('Hose inbound', () => {
	it('allow-list: exact IPv4 / IPv6, IPv4 CIDR, ::ffff: mapped addresses; invalid entries named', () => {
		const { entries, invalid } = parseAllowList('10.0.0.0/8, 192.0.2.7\n2001:db8::1  bad-entry 1.2.3.4/33');
		expect(invalid).toEqual(['bad-entry', '1.2.3.4/33']);
		expect(ipAllowed('10.255.0.1', entries)).toBe(true);
		expect(ipAllowed('11.0.0.1', entries)).toBe(false);
		expect(ipAllowed('::ffff:192.0.2.7', entries)).toBe(true);
		expect(ipAllowed('192.0.2.8', entries)).toBe(false);
		expect(ipAllowed('2001:DB8::1', entries)).toBe(true);
		expect(ipAllowed('127.0.0.1', parseAllowList('0.0.0.0/0').entries)).toBe(true);
		expect(ipAllowed('203.0.113.9', parseAllowList('203.0.113.8/31').entries)).toBe(true);
		expect(ipAllowed('203.0.113.10', parseAllowList('203.0.113.8/31').entries)).toBe(false);
	});
	it('secrets: exact, constant-time, an empty configured secret never matches', () => {
		expect(secretMatches('abc', 'abc')).toBe(true);
		expect(secretMatches('abd', 'abc')).toBe(false);
		expect(secretMatches('ab', 'abc')).toBe(false);
		expect(secretMatches('', '')).toBe(false);
		expect(secretMatches(undefined, 'abc')).toBe(false);
	});
	it('events: the action, or ebot for freeflow.ebot / an action-less message with signKey and nodeId', () => {
		expect(eventOf({ action: 'flow.paid' })).toBe('flow.paid');
		expect(eventOf({ action: 'freeflow.ebot', signKey: 'k' })).toBe('ebot');
		expect(eventOf({ signKey: 'k', nodeId: 'FLOW:1', flowId: 'F' })).toBe('ebot');
		expect(eventOf({ flowId: 'F' })).toBe('unknown');
	});
	it('delivery keys: messageId when sent, else the body bytes; EBot by document and node', () => {
		expect(deliveryKey({ messageId: 'm1' }, '{}')).toBe('msg:m1');
		expect(deliveryKey({}, '{"a":1}')).toBe(deliveryKey({}, '{"a":1}'));
		expect(deliveryKey({}, '{"a":1}')).not.toBe(deliveryKey({}, '{"a":2}'));
		expect(ebotKey({ flowId: 'F', nodeId: 'N' })).toBe('ebot:F:N');
	});
	it('remembers a delivery per scope within the window, in process and in static data', async () => {
		/** @type {import('n8n-workflow').IDataObject} */
		const data = {};
		expect(await deliveredBefore('wf1:n', data, 'k', 1000, 60000)).toBe(false);
		expect(await deliveredBefore('wf1:n', data, 'k', 2000, 60000)).toBe(true);
		expect(await deliveredBefore('wf2:n', {}, 'k', 2000, 60000)).toBe(false);
		// a fresh process (empty memory for this scope) still finds it in the static data
		expect(await deliveredBefore('wf1:other-process', data, 'k', 3000, 60000)).toBe(true);
		expect(await deliveredBefore('wf1:n', {}, 'k', 100000, 60000)).toBe(false);
	});
});
