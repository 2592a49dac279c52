export {
  InMemoryCableNetwork,
  type InMemoryCableOptions,
  type InMemoryWebSocketClass,
} from "./in-memory-network";
export { type Handler, InMemoryWebSocket, type SocketNetwork } from "./in-memory-socket";
