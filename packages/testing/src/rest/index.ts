export { FakeRestApi } from "./fake-rest-api";
export { createPlatformFetch, type PlatformFetch } from "./platform-fetch";
export type {
  RestFault,
  RestMiddleware,
  RestRequest,
  RestRequestRecord,
  RestResponse,
  UploadedFile,
} from "./types";
