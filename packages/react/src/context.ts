import type { UniLinkClient } from "@unilink/core";
import { createContext } from "react";

/**
 * The client of the nearest {@link UniLinkProvider}. Holds the client object
 * itself, which never changes for a mounted provider, so no consumer
 * re-renders through the context: hooks subscribe to the store instead.
 */
export const UniLinkContext = createContext<UniLinkClient | null>(null);
UniLinkContext.displayName = "UniLinkContext";
