import { RequestContext } from './http-types';
import { MultipartPart, parseMultipart } from './multipart-parser';

export class BodyParseError extends Error {}

export function contentTypeOf(ctx: RequestContext): string {
  return (ctx.headers['content-type'] ?? '').toLowerCase();
}

/** The JSON body, or a BodyParseError the caller turns into its platform's 400. */
export function readJson(ctx: RequestContext): unknown {
  if (ctx.body.length === 0) return {};
  try {
    return JSON.parse(ctx.body.toString('utf8'));
  } catch {
    throw new BodyParseError('the request body is not valid JSON');
  }
}

export function readMultipart(ctx: RequestContext): MultipartPart[] {
  try {
    return parseMultipart(ctx.body, String(ctx.headers['content-type'] ?? ''));
  } catch (e) {
    throw new BodyParseError((e as Error).message);
  }
}

/**
 * Graph and OAuth endpoints take parameters from the query, a form body, a JSON body or a
 * multipart body, merged (body wins). Values stay strings, as on the wire; JSON objects and arrays
 * are re-serialised so `attached_media` and `children` parse the same way from every encoding.
 */
export function readParams(ctx: RequestContext): {
  fields: Record<string, string>;
  files: Record<string, MultipartPart>;
} {
  const fields: Record<string, string> = {};
  const files: Record<string, MultipartPart> = {};
  for (const [k, v] of ctx.query) fields[k] = v;
  if (ctx.body.length === 0) return { fields, files };
  const type = contentTypeOf(ctx);
  if (type.startsWith('application/json')) {
    const body = readJson(ctx);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BodyParseError('the JSON body must be an object');
    }
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      fields[k] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  } else if (type.startsWith('multipart/form-data')) {
    for (const part of readMultipart(ctx)) {
      if (part.filename !== null || (part.contentType && !part.contentType.startsWith('text/')))
        files[part.name] = part;
      else fields[part.name] = part.data.toString('utf8');
    }
  } else {
    // Form-encoded is the default for Graph and OAuth clients that send no content type.
    for (const [k, v] of new URLSearchParams(ctx.body.toString('utf8'))) fields[k] = v;
  }
  return { fields, files };
}
