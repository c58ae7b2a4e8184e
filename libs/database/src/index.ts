export * from './access-scope';
export * from './create-data-source';
export * from './database-admin';
export * from './database.module';
export * from './migrations';
export * from './pagination';
export * from './scoped-where';
export * from './binary-array-params';
// The vocabulary lives in libs/core; re-exported so code written against its old home here still
// compiles while other branches merge. Import it from '@warta/core'.
export { ORGANIZATION_KINDS, PLATFORMS, PostState, ROLES } from '@warta/core';
export type { OrganizationKind, Platform, Role } from '@warta/core';
