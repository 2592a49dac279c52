// The frame pipeline's inner parts, which @unilink/core keeps internal: the
// fuzz and memory tests drive them directly, from core's source. Everything
// else comes from the public package.
export { createIngest } from "../../../packages/core/src/ingest/create-ingest";
export { decodeFrame } from "../../../packages/core/src/protocol/decode";
export { buildIdentifier } from "../../../packages/core/src/protocol/identifier";
export { createUniLinkStore } from "../../../packages/core/src/store/create-store";
