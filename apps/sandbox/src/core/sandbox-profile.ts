/*
 * Tunables a test can change at run time through POST /__sandbox/profile. Defaults favour demos
 * and benchmarks (no X rate limits); tests switch on what they exercise.
 */

export type XRateProfileName = 'off' | 'free' | 'basic' | 'pro' | 'ppu';

export interface GraphRateBudget {
  /** Calls per rolling hour before code 4 (app), 17 (user token), 80001 (Page BUC), 80002 (IG BUC). null = unlimited. */
  appCallsPerHour: number | null;
  userCallsPerHour: number | null;
  pageCallsPerHour: number | null;
  instagramCallsPerHour: number | null;
}

export interface SandboxProfile {
  x: {
    rateProfile: XRateProfileName;
    /** Same author + same text within this many seconds → 403 duplicate. 0 disables the check. */
    duplicateWindowSeconds: number;
    /** X is reported to keep rejecting the text after the first post is deleted. */
    duplicateAfterDelete: boolean;
    /** Virtual seconds a GIF/video stays pending → in_progress before it succeeds. */
    mediaProcessingSeconds: number;
    mediaExpiresAfterSeconds: number;
    /** Posts per app per 30 days before 429 usage-capped; null = no cap. */
    monthlyPostCap: number | null;
    /** Private metrics are only served for the owner's posts younger than this. */
    privateMetricsDays: number;
  };
  facebook: {
    duplicateWindowSeconds: number;
    insightsDelaySeconds: number;
    scheduleMinSeconds: number;
    scheduleMaxSeconds: number;
    videoProcessingSeconds: number;
    shortLivedTokenSeconds: number;
    longLivedTokenSeconds: number;
  };
  instagram: {
    quotaTotal: number;
    quotaDurationSeconds: number;
    imageProcessingSeconds: number;
    videoProcessingSeconds: number;
    containerExpirySeconds: number;
    insightsDelaySeconds: number;
    /** Reject images outside 320–1440 px wide instead of letting them through (see README). */
    strictImageWidth: boolean;
  };
  graphRate: GraphRateBudget;
  media: {
    /** Downloads of image_url / video_url / url slower than this fail like Meta's fetcher (2207003). */
    downloadTimeoutMs: number;
  };
  metrics: {
    /** Organic growth curve on top of explicit engagement; off = only what /engage added. */
    autoGrowth: boolean;
  };
}

export function defaultProfile(): SandboxProfile {
  return {
    x: {
      rateProfile: 'off',
      duplicateWindowSeconds: 86_400,
      duplicateAfterDelete: true,
      mediaProcessingSeconds: 3,
      mediaExpiresAfterSeconds: 86_400,
      monthlyPostCap: null,
      privateMetricsDays: 30,
    },
    facebook: {
      duplicateWindowSeconds: 86_400,
      insightsDelaySeconds: 3_600,
      scheduleMinSeconds: 600,
      scheduleMaxSeconds: 30 * 86_400,
      videoProcessingSeconds: 20,
      shortLivedTokenSeconds: 5_400,
      longLivedTokenSeconds: 5_183_944,
    },
    instagram: {
      quotaTotal: 100,
      quotaDurationSeconds: 86_400,
      imageProcessingSeconds: 1,
      videoProcessingSeconds: 20,
      containerExpirySeconds: 86_400,
      insightsDelaySeconds: 3_600,
      strictImageWidth: true,
    },
    graphRate: {
      appCallsPerHour: null,
      userCallsPerHour: null,
      pageCallsPerHour: null,
      instagramCallsPerHour: null,
    },
    media: { downloadTimeoutMs: 10_000 },
    metrics: { autoGrowth: true },
  };
}

const RATE_PROFILES: readonly XRateProfileName[] = ['off', 'free', 'basic', 'pro', 'ppu'];

/**
 * Deep-merge a partial profile, checking each value's type against the default so a typo in a
 * test ("duplicateWindow") fails loudly instead of silently doing nothing.
 */
export function mergeProfile(current: SandboxProfile, patch: unknown): SandboxProfile {
  const next = JSON.parse(JSON.stringify(current)) as SandboxProfile;
  mergeInto(
    next as unknown as Record<string, unknown>,
    patch,
    defaultProfile() as unknown as Record<string, unknown>,
    '',
  );
  if (!RATE_PROFILES.includes(next.x.rateProfile)) {
    throw new Error(`x.rateProfile must be one of ${RATE_PROFILES.join(', ')}`);
  }
  return next;
}

function mergeInto(
  target: Record<string, unknown>,
  patch: unknown,
  shape: Record<string, unknown>,
  at: string,
): void {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new Error(`${at || 'profile'} must be an object`);
  }
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    const path = at ? `${at}.${key}` : key;
    if (!(key in shape)) throw new Error(`unknown profile setting ${path}`);
    const expected = shape[key];
    if (expected !== null && typeof expected === 'object') {
      mergeInto(target[key] as Record<string, unknown>, value, expected as Record<string, unknown>, path);
      continue;
    }
    const nullable = expected === null || path.startsWith('graphRate.') || path === 'x.monthlyPostCap';
    if (value === null && nullable) {
      target[key] = null;
    } else if (typeof expected === 'number' || (expected === null && nullable)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new Error(`${path} must be a number >= 0`);
      }
      target[key] = value;
    } else if (typeof value !== typeof expected) {
      throw new Error(`${path} must be a ${typeof expected}`);
    } else {
      target[key] = value;
    }
  }
}
