import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const CONFIG = fileURLToPath(new URL("../../xss-page/vite.config.ts", import.meta.url));

/** The XSS harness page, built and served on 127.0.0.1. */
export interface XssPageServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Stops the server and deletes the build. */
  close(): Promise<void>;
}

/**
 * Builds `xss-page/` with Vite (production mode: React as users get it)
 * into a temporary directory and serves it with `vite preview` on a random
 * loopback port.
 */
export async function serveXssPage(): Promise<XssPageServer> {
  const outDir = await mkdtemp(join(tmpdir(), "unilink-xss-page-"));
  try {
    await build({ configFile: CONFIG, mode: "production", build: { outDir } });
    const server = await preview({
      configFile: CONFIG,
      build: { outDir },
      preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
    });
    const { port } = server.httpServer.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      async close() {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
