import { AppConfig } from './app-config';
import { loadConfig } from './load-config';

/*
 * The only place in Warta that touches process.env. Everything else receives AppConfig.
 */

let cached: AppConfig | undefined;

/** The validated configuration for this process (memoised). */
export function configFromEnv(): AppConfig {
  cached ??= loadConfig(process.env);
  return cached;
}

/** Forget the memoised config (tests that change the environment between cases). */
export function resetConfigCache(): void {
  cached = undefined;
}

/**
 * Test harnesses hand per-file resources (a cloned database, a queue prefix) to code under test
 * through the environment; this keeps that write here, next to the single reader.
 */
export function setEnv(values: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  cached = undefined;
}

/** Read a raw variable that is not part of AppConfig (test harness plumbing only). */
export function rawEnv(key: string): string | undefined {
  return process.env[key];
}

/** A copy of this process's environment, for a child process started with changes to it (tests). */
export function environmentForChild(changes: Record<string, string>): Record<string, string> {
  return { ...(process.env as Record<string, string>), ...changes };
}
