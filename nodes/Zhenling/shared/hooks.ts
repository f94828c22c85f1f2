import { noRegistration as nothingToRegister } from '../../common/trigger';

/** Zhenling has no registration API (its PM configures callbacks), and resume URLs are n8n's own. */
export const noRegistration = { default: nothingToRegister };
