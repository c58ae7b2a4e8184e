import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { openApiDocumentOffline } from '../apps/api/src/openapi/openapi-document';

/**
 * `npm run openapi:export [path]`: the api's OpenAPI document as JSON, on stdout or into `path`.
 * Needs no Postgres, Redis or configuration (the document is built from the code alone), so the web
 * client's types can be generated anywhere.
 */
async function main(): Promise<void> {
  const json = `${JSON.stringify(await openApiDocumentOffline(), null, 2)}\n`;
  const path = process.argv[2];
  if (path) writeFileSync(path, json);
  else process.stdout.write(json);
}

main().then(
  // Nest's preview mode leaves nothing open, but say so rather than wait on a stray handle.
  () => process.exit(0),
  (e: unknown) => {
    console.error('openapi export failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
