import type { IHookFunctions } from 'n8n-workflow';

/**
 * webhookMethods of a vendor without a registration API (the URL is configured on the vendor's side):
 * nothing to check, create or delete.
 */
export const noRegistration = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};
