import { afterEach } from "vitest";
import { assertGuardedPagesClean } from "./page-guard";

// Every page a test opened must have stayed free of console errors and failed requests.
afterEach(() => assertGuardedPagesClean());
