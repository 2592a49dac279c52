/** Every visible or announced string of {@link MessageList}. */
export interface MessageListLabels {
  /** Accessible name of the message log. */
  log: string;
  /** Shown while `loading`. */
  loading: string;
  /** Shown when the conversation has no messages. */
  empty: string;
  /** Button at the top that shows earlier messages. */
  loadOlder: string;
  /** Shown while older messages load. */
  loadingOlder: string;
  /** Shown at the top once the server has no older messages. */
  start: string;
  /** Day separator text for today. */
  today: string;
  /** Day separator text for yesterday. */
  yesterday: string;
  /** Replacement text of a deleted message. */
  deleted: string;
  /** Tag on a private note. */
  privateNote: string;
  /** Name shown when a sender has none. */
  unknownSender: string;
  /** Delivery status text, for assistive technology (and visible when failed). */
  status: (status: string) => string;
  /** The retry button of a failed message. */
  retry: string;
  /** The "jump to new messages" button. */
  newMessages: (count: number) => string;
  /** Live announcement of one new message. */
  announceOne: (sender: string, text: string) => string;
  /** Live announcement of several new messages. */
  announceMany: (count: number, senders: readonly string[]) => string;
  /** Text standing for an attachment-only message in announcements. */
  attachmentOnly: string;
  /** Attachments. */
  attachment: AttachmentLabels;
  /** Accessible name of a pending message's upload progress bar. */
  uploadProgress: string;
  /** Its value as text. */
  uploaded: (percent: number) => string;
  /** Stops an upload (the message stays, failed, to retry or discard). */
  cancelUpload: string;
  /** Removes a message that failed to send. */
  discard: string;
  /** A failed upload without a known reason. */
  uploadFailed: string;
}

/** Strings of attachments. */
export interface AttachmentLabels {
  /** Alt text of an image attachment. */
  image: string;
  /** Link text of a file without a usable name. */
  file: string;
  /** Link text of a location. */
  location: string;
  /** Shown instead of an attachment whose URL is missing or unsafe. */
  unavailable: string;
  /** Link text beside audio/video players ("Download"). */
  download: string;
}

const STATUS: Record<string, string> = {
  sending: "Sending…",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Not delivered",
};

/** English defaults of {@link MessageListLabels}. */
export const defaultMessageListLabels: MessageListLabels = {
  log: "Messages",
  loading: "Loading messages…",
  empty: "No messages yet. Say hello!",
  loadOlder: "Show earlier messages",
  loadingOlder: "Loading earlier messages…",
  start: "This is the start of the conversation.",
  today: "Today",
  yesterday: "Yesterday",
  deleted: "This message was deleted",
  privateNote: "Private note",
  unknownSender: "Someone",
  status: (status) => STATUS[status] ?? status,
  retry: "Retry",
  newMessages: (count) => (count === 1 ? "1 new message" : `${count} new messages`),
  announceOne: (sender, text) => `New message from ${sender}: ${text}`,
  announceMany: (count, senders) => `${count} new messages from ${senders.join(", ")}`,
  attachmentOnly: "an attachment",
  attachment: {
    image: "Image",
    file: "File",
    location: "Shared location",
    unavailable: "Attachment unavailable",
    download: "Download",
  },
  uploadProgress: "Upload progress",
  uploaded: (percent) => `${percent}% uploaded`,
  cancelUpload: "Cancel upload",
  discard: "Discard",
  uploadFailed: "The upload failed.",
};
