// Builds the dashboard (index.html) and the playground (playground.html) into web/dist, which
// the API serves itself (src/http/static.ts). `vite --config web/vite.config.ts` serves them
// for development, with /graphql and /export passed to an API on port 4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:4000';

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The playground is one large chunk by nature (GraphiQL and its editor); it loads only at
    // /playground, never with the dashboard.
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      input: {
        dashboard: fileURLToPath(new URL('index.html', import.meta.url)),
        playground: fileURLToPath(new URL('playground.html', import.meta.url)),
      },
      // React is shared by both pages: one named chunk, cached once for both.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
      // GraphiQL's dependencies mark modules "use client" for server components; a browser
      // bundle has no use for the directive, and a warning per module would bury real ones.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/graphql': api, '/export': api } },
});
