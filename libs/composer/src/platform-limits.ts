/**
 * Platform limits the composer and the validator enforce. Sources: /shared/platforms/x.md §4-5,
 * instagram.md §3, facebook.md §2. Byte sizes use binary megabytes where the platform says MiB and
 * decimal ones where it says MB, so we never accept a file the platform would reject.
 */
export const X_LIMITS = {
  maxWeightedLength: 280,
  /** t.co wraps every link, so any URL weighs this much. */
  urlWeight: 23,
  maxImages: 4,
  maxVideos: 1,
  maxGifs: 1,
  maxImageBytes: 5 * 1000 * 1000,
  maxGifBytes: 15 * 1000 * 1000,
  maxVideoBytes: 512 * 1000 * 1000,
  /** Not a platform rule: more than a few tags reads as spam and eats the lead's room. */
  maxHashtags: 3,
} as const;

export const FACEBOOK_LIMITS = {
  maxCharacters: 63_206,
  /** Not a platform rule: Facebook takes any number, but past ten they hurt reach and readability. */
  maxHashtags: 10,
  maxImages: 10,
  maxVideos: 1,
} as const;

export const INSTAGRAM_LIMITS = {
  maxCharacters: 2_200,
  maxHashtags: 30,
  maxMentions: 20,
  maxCarouselItems: 10,
  maxImageBytes: 8 * 1024 * 1024,
  minAspectRatio: 4 / 5,
  maxAspectRatio: 1.91,
  minWidth: 320,
  maxWidth: 1440,
} as const;

export const TITLE_CARD_SIZE = { width: 1080, height: 1350 } as const;
