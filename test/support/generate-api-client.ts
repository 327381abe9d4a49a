import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestApp } from './test-app';

// `npm run api:generate`: the OpenAPI document of the real application (booted on a throwaway database, as
// the tests boot it) and the web app's types generated from it, both committed under src/web/api.
async function main(): Promise<void> {
  const testApp = await createTestApp();
  try {
    const response = await testApp.http().get('/docs-json');
    if (response.status !== 200) throw new Error(`/docs-json answered ${response.status}`);
    const document = response.body as Parameters<typeof openapiTS>[0];
    const directory = join(__dirname, '../../src/web/api');
    await writeFile(join(directory, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
    const ast = await openapiTS(document);
    await writeFile(join(directory, 'schema.d.ts'), astToString(ast));
  } finally {
    await testApp.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
