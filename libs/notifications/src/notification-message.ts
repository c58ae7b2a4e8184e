import { hasMessage, Language, MESSAGES } from '@warta/core';
import type { NotificationKind } from './notification-kind';

const PLATFORM_NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

/** Fills `{name}` from params; a missing or empty value leaves no trace (no "{handle}" on screen). */
function fill(template: string, params: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,:;])/g, '$1')
    .trim();
}

function text(key: string, lang: Language, params: Record<string, string>): string {
  return fill(MESSAGES[key][lang], params);
}

/**
 * What a person reads for a notification, in their language, from the id/en catalogue: a title per
 * kind, and a body of the kind's sentence, the reason's advice, then the release title and the
 * platform's own words when the event carried them. Rendered at read time, so nothing localised is
 * stored and a corrected translation fixes old notifications too.
 */
export function renderNotification(
  n: { kind: NotificationKind; reason: string; params: Record<string, string | number | null> },
  lang: Language,
): { title: string; body: string } {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(n.params ?? {})) if (v !== null && v !== '') params[k] = String(v);
  if (params.platform) params.platform = PLATFORM_NAMES[params.platform] ?? params.platform;
  if (params.handle && !params.handle.startsWith('@') && params.platform !== 'Facebook') {
    params.handle = `@${params.handle}`;
  }
  // A reason may word the title or first sentence itself where the kind's own would be wrong.
  const keyFor = (part: 'title' | 'body') =>
    hasMessage(`notification.${n.kind}.${part}.${n.reason}`)
      ? `notification.${n.kind}.${part}.${n.reason}`
      : `notification.${n.kind}.${part}`;
  const parts = [text(keyFor('body'), lang, params)];
  const reasonKey = `notification.reason.${n.reason}`;
  parts.push(
    hasMessage(reasonKey)
      ? text(reasonKey, lang, params)
      : text('notification.reason.other', lang, { reason: n.reason }),
  );
  if (params.releaseTitle) parts.push(text('notification.release', lang, params));
  if (params.error) parts.push(text('notification.error', lang, params));
  return { title: text(keyFor('title'), lang, params), body: parts.join(' ') };
}
