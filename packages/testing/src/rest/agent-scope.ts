import { PlatformError } from "../platform/errors";
import type { FakePlatform } from "../platform/fake-platform";
import type { UserRow } from "../platform/records";
import { intParam } from "./responses";
import type { RestRequest } from "./types";

/** Path prefix of account-scoped Application API routes (`account` param). */
export const ACCOUNT = "^/api/v1/accounts/(?<account>[^/]+)";
/** Path prefix of conversation routes (`account`, `id` params). */
export const CONVERSATION = `${ACCOUNT}/conversations/(?<id>[^/]+)`;

/** The Application API caller: `api_access_token` must name a user. */
export function authenticate(platform: FakePlatform, request: RestRequest): UserRow {
  const token = request.headers.api_access_token;
  if (!token) throw new PlatformError(401, "You need to sign in or sign up before continuing.");
  const user = platform.runtime.ctx.userByAccessToken(token);
  if (!user) throw new PlatformError(401, "Invalid Access Token");
  return user;
}

/** The caller and the account of the path, which the caller must belong to. */
export function scope(
  platform: FakePlatform,
  request: RestRequest,
  params: Record<string, string>,
) {
  const user = authenticate(platform, request);
  const accountId = intParam(params.account, "account");
  if (!user.accountIds.includes(accountId)) {
    throw new PlatformError(401, "You are not authorized to access this account");
  }
  return { user, accountId, ctx: platform.runtime.ctx };
}

/** The caller, the account and the conversation of the path (404 when it is not there). */
export function conversationIn(
  platform: FakePlatform,
  request: RestRequest,
  params: Record<string, string>,
) {
  const scoped = scope(platform, request, params);
  const conversation = scoped.ctx.conversation(
    scoped.accountId,
    intParam(params.id, "conversation"),
  );
  return { ...scoped, conversation };
}
