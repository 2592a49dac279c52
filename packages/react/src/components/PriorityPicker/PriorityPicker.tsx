import {
  CONVERSATION_PRIORITIES,
  type ConversationPriorityValue,
  type UniLinkError,
} from "@unilink/core";
import { useMemo } from "react";
import { useSetPriority } from "../../hooks/actions/use-set-priority";
import { useConversation } from "../../hooks/use-conversation";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { ActionError } from "../Picker/ActionError";
import { defaultPickerLabels, type PickerLabels } from "../Picker/labels";
import { Picker, type PickerOption } from "../Picker/Picker";
import { useActionError } from "../Picker/use-action-error";
import { defaultPriorityLabels, type PriorityLabels } from "../Priority/labels";

/** Every visible or announced string of {@link PriorityPicker}. */
export interface PriorityPickerLabels extends PickerLabels, PriorityLabels {
  /** Shown when the server refused the change. */
  failed: (error: UniLinkError) => string;
}

/** English defaults of {@link PriorityPickerLabels}. */
export const defaultPriorityPickerLabels: PriorityPickerLabels = {
  ...defaultPickerLabels,
  ...defaultPriorityLabels,
  failed: () => "Could not change the priority. Try again.",
};

/** Props of {@link PriorityPicker}. */
export interface PriorityPickerProps {
  /** The conversation. */
  conversationId: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<PriorityPickerLabels>;
}

const NONE = "none";

const priorityOf = (value: string): ConversationPriorityValue | null =>
  CONVERSATION_PRIORITIES.find((priority) => priority === value) ?? null;

function PriorityIcon({ value }: { value: string }) {
  return (
    <span className="unilink-priority" data-priority={value} aria-hidden="true">
      <span className="unilink-priority__icon" />
    </span>
  );
}

/**
 * Sets a conversation's priority (urgent, high, medium, low or none). The
 * change shows at once, on rows too, and in every other dashboard.
 *
 * @example
 * <PriorityPicker conversationId={openId} />
 */
export function PriorityPicker({ conversationId, className, labels }: PriorityPickerProps) {
  const l = useLabels(defaultPriorityPickerLabels, labels);
  const conversation = useConversation(conversationId);
  const setPriority = useSetPriority(conversationId);
  const [error, run] = useActionError();
  const priority = conversation?.priority ?? null;
  const options = useMemo<PickerOption[]>(
    () => [
      { value: NONE, text: l.priority(null) },
      ...CONVERSATION_PRIORITIES.map((value) => ({
        value,
        text: l.priority(value),
        icon: <PriorityIcon value={value} />,
      })),
    ],
    [l],
  );
  return (
    <div className={cx("unilink-root", "unilink-action", className)}>
      <Picker
        label={l.picker}
        summary={
          <>
            {priority && <PriorityIcon value={priority} />}
            {l.priority(priority)}
          </>
        }
        options={options}
        selected={[priority ?? NONE]}
        onChoose={(value) => run(() => setPriority(priorityOf(value)))}
        filterPlaceholder={l.filter}
        noMatches={l.noMatches}
        disabled={!conversation}
      />
      <ActionError error={error} text={l.failed} />
    </div>
  );
}
