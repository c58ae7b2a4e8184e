import { Foundation1764288000000 } from './1764288000000-foundation';

/** Every migration, in order. Listed explicitly so the same list works from source, dist and tests. */
export const MIGRATIONS = [Foundation1764288000000];
