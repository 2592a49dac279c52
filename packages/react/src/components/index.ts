/**
 * Drop-in components built only on the public hooks. Import the stylesheet
 * once: `import "@unilink/react/styles.css"`.
 */
export * from "../content";
export {
  AgentInbox,
  type AgentInboxLabels,
  type AgentInboxProps,
  defaultAgentInboxLabels,
} from "./AgentInbox/AgentInbox";
export {
  ConversationHeader,
  type ConversationHeaderLabels,
  type ConversationHeaderProps,
  defaultConversationHeaderLabels,
} from "./AgentInbox/ConversationHeader";
export {
  AssigneePicker,
  type AssigneePickerLabels,
  type AssigneePickerProps,
  defaultAssigneePickerLabels,
} from "./AssigneePicker/AssigneePicker";
export { Avatar, type AvatarComponents, type AvatarProps } from "./Avatar/Avatar";
export {
  defaultPresenceBadgeLabels,
  PresenceBadge,
  type PresenceBadgeLabels,
  type PresenceBadgeProps,
} from "./Avatar/PresenceBadge";
export {
  ChatWidget,
  type ChatWidgetComponents,
  type ChatWidgetHeaderProps,
  type ChatWidgetLabels,
  type ChatWidgetOwnProps,
  type ChatWidgetProps,
  defaultChatWidgetLabels,
} from "./ChatWidget/ChatWidget";
export {
  ConnectionBanner,
  type ConnectionBannerLabels,
  type ConnectionBannerProps,
  type ConnectionProblem,
  connectionProblem,
  defaultConnectionBannerLabels,
} from "./ConnectionBanner/ConnectionBanner";
export {
  ContactPanel,
  type ContactPanelProps,
} from "./ContactPanel/ContactPanel";
export { type ContactPanelLabels, defaultContactPanelLabels } from "./ContactPanel/labels";
export {
  ConversationList,
  type ConversationListComponents,
  type ConversationListProps,
} from "./ConversationList/ConversationList";
export { ConversationRow, type ConversationRowProps } from "./ConversationList/ConversationRow";
export {
  type AssigneeTab,
  type ConversationListLabels,
  type ConversationSort,
  defaultConversationListLabels,
  type StatusTab,
} from "./ConversationList/labels";
export type { ComposerSendInput, LoadOlderResult } from "./internal/actions";
export {
  defaultLabelPickerLabels,
  LabelPicker,
  type LabelPickerLabels,
  type LabelPickerProps,
} from "./LabelPicker/LabelPicker";
export { LabelChip, type LabelChipProps } from "./Labels/LabelChip";
export { LabelList, type LabelListProps } from "./Labels/LabelList";
export {
  type ComposerAttachmentLabels,
  defaultComposerAttachmentLabels,
} from "./MessageComposer/labels";
export {
  defaultMessageComposerLabels,
  MessageComposer,
  type MessageComposerComponents,
  type MessageComposerLabels,
  type MessageComposerProps,
  type SendButtonProps,
} from "./MessageComposer/MessageComposer";
export { AttachmentView, type AttachmentViewProps } from "./MessageList/Attachments";
export { DaySeparator, type DaySeparatorProps } from "./MessageList/DaySeparator";
export { DeliveryStatus, type DeliveryStatusProps } from "./MessageList/DeliveryStatus";
export type { MessageRole, Viewer } from "./MessageList/direction";
export {
  type AttachmentLabels,
  defaultMessageListLabels,
  type MessageListLabels,
} from "./MessageList/labels";
export { MessageBubble, type MessageBubbleProps } from "./MessageList/MessageBubble";
export {
  MessageList,
  type MessageListComponents,
  type MessageListProps,
} from "./MessageList/MessageList";
export {
  defaultNotificationBellLabels,
  NotificationBell,
  type NotificationBellComponents,
  type NotificationBellLabels,
  type NotificationBellProps,
  type NotificationItemProps,
} from "./NotificationBell/NotificationBell";
export { defaultPriorityLabels, type PriorityLabels } from "./Priority/labels";
export { PriorityBadge, type PriorityBadgeProps } from "./Priority/PriorityBadge";
export {
  defaultPriorityPickerLabels,
  PriorityPicker,
  type PriorityPickerLabels,
  type PriorityPickerProps,
} from "./PriorityPicker/PriorityPicker";
export {
  defaultStatusActionsLabels,
  type StatusActionsLabels,
} from "./StatusActions/labels";
export { StatusActions, type StatusActionsProps } from "./StatusActions/StatusActions";
export {
  defaultTeamPickerLabels,
  TeamPicker,
  type TeamPickerLabels,
  type TeamPickerProps,
} from "./TeamPicker/TeamPicker";
export {
  defaultTypingIndicatorLabels,
  TypingIndicator,
  type TypingIndicatorLabels,
  type TypingIndicatorProps,
  typingText,
} from "./TypingIndicator/TypingIndicator";
