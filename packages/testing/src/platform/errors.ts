/**
 * A refused platform operation, with the HTTP status the REST layer answers
 * (404 unknown record, 401 bad credentials, 422 invalid input).
 */
export class PlatformError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "PlatformError";
  }
}
