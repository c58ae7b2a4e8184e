import { ensureWebBuilt } from '../../../scripts/web-build';
import globalSetup from './global-setup';

/**
 * The e2e project's setup: the integration setup (migrated template database), then the web app's
 * build once for the whole run, so the browser journeys and `npm run demo` test never build it
 * concurrently.
 */
export default async function e2eGlobalSetup(): Promise<void> {
  await globalSetup();
  ensureWebBuilt(() => undefined);
}
