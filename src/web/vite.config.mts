import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { judgeSheetSize } from './judge-sheet-size.mts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The web app: built into dist/web, served by the Nest process at `/` (src/bootstrap/web-app.ts).
export default defineConfig({
  root,
  base: '/',
  // The `public` folder is the public results feature, not static files to copy.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      // React Query marks its modules "use client" for server components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  plugins: [judgeSheetSize()],
});
