import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI is a static bundle served by `marsad serve` from web/dist; the world map (world-atlas
// TopoJSON) is bundled too, so nothing is fetched from a third party at run time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8377' },
  },
});
