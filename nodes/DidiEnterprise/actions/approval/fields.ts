import type { INodeProperties } from 'n8n-workflow';
import { travelBudgetFields } from './travelBudget';

const cityOptions = {
	loadOptionsMethod: 'getCities',
} as const;

/** How an applicant is identified (member_type): 0 phone, 1 employee number, 2 email. */
export const memberTypeOptions = [
	{ name: 'Phone', value: 0 },
	{ name: 'Employee Number (工号)', value: 1 },
	{ name: 'Email', value: 2 },
];

/** Approval (申请单) identified by DiDi's approval_id or your out_approval_id. */
export const approvalLocator: INodeProperties = {
	displayName: 'Approval (申请单)',
	name: 'approval',
	type: 'resourceLocator',
	default: { mode: 'outApprovalId', value: '' },
	required: true,
	modes: [
		{ displayName: 'By Out Approval ID (外部申请单ID)', name: 'outApprovalId', type: 'string', placeholder: 'e.g. TA_100002' },
		{ displayName: 'By DiDi Approval ID', name: 'id', type: 'string', placeholder: 'e.g. 9668294457792204005' },
	],
};

export const approvalTypeField: INodeProperties = {
	displayName: 'Approval Type (申请单类型)',
	name: 'approvalType',
	type: 'options',
	default: 1,
	options: [
		{ name: 'Travel (差旅单)', value: 1, description: 'Business trip with flights, trains, hotels and rides' },
		{ name: 'Pre-Trip Rides by Count (行前审批-按次数)', value: 2, description: 'A number of rides in a time window' },
		{ name: 'Pre-Trip Rides by Date (行前审批-按日期)', value: 3, description: 'Rides in cities during a time window' },
	],
};

const travel = { approvalType: [1] };
const byCount = { approvalType: [2] };
const byDate = { approvalType: [3] };

