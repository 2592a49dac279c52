export { stripBidiControls } from "./bidi";
export { type LinkToken, linkify } from "./linkify";
export { MessageContent, type MessageContentProps } from "./MessageContent";
export {
  type BlockNode,
  type InlineNode,
  parseInline,
  parseMessageText,
  parsePlainText,
} from "./markdown";
export { SafeName, type SafeNameProps } from "./SafeName";
export { safeColor } from "./safe-color";
export { isSafeUrl, safeUrl, type UrlPurpose } from "./safe-url";
