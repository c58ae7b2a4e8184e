import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocumentOffline } from '../apps/api/src/openapi/openapi-document';

// openapi-typescript is an ES module with a CommonJS build; loaded lazily so its import cost is paid
// only by the command and its test.
const openapiTs = (): typeof import('openapi-typescript') => require('openapi-typescript');

export const WEB_API_TYPES = join(__dirname, '../apps/web/src/lib/api/schema.d.ts');
const HEADER =
  "// Generated from the api's OpenAPI document by `npm run web:api-types`; do not edit.\n" +
  '// A test fails when this file is stale against the document the api serves.\n\n';

/** The web client's types for the api as the code describes it now. */
export async function webApiTypes(): Promise<string> {
  const { default: generate, astToString } = openapiTs();
  const doc = await openApiDocumentOffline();
  const ast = await generate(doc as unknown as Parameters<typeof generate>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

export function committedWebApiTypes(): string {
  return readFileSync(WEB_API_TYPES, 'utf8');
}

/** `--check`: exit 1 when the committed types differ from what the document gives now. */
if (require.main === module) {
  const check = process.argv.includes('--check');
  webApiTypes().then(
    (types) => {
      if (check) {
        const stale = types !== committedWebApiTypes();
        console.log(
          stale ? `${WEB_API_TYPES} is stale: run \`npm run web:api-types\`` : 'web api types are current',
        );
        process.exit(stale ? 1 : 0);
      }
      writeFileSync(WEB_API_TYPES, types);
      console.log(`wrote ${WEB_API_TYPES}`);
      process.exit(0);
    },
    (e: unknown) => {
      console.error('web api types failed:', e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
