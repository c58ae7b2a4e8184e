/** The three places a release is published to; the value stored in `posts.platform` and `social_accounts.platform`. */
export type Platform = 'x' | 'facebook' | 'instagram';

export const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'instagram'];
