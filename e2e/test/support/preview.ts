import type { AddressInfo } from "node:net";
import { type PreviewServer, preview } from "vite";

/** A built app served by `vite preview` on 127.0.0.1 and a free port. */
export interface AppPreview {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir`'s `dist/` (run the app's `vite build` first; turbo does it before `test`). */
export async function previewApp(dir: string): Promise<AppPreview> {
  const server: PreviewServer = await preview({
    root: dir,
    logLevel: "error",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
