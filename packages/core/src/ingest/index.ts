export { createIngest, type Ingest, type IngestOptions } from "./create-ingest";
