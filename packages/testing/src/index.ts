/**
 * `@unilink/testing`: a fake UniLink server (ActionCable over `ws`, Node only)
 * plus everything from `@unilink/testing/browser`.
 * @packageDocumentation
 */
export * from "./browser";
export { type ChromiumLaunchOptions, chromiumLaunchOptions } from "./chromium";
export {
  createFakeUniLinkServer,
  type FakePlatformServer,
  FakeUniLinkServer,
  type FakeUniLinkServerOptions,
  type HttpHandler,
} from "./server/ws-transport";
