import { registerSecret } from "../errors";
import { describeError } from "./describe-error";
import type { TokenSource } from "./options";

/** A token obtained from a {@link TokenSource}, or why there is none. */
export type TokenResult = { ok: true; token: string } | { ok: false; reason: string };

/**
 * Asks a token provider for a token. Never rejects: a throw, a rejection or
 * something that is not a non-empty string becomes `{ok: false}`. The token
 * is registered as a secret before anyone else sees it.
 */
export async function fetchToken(provider: Exclude<TokenSource, string>): Promise<TokenResult> {
  try {
    const token = await provider();
    if (typeof token !== "string" || token === "") {
      return { ok: false, reason: "the pubsubToken provider returned no token" };
    }
    registerSecret(token);
    return { ok: true, token };
  } catch (error) {
    return { ok: false, reason: `the pubsubToken provider failed: ${describeError(error)}` };
  }
}
