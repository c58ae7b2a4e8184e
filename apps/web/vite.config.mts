import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src`, import.meta.url));

// The web app is built into apps/web/dist, which the api serves at `/`. In development the Vite
// server on :5173 proxies the api (`/api`) to :3000, so cookies and requests stay same-origin.
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      // The composer's text rules run in the browser for the live preview (its browser entry has no
      // image renderers, so sharp never reaches the bundle).
      '@warta/composer': `${lib('composer')}/browser.ts`,
      '@warta/core': `${lib('core')}/browser.ts`,
      '@web': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      onLog(level, log, handler) {
        // Mantine marks its modules "use client" for React Server Components; a SPA has none.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
