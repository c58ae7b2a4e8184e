import { readJson } from '../core/http-body';
import { RequestContext } from '../core/http-types';

/** A control request the sandbox refuses with 400 and this message. */
export class ControlError extends Error {}

export function readBody(ctx: RequestContext): unknown {
  return readJson(ctx);
}

export function body(ctx: RequestContext): Record<string, unknown> {
  const b = readJson(ctx);
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw new ControlError('the body must be a JSON object');
  return b as Record<string, unknown>;
}

export function num(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ControlError(`${name} must be a number`);
  return v;
}

export function str(v: unknown, name: string): string {
  if (typeof v !== 'string' || !v) throw new ControlError(`${name} must be a non-empty string`);
  return v;
}

export function strings(v: unknown, name: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new ControlError(`${name} must be an array of strings`);
  return v as string[];
}

export function date(v: unknown, name: string): Date {
  const d = typeof v === 'number' ? new Date(v) : typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime()))
    throw new ControlError(`${name} must be an ISO 8601 date or epoch milliseconds`);
  return d;
}
