import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFromEnv } from '@warta/config';
import { createDataSource } from '@warta/database';

/**
 * `npm run db:generate -- <name>`: diffs the entities against the migrated database and writes a
 * migration skeleton to review (and register in libs/database/src/migrations/index.ts).
 */
async function main(): Promise<void> {
  const name = (process.argv[2] ?? '').replace(/[^a-z0-9-]/gi, '');
  if (!name) throw new Error('usage: npm run db:generate -- <kebab-name>');
  const ds = await createDataSource({
    url: configFromEnv().databaseUrl,
    applicationName: 'warta-migrate',
  }).initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (!sql.upQueries.length) {
    console.log('entities and schema agree: nothing to generate');
    return;
  }
  const ts = Date.now();
  const cls = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + ts;
  const q = (list: { query: string }[]) =>
    list.map((x) => `    await q.query(${JSON.stringify(x.query)});`).join('\n');
  const file = join(__dirname, '..', 'libs/database/src/migrations', `${ts}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  async up(q: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${q(sql.downQueries.reverse())}\n  }\n}\n`,
  );
  console.log(`wrote ${file}; review it and add ${cls} to MIGRATIONS`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
