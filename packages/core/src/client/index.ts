export { createUniLinkClient } from "./create-client";
export type { UniLinkClient, UniLinkClientOptions } from "./types";
