// `@warta/accounts/testing`: what tests, scripts and benches may use to set up or inspect data
// directly. Product code (apps/*/src, libs/*/src) may not import it (eslint.config.mjs); it goes
// through the use cases in index.ts.
export { SocialAccountsRepository } from './social-accounts.repository';
