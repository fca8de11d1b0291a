import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * Vendor groups: big libraries change rarely, so they get their own long-cached chunks.
 * A group also takes its dependencies, so React (which antd and echarts-for-react import)
 * is claimed first, and ECharts last so it stays out of the first page load.
 */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  { name: 'vendor-antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs|@emotion|stylis)[\\/]/, priority: 20 },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|tslib)[\\/]/, priority: 10 },
];

export default defineConfig({
  root: resolve(here, 'web'),
  plugins: [react()],
  // The web's reply types come from the server's contracts (type-only imports, erased in the bundle).
  resolve: { alias: { '@contracts': resolve(here, 'src/contracts') } },
  build: {
    outDir: resolve(here, 'dist/web'),
    emptyOutDir: true,
    // antd alone is ~1 MB minified; the warning would fire on every build.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    // Keep the browser's Host header: the server's CSRF check wants Origin to match Host.
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
