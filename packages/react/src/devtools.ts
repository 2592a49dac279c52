/**
 * `@unilink/react/devtools`: the development panel and its recordings, kept
 * out of the main entry so that apps (and their bundles) only carry it where
 * they import it, typically behind `import.meta.env.DEV` or a lazy import.
 * @packageDocumentation
 */

export {
  parseRecording,
  type RecordingEntry,
  type ReplayResult,
  type ReplayTarget,
  replayRecording,
  type UniLinkRecording,
} from "./components/Devtools/recording";
export { redactForDevtools } from "./components/Devtools/redact";
export {
  type DevtoolsEntryProps,
  defaultUniLinkDevtoolsLabels,
  UniLinkDevtools,
  type UniLinkDevtoolsComponents,
  type UniLinkDevtoolsLabels,
  type UniLinkDevtoolsProps,
} from "./components/Devtools/UniLinkDevtools";
