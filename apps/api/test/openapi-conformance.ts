import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>
  >;
  components: { schemas: Record<string, Json> };
}

const DOC_ID = 'warta-openapi';

/**
 * The OpenAPI 3.0 schemas as JSON Schema, made strict: `nullable` becomes "or null", and every object
 * that lists its properties forbids any other, so a field the api returns but the document does not
 * describe fails validation.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (!node || typeof node !== 'object') return node;
  const s: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === '$ref' && typeof v === 'string') s[k] = v.replace(/^#/, `${DOC_ID}#`);
    else if (k === 'properties' && v && typeof v === 'object') {
      s[k] = Object.fromEntries(Object.entries(v as Json).map(([p, ps]) => [p, strict(ps)]));
    } else s[k] = strict(v);
  }
  if (s.properties && s.additionalProperties === undefined) s.additionalProperties = false;
  if (s.nullable === true) {
    delete s.nullable;
    return { anyOf: [s, { type: 'null' }] };
  }
  delete s.nullable;
  return s;
}

/** Validates api answers against the response schemas of the operation in the document. */
export class OpenApiConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  /** `METHOD /template` of every operation checked so far. */
  readonly checked = new Set<string>();

  constructor(readonly doc: OpenApiDoc) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: strict(doc.components.schemas) } });
  }

  /** Throws, naming every mismatch, unless `body` is what the document says `status` answers. */
  check(method: string, template: string, status: number, body: unknown): void {
    const m = method.toLowerCase();
    const op = this.doc.paths[template]?.[m];
    if (!op) throw new Error(`${method} ${template} is not in the OpenAPI document`);
    this.checked.add(`${method.toUpperCase()} ${template}`);
    const response = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
    if (!response) throw new Error(`${method} ${template}: status ${status} is not documented`);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      if (status === 204 || status === 302) return;
      throw new Error(`${method} ${template} ${status}: no JSON schema documented for a JSON answer`);
    }
    const key = `${m} ${template} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(strict(schema) as Json);
      this.validators.set(key, validate);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
        .join('\n  ');
      throw new Error(`${method} ${template} ${status} does not match the document:\n  ${errors}`);
    }
  }
}
