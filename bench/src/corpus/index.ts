export { agentIdentifier, BENCH_SUBSCRIBER, encodeDataFrame, type Subscriber } from "./frame";
export { type Corpus, type CorpusOptions, generateCorpus } from "./generate";
export { Prng } from "./prng";
