import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Only API paths go to the server: a plain '/api' prefix would also catch the web app's own src/web/api/*.ts modules.
const apiProxy = { '^/api/': process.env.POLKU_API_URL ?? 'http://localhost:3000' };

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    // Relative to root; the API server serves this folder in production.
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code; separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'design-system', test: /node_modules[\\/](suomifi-|styled-components|@floating-ui|react-modal|date-fns|polished)/ },
            { name: 'vendor', test: /node_modules[\\/](?!exceljs[\\/])/ },
          ],
        },
      },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
