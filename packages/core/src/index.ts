// @unilink/core: framework-free UniLink realtime client.
export * from "./actions";
export * from "./api";
export * from "./attachments";
export * from "./client";
export * from "./connection";
export * from "./errors";
export * from "./ingest";
export * from "./protocol";
export * from "./schema";
export * from "./selectors";
export * from "./store";
export * from "./sync";
export * from "./tabs";
