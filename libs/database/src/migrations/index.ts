import { Foundation1764288000000 } from './1764288000000-foundation';
import { SocialAccounts1764300000000 } from './1764300000000-social-accounts';

/** Every migration, in order. Listed explicitly so the same list works from source, dist and tests. */
export const MIGRATIONS = [Foundation1764288000000, SocialAccounts1764300000000];