/** The trip part of create and update (`travel_detail` / `business_trip_detail`). */
export const tripFields: INodeProperties[] = [
	// ── travel_detail (approval_type 1)
	{
		displayName: 'City Control Mode (出差城市管控)',
		name: 'cityControlMode',
		type: 'options',
		default: 'unspecified',
		displayOptions: { show: travel },
		description: "The city control of the chosen travel regulation in DiDi's console. The node checks the trips against its rules before sending.",
		options: [
			{ name: 'Light (轻度管控)', value: 'light', description: 'Each trip spans the travel dates and lists destination cities' },
			{ name: 'Medium (中度管控)', value: 'medium', description: 'Each trip needs a destination; the travel dates are checked' },
			{ name: 'None (不管控)', value: 'none', description: 'Cities are not controlled: trips may be empty' },
			{ name: 'Not Specified (Basic Checks Only)', value: 'unspecified' },
			{ name: 'Strict (严格管控)', value: 'strict', description: 'Each trip needs a destination, its dates and a trip type' },
		],
	},
	{
		displayName: 'Start Date (行程开始日期)',
		name: 'travelStartDate',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2026-05-01',
		displayOptions: { show: travel },
		description: 'YYYY-MM-DD (China time)',
	},
	{
		displayName: 'End Date (行程结束日期)',
		name: 'travelEndDate',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2026-05-03',
		displayOptions: { show: travel },
		description: 'YYYY-MM-DD, on or after the start date',
	},
	{
		displayName: 'Trips (行程)',
		name: 'trips',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Trip',
		default: {},
		displayOptions: { show: travel },
		description: 'In travel order (max 40). Trip dates default to the travel dates.',
		options: [
			{
				displayName: 'Trip',
				name: 'trip',
				values: [
					{
						displayName: 'Departure City Name (Without ID)',
						name: 'departureCityName',
						type: 'string',
						default: '',
						placeholder: 'e.g. 北京',
						description: "Only when no city is chosen above; DiDi then matches the name. DiDi takes a city's name or its ID, not both.",
					},
					{
						displayName: 'Departure City Name or ID',
						name: 'departureCity',
						type: 'options',
						typeOptions: cityOptions,
						default: '',
						description: 'DiDi city (出发城市). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Destination Cities (目的城市, Light Control)',
						name: 'toCities',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1:北京, 3:杭州',
						description: 'Light control (轻度管控) only: ID:name pairs, comma-separated; sent as to_citys',
					},
					{
						displayName: 'Destination City Name (Without ID)',
						name: 'destinationCityName',
						type: 'string',
						default: '',
						placeholder: 'e.g. 杭州',
						description: "Only when no city is chosen above; DiDi then matches the name. DiDi takes a city's name or its ID, not both.",
					},
					{
						displayName: 'Destination City Name or ID',
						name: 'destinationCity',
						type: 'options',
						typeOptions: cityOptions,
						default: '',
						description: 'DiDi city (到达城市), required except under none/light control. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'End Date',
						name: 'endDate',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2026-05-03',
					},
					{
						displayName: 'Round Trip (往返)',
						name: 'isReturn',
						type: 'boolean',
						default: false,
						description: 'Whether DiDi also grants the way back (strict control)',
					},
					{
						displayName: 'Start Date',
						name: 'startDate',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2026-05-01',
					},
					{
						displayName: 'Trip Type (出行方式)',
						name: 'tripType',
						type: 'multiOptions',
						default: [	],
						description: 'Required under strict control',
						options: [
							{
								name: 'Other (其他)',
								value: '0',
							},
							{
								name: 'Train (火车)',
								value: '1',
							},
							{
								name: 'Flight (飞机)',
								value: '2',
							},
					]
					},
			],
			},
		],
	},
	{
		displayName: 'Travel Options',
		name: 'travelOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: travel },
		options: [
			{
				displayName: 'Categories (品类控制)',
				name: 'categoryControl',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'City Rides (市内用车)', value: 3 },
					{ name: 'Train (火车票)', value: 4 },
					{ name: 'Flight (机票)', value: 6 },
					{ name: 'Airport Transfer (接送机)', value: 9 },
					{ name: 'Hotel (酒店)', value: 10 },
					{ name: 'International Flight (国际机票)', value: 11 },
					{ name: 'International Hotel (国际酒店)', value: 12 },
				],
				description: 'Services the approval grants (within the regulation). Leave empty for all.',
			},
			{ displayName: 'End City Rides and Hotel (终点城市市内用车和酒店)', name: 'endCityRule', type: 'boolean', default: true, description: 'Whether the last destination includes city rides and hotel (end_city_rule)' },
			{ displayName: 'Flight Count (机票次数)', name: 'flightTotalCount', type: 'number', default: 1, typeOptions: { minValue: 0 }, description: '0 disables flights' },
			{ displayName: 'Hotel Nights (酒店总间夜)', name: 'hotelTotalCount', type: 'number', default: 1, typeOptions: { minValue: 0 }, description: '0 disables hotels' },
			{ displayName: 'Pickup Count (接送机次数)', name: 'pickupTotalCount', type: 'number', default: 2, typeOptions: { minValue: 0 } },
			{ displayName: 'Start City Rides and Hotel (起点城市市内用车和酒店)', name: 'startCityRule', type: 'boolean', default: false, description: 'Whether the first departure city includes city rides and hotel (start_city_rule)' },
			{ displayName: 'Train Count (火车票次数)', name: 'trainTotalCount', type: 'number', default: 1, typeOptions: { minValue: 0 }, description: '0 disables trains' },
		],
	},
	// ── business_trip_detail (approval_type 2 and 3)
	{
		displayName: 'Start Time (开始时间)',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { approvalType: [2, 3] } },
		description: 'China time; DiDi requires it to be now or later',
	},
	{
		displayName: 'End Time (结束时间)',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { approvalType: [2, 3] } },
	},
	{
		displayName: 'Ride Count (用车次数)',
		name: 'tripTimes',
		type: 'number',
		required: true,
		default: 2,
		typeOptions: { minValue: 1 },
		displayOptions: { show: byCount },
		description: 'Must be even for a round trip',
	},
	{
		displayName: 'Round Trip (往返)',
		name: 'isReturn',
		type: 'boolean',
		default: false,
		displayOptions: { show: byCount },
		description: 'Whether the rides include the way back (the ride count must then be even)',
	},
	{
		displayName: 'Ride Cities (用车城市)',
		name: 'rideCities',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add City',
		default: {},
		displayOptions: { show: byDate },
		description: 'Required when the regulation lets the employee fill in cities',
		options: [
			{
				displayName: 'City',
				name: 'city',
				values: [
					{
						displayName: 'City Name or ID',
						name: 'city',
						type: 'options',
						typeOptions: cityOptions,
						default: '',
						description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'City Name Override', name: 'cityName', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Ride Options',
		name: 'rideOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { approvalType: [2, 3] } },
		options: [
			{ displayName: 'Amount (用车金额, Yuan)', name: 'amountYuan', type: 'number', default: 0, displayOptions: { show: { '/approvalType': [3] } }, description: 'Total ride amount in whole yuan; 0 means unlimited' },
			{ displayName: 'Arrival Address (目的地详细地址)', name: 'end_address', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Arrival Latitude', name: 'tlat', type: 'number', default: 0, typeOptions: { numberPrecision: 6 }, displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Arrival Longitude', name: 'tlng', type: 'number', default: 0, typeOptions: { numberPrecision: 6 }, displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Arrival Place (目的地名称)', name: 'end_name', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure Address (出发地详细地址)', name: 'start_address', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure City Name', name: 'departure_city', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure City Name or ID', name: 'departure_city_id', type: 'options', typeOptions: cityOptions, default: '', description: 'DiDi city (出发城市); its name is sent with it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure Latitude', name: 'flat', type: 'number', default: 0, typeOptions: { numberPrecision: 6 }, displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure Longitude', name: 'flng', type: 'number', default: 0, typeOptions: { numberPrecision: 6 }, displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Departure Place (出发地名称)', name: 'start_name', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Destination City Name', name: 'destination_city', type: 'string', default: '', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Destination City Name or ID', name: 'destination_city_id', type: 'options', typeOptions: cityOptions, default: '', description: 'DiDi city (目的地城市); its name is sent with it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.', displayOptions: { show: { '/approvalType': [2] } } },
			{ displayName: 'Per-Order Limit (每单限额, Yuan)', name: 'perOrderLimitYuan', type: 'number', default: 0, description: 'Whole yuan; 0 means unlimited' },
			{ displayName: 'Ride Count (用车次数)', name: 'tripTimes', type: 'number', default: -1, displayOptions: { show: { '/approvalType': [3] } }, description: 'Only when the regulation lets the employee fill it in; negative means unlimited' },
			{ displayName: 'Total Limit (总限额, Yuan)', name: 'totalLimitYuan', type: 'number', default: 0, displayOptions: { show: { '/approvalType': [2] } }, description: 'Whole yuan; 0 means unlimited' },
		],
	},
];

/** Passengers (出行人 / 代订): employees and external travellers. */
export const passengerField: INodeProperties = {
	displayName: 'Passengers (出行人)',
	name: 'passengers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Passenger',
	default: {},
	description: 'Who travels (max 20). Empty: the applicant travels.',
	options: [
		{
			displayName: 'Employee (员工)',
			name: 'employee',
			values: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'e.g. name@email.com',
					default: '',
				},
				{
					displayName: 'Employee Number',
					name: 'employeeNumber',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Identified By',
					name: 'identifiedBy',
					type: 'options',
					default: 0,
					options: [
						{
							name: 'Phone',
							value: 0
						},
						{
							name: 'Employee Number (工号)',
							value: 1
						},
						{
							name: 'Email',
							value: 2
						},
					]
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					default: '',
				},
			],
		},
		{
			displayName: 'External Traveler (外部出行人)',
			name: 'external',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Identified By',
					name: 'identifiedBy',
					type: 'options',
					default: 0,
					options: [
						{ name: 'Phone', value: 0 },
						{ name: 'Traveler ID (外部出行人ID)', value: 3 },
					],
				},
				{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Needed for rides', displayOptions: { show: { identifiedBy: [0] } } },
				{ displayName: 'Traveler ID', name: 'travelerId', type: 'string', default: '', displayOptions: { show: { identifiedBy: [3] } } },
			],
		},
	],
};

