import type { UniLinkError } from "@unilink/core";
import { useMemo } from "react";
import { stripBidiControls } from "../../content/bidi";
import { useConversationLabelActions } from "../../hooks/actions/use-conversation-label-actions";
import { useAccountLabels } from "../../hooks/directory/use-account-labels";
import { useConversationLabels } from "../../hooks/directory/use-conversation-labels";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { LabelChip } from "../Labels/LabelChip";
import { LabelList } from "../Labels/LabelList";
import { ActionError } from "../Picker/ActionError";
import { defaultPickerLabels, type PickerLabels } from "../Picker/labels";
import { Picker, type PickerOption } from "../Picker/Picker";
import { useActionError } from "../Picker/use-action-error";

/** Every visible or announced string of {@link LabelPicker}. */
export interface LabelPickerLabels extends PickerLabels {
  /** Name of the control. */
  labels: string;
  /** Summary when the conversation has no label. */
  none: string;
  /** Shown when the server refused the change. */
  failed: (error: UniLinkError) => string;
}

/** English defaults of {@link LabelPickerLabels}. */
export const defaultLabelPickerLabels: LabelPickerLabels = {
  ...defaultPickerLabels,
  filter: "Find a label…",
  labels: "Labels",
  none: "None",
  failed: () => "Could not change the labels. Try again.",
};

/** Props of {@link LabelPicker}. */
export interface LabelPickerProps {
  /** The conversation to label. */
  conversationId: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<LabelPickerLabels>;
}

/**
 * Adds and removes a conversation's labels, chosen from the account's label
 * list (with its colours). Each choice toggles one label and the list stays
 * open; the change shows at once and in every other dashboard
 * (`conversation.updated`), and is undone with a message if refused.
 *
 * @example
 * <LabelPicker conversationId={openId} />
 */
export function LabelPicker({ conversationId, className, labels }: LabelPickerProps) {
  const l = useLabels(defaultLabelPickerLabels, labels);
  const { labels: account, isLoading } = useAccountLabels();
  const current = useConversationLabels(conversationId);
  const actions = useConversationLabelActions(conversationId);
  const [error, run] = useActionError();
  const titles = useMemo(() => current.map((label) => label.title), [current]);
  const colors = useMemo(
    () => new Map(current.map((label) => [label.title, label.color])),
    [current],
  );
  const options = useMemo<PickerOption[]>(
    () =>
      account.map((label) => ({
        value: label.title,
        text: stripBidiControls(label.title),
        icon: <LabelChip title="" color={label.color} className="unilink-label--dot-only" />,
      })),
    [account],
  );
  const toggle = (title: string) =>
    run(() => (titles.includes(title) ? actions.remove([title]) : actions.add([title])));
  return (
    <div className={cx("unilink-root", "unilink-action", className)}>
      <Picker
        label={l.labels}
        summary={
          titles.length > 0 ? (
            <LabelList titles={titles} colorOf={(title) => colors.get(title)} max={3} />
          ) : (
            l.none
          )
        }
        options={options}
        selected={titles}
        multiple
        onChoose={toggle}
        filterPlaceholder={l.filter}
        noMatches={l.noMatches}
        loading={isLoading ? l.loading : undefined}
      />
      <ActionError error={error} text={l.failed} />
    </div>
  );
}
