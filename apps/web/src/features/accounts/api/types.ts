/** The accounts screen's api types, named once, from the api's own OpenAPI document. */
import type { components } from '@web/lib/api/schema';

type S = components['schemas'];

export type Platform = S['Platform'];
/** Instagram accounts come with the Facebook Page they belong to. */
export type ConnectablePlatform = Exclude<Platform, 'instagram'>;
export type AccountStatus = S['AccountStatus'];
export type SocialAccount = S['AccountView'];
export type AccountPage = S['AccountPage'];
/** A node of the caller's subtree, as GET /api/v1/organizations lists it. */
export type OrgNode = S['OrganizationView'];
export type OrgPage = S['OrganizationPage'];
export type PageChoice = S['PageChoiceView'];
export type PendingConnection = S['PendingConnectionView'];
export type PostingSlotsView = S['PostingSlotsView'];
