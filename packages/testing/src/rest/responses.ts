import { PlatformError } from "../platform/errors";
import type { RestResponse } from "./types";

/** 200 with a JSON body. */
export const ok = (body?: unknown): RestResponse => ({ status: 200, body });

/** The answer for a refused operation, shaped like the platform's error bodies. */
export function errorResponse(error: unknown): RestResponse {
  if (error instanceof PlatformError) {
    const body =
      error.status === 404 ? { error: "Resource could not be found" } : { error: error.message };
    return { status: error.status, body };
  }
  return { status: 500, body: { error: "Internal Server Error" } };
}

/** Reads a body field as an object. */
export function bodyOf(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** A positive integer parameter, or a 404 like an unknown record. */
export function intParam(value: string | undefined, what: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new PlatformError(404, `${what} not found`);
  return number;
}

/** An optional integer query parameter; anything else is ignored, as Rails casts it. */
export function intQuery(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isNaN(number) ? undefined : number;
}

/** A string body field, or undefined. */
export function stringField(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Rails' boolean casting of a JSON or form value. */
export function booleanField(value: unknown): boolean {
  return value === true || value === "true" || value === "1" || value === 1;
}
