export {
  type AttachmentRules,
  DEFAULT_ATTACHMENT_RULES,
  fileTypeOf,
  validateAttachments,
} from "./rules";
