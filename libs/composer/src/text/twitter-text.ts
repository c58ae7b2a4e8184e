import * as twitterTextModule from 'twitter-text';

/**
 * twitter-text, the same in Node and in the browser. Its CommonJS build has named exports, but its ES
 * module build (which Vite bundles for the web app's live preview) has a default export only, so a
 * named import is undefined there. Both builds agree on the default object.
 */
const twitterText =
  (twitterTextModule as unknown as { default?: typeof twitterTextModule }).default ?? twitterTextModule;

export const parseTweet: typeof twitterTextModule.parseTweet = twitterText.parseTweet;
export const extractUrlsWithIndices: typeof twitterTextModule.extractUrlsWithIndices =
  twitterText.extractUrlsWithIndices;
