import type { UniLinkError } from "@unilink/core";
import { useMemo } from "react";
import { useAssignConversation } from "../../hooks/actions/use-assign-conversation";
import { useAgents } from "../../hooks/directory/use-agents";
import { useConversation } from "../../hooks/use-conversation";
import { Avatar } from "../Avatar/Avatar";
import { PresenceBadge } from "../Avatar/PresenceBadge";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { displayName } from "../internal/participant";
import { ActionError } from "../Picker/ActionError";
import { defaultPickerLabels, type PickerLabels } from "../Picker/labels";
import { Picker, type PickerOption } from "../Picker/Picker";
import { useActionError } from "../Picker/use-action-error";

/** Every visible or announced string of {@link AssigneePicker}. */
export interface AssigneePickerLabels extends PickerLabels {
  /** Name of the control. */
  assignee: string;
  /** The "nobody" choice and summary. */
  unassigned: string;
  /** Shown when the server refused the change. */
  failed: (error: UniLinkError) => string;
}

/** English defaults of {@link AssigneePickerLabels}. */
export const defaultAssigneePickerLabels: AssigneePickerLabels = {
  ...defaultPickerLabels,
  filter: "Find an agent…",
  assignee: "Assignee",
  unassigned: "Unassigned",
  failed: () => "Could not change the assignee. Try again.",
};

/** Props of {@link AssigneePicker}. */
export interface AssigneePickerProps {
  /** The conversation to assign. */
  conversationId: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<AssigneePickerLabels>;
}

const NOBODY = "none";

/**
 * Assigns a conversation to any agent of the account, or unassigns it.
 * The agents list shows live presence; the change shows at once here and in
 * every other open dashboard (`assignee.changed`), and is undone with an
 * error message if the server refuses it.
 *
 * @example
 * <AssigneePicker conversationId={openId} />
 */
export function AssigneePicker({ conversationId, className, labels }: AssigneePickerProps) {
  const l = useLabels(defaultAssigneePickerLabels, labels);
  const conversation = useConversation(conversationId);
  const { agents, isLoading } = useAgents();
  const assign = useAssignConversation(conversationId);
  const [error, run] = useActionError();
  const assignee = conversation?.meta?.assignee;
  const options = useMemo<PickerOption[]>(
    () => [
      { value: NOBODY, text: l.unassigned },
      ...agents.map((agent) => ({
        value: String(agent.id),
        text: displayName(agent) || `#${agent.id}`,
        icon: <Avatar name={displayName(agent)} src={agent.thumbnail} size="sm" />,
        detail: <PresenceBadge target={{ userId: agent.id }} />,
      })),
    ],
    [agents, l.unassigned],
  );
  return (
    <div className={cx("unilink-root", "unilink-action", className)}>
      <Picker
        label={l.assignee}
        summary={assignee ? displayName(assignee) : l.unassigned}
        options={options}
        selected={[assignee ? String(assignee.id) : NOBODY]}
        onChoose={(value) => run(() => assign(value === NOBODY ? null : Number(value)))}
        filterPlaceholder={l.filter}
        noMatches={l.noMatches}
        loading={isLoading ? l.loading : undefined}
        disabled={!conversation}
      />
      <ActionError error={error} text={l.failed} />
    </div>
  );
}
