import type { Platform } from '@warta/core';
import { FACEBOOK_CAPABILITIES } from './facebook/facebook.connector';
import { INSTAGRAM_CAPABILITIES } from './instagram/instagram.connector';
import type { ConnectorCapabilities } from './social-connector';
import { X_CAPABILITIES } from './x/x.connector';

/**
 * Each platform's capabilities, for the decisions taken before a connector is at hand (when to
 * schedule a post's job, what a screen offers). A new platform adds its connector's here.
 */
export const CONNECTOR_CAPABILITIES: Readonly<Record<Platform, ConnectorCapabilities>> = {
  x: X_CAPABILITIES,
  facebook: FACEBOOK_CAPABILITIES,
  instagram: INSTAGRAM_CAPABILITIES,
};

/** Whether a post with `mediaCount` media is prepared ahead of its minute on `platform`. */
export function preparedAheadOn(platform: Platform, mediaCount: number): boolean {
  return CONNECTOR_CAPABILITIES[platform].preparesAhead === 'always' || mediaCount > 0;
}
