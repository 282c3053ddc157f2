import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Resolved from this file, not from the working directory, so that
// `npx vite build --config client/vite.config.ts` works from the repository root.
const clientRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~430 kB minified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
    },
  },
});
