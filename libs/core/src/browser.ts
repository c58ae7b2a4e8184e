/**
 * The part of @warta/core that runs in the browser (the web app's live composer preview): the shared
 * vocabulary only, nothing that needs Node (logging, Nest modules).
 */
export * from './language';
export * from './platform';
export * from './post-state';
export * from './role';
export * from './organization-kind';
