export { runTrigger, refusal, isRefusal } from './pipeline';
export { inboundAuthProperties, webhookPathWithSecret, checkCaller, ipAllowed } from './inboundAuth';
export type { InboundAuth, InboundAuthOptions } from './inboundAuth';
export { claimDelivery } from './deliveries';
export { ReplayMemory, replayMemory } from './replayMemory';
export { noRegistration } from './registration';
export type { Answer, FilterVerdict, InboundCall, Refusal, TriggerContext, TriggerSpec } from './types';
