/**
 * Fixed vocabulary of the platforms (not endpoints to call: origins come from AppConfig). Kept here
 * with the real hosts so that no other module spells out a platform URL.
 */
export const REAL_X_API_ORIGIN = 'https://api.x.com';
export const REAL_GRAPH_ORIGIN = 'https://graph.facebook.com';
/** X answers errors as problem JSON whose `type` is a URI under this base (x.md §7). */
export const X_PROBLEM_TYPE_BASE = 'https://api.twitter.com/2/problems';

export function xProblemType(name: string): string {
  return `${X_PROBLEM_TYPE_BASE}/${name}`;
}