/** Extra approval fields of create and update. */
export const approvalExtraFields: INodeProperties[] = [
	{
		displayName: 'Budget Center (成本中心) Name or ID',
		name: 'budgetCenterId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBudgetCenters' },
		default: '',
		description: 'Department or project charged. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Budget Center List (多成本中心, JSON)',
		name: 'budgetCenterList',
		type: 'json',
		default: '[]',
		description: 'Multi cost center list (budget_center_list): one entry per cost center field, sequence 1 to 9. Cannot be combined with Budget Center or Extension Field 1–3.',
		hint: 'e.g. [{"sequence":1,"id":"…"},{"sequence":2,"value":"…"}] — keys as DiDi spells them: sequence, id (sequence 1 only), value, code',
	},
	{ displayName: 'Extension Field 1 (扩展信息一)', name: 'extendField01', type: 'string', default: '', description: 'Sent as extend_field_01' },
	{ displayName: 'Extension Field 2 (扩展信息二)', name: 'extendField02', type: 'string', default: '', description: 'Sent as extend_field_02' },
	{ displayName: 'Extension Field 3 (扩展信息三)', name: 'extendField03', type: 'string', default: '', description: 'Sent as extend_field_03' },
	{
		displayName: 'Extra Info (扩展信息, JSON)',
		name: 'extraInfo',
		type: 'json',
		default: '{}',
		description: 'Custom JSON object, at most 500 characters; returned with the orders',
	},	...travelBudgetFields,
];
