/** The compose feature's api types, named once, from the api's own OpenAPI document. */
import type { components } from '@web/lib/api/schema';

type S = components['schemas'];

export type Release = S['ReleaseView'];
export type ReleaseStatus = S['ReleaseStatus'];
export type Approval = S['ApprovalView'];
export type Account = S['AccountView'];
export type Draft = S['DraftView'];
export type DraftMedia = S['DraftMediaView'];
export type MediaAsset = S['UploadedMediaView'];
