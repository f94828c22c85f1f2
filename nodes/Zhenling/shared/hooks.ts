import type { IHookFunctions } from 'n8n-workflow';

/** Zhenling has no registration API (its PM configures callbacks), and resume URLs are n8n's own: stubs. */
export const noRegistration = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};
