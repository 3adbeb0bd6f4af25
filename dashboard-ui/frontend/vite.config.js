import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The page is served by the dashboard-ui jar: Vite writes straight into the jar's classpath (static/ is served
// at /), and relative asset URLs keep it working behind a reverse proxy that adds a path prefix.
const backend = process.env.LUZHI_BACKEND ?? 'http://localhost:8080';

if (process.env.VITEST) {
  // Tests read dates the way a screen in China shows them, whatever zone the build machine is in.
  process.env.TZ = 'Asia/Shanghai';
}

// Every page is one HTML file at the top of this folder (index.html is the cockpit); adding a page needs no change here.
const pages = Object.fromEntries(
  readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), resolve(import.meta.dirname, file)]),
);

export default defineConfig({
  plugins: [vue()],
  base: './',
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    // ECharts with four chart types is about 600 kB minified; the page is one screen served from the jar.
    chunkSizeWarningLimit: 800,
    rollupOptions: { input: pages },
  },
  server: {
    // `npm run dev` against a running application, so the page can be worked on without rebuilding the jar.
    proxy: {
      '/api': backend,
      '/ws': { target: backend.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.js'],
  },
});
