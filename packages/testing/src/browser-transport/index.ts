export {
  InMemoryCableNetwork,
  type InMemoryCableOptions,
  type InMemoryWebSocketClass,
} from "./in-memory-network";
export { InMemoryWebSocket, type SocketNetwork } from "./in-memory-socket";
