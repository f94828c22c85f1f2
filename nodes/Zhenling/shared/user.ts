/**
 * "Act as user" (用户上下文): client-credential tokens carry no data permissions, so any call may name a user
 * by `userIdType` (EMAIL | USERID | LOGINNAME) + `userId` (zhenling-platform.txt, "如何以特定用户身份访问").
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../common/validation';

export const USER_ID_TYPES = ['EMAIL', 'USERID', 'LOGINNAME'] as const;

export const actAsUserProperty: INodeProperties = {
	displayName: 'Act as User (用户上下文)',
	name: 'actAsUser',
	type: 'collection',
	placeholder: 'Add User Context',
	default: {},
	description:
		"Call as a particular Zhenling user. Client-credential tokens carry no data permissions: personal lists, approvals and user-scoped queries need one.",
	options: [
		{
			displayName: 'User ID Type (用户ID类型)',
			name: 'userIdType',
			type: 'options',
			default: 'EMAIL',
			options: [
				{ name: 'Email (邮箱)', value: 'EMAIL' },
				{ name: 'Login Name (登录名)', value: 'LOGINNAME' },
				{ name: 'User ID (合同系统USERID)', value: 'USERID' },
			],
		},
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			placeholder: 'e.g. name@example.com',
			description: 'The e-mail, the contract system USERID, or the login name, as User ID Type says',
		},
	],
};

/** The user context of item `i` as request fields (`{}` when none), validated; `required` for personal APIs. */
export function userContext(context: IExecuteFunctions, i: number, v: Validator, required = false): IDataObject {
	const value = context.getNodeParameter('actAsUser', i, {}) as IDataObject;
	const userId = String(value.userId ?? '').trim();
	const hasType = value.userIdType !== undefined && value.userIdType !== '';
	if (!userId && !hasType) {
		if (required) v.fail('Act as User (actAsUser)', 'is required: this API acts for a particular user (personal lists and decisions)');
		return {};
	}
	const userIdType = v.oneOf('Act as User → User ID Type (userIdType)', String(value.userIdType ?? 'EMAIL'), USER_ID_TYPES);
	if (!userId) v.fail('Act as User → User ID (userId)', 'is required when a User ID Type is set');
	if (userIdType === 'EMAIL' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(userId)) {
		v.fail('Act as User → User ID (userId)', `must be an e-mail address when User ID Type is EMAIL (got "${userId}")`);
	}
	return { userIdType, userId };
}
