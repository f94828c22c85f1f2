export { runTrigger, refusal, isRefusal } from './pipeline';
export { parseJsonObject } from './body';
export type { JsonBodyOptions } from './body';
export { inboundAuthProperties, webhookPathWithSecret, checkCaller, callerChecks, ipAllowed } from './inboundAuth';
export type { CallerCheck, InboundAuth, InboundAuthOptions, IpCheckOptions, SecretCheckOptions } from './inboundAuth';
export { claimDelivery } from './deliveries';
export { ReplayMemory, replayMemory } from './replayMemory';
export { noRegistration } from './registration';
export type { Answer, FilterVerdict, InboundCall, Refusal, TriggerContext, TriggerSpec } from './types';
export {
	allowedIpsOption,
	eventsProperty,
	maxAgeOption,
	redeliveryWindowOption,
	setupNotice,
	triggerOptions,
	trustForwardedForOption,
} from './properties';
export type { EventsPropertyOptions } from './properties';
