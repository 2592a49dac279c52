import type { UniLinkError } from "@unilink/core";
import { useMemo } from "react";
import { stripBidiControls } from "../../content/bidi";
import { useAssignTeam } from "../../hooks/actions/use-assign-team";
import { useTeams } from "../../hooks/directory/use-teams";
import { useConversation } from "../../hooks/use-conversation";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { ActionError } from "../Picker/ActionError";
import { defaultPickerLabels, type PickerLabels } from "../Picker/labels";
import { Picker, type PickerOption } from "../Picker/Picker";
import { useActionError } from "../Picker/use-action-error";

/** Every visible or announced string of {@link TeamPicker}. */
export interface TeamPickerLabels extends PickerLabels {
  /** Name of the control. */
  team: string;
  /** The "no team" choice and summary. */
  noTeam: string;
  /** Shown when the server refused the change. */
  failed: (error: UniLinkError) => string;
}

/** English defaults of {@link TeamPickerLabels}. */
export const defaultTeamPickerLabels: TeamPickerLabels = {
  ...defaultPickerLabels,
  filter: "Find a team…",
  team: "Team",
  noTeam: "No team",
  failed: () => "Could not change the team. Try again.",
};

/** Props of {@link TeamPicker}. */
export interface TeamPickerProps {
  /** The conversation to hand to a team. */
  conversationId: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<TeamPickerLabels>;
}

const NO_TEAM = "none";

/**
 * Hands a conversation to a team of the account, or removes its team. The
 * change shows at once and in every other dashboard (`team.changed`).
 *
 * @example
 * <TeamPicker conversationId={openId} />
 */
export function TeamPicker({ conversationId, className, labels }: TeamPickerProps) {
  const l = useLabels(defaultTeamPickerLabels, labels);
  const conversation = useConversation(conversationId);
  const { teams, isLoading } = useTeams();
  const assignTeam = useAssignTeam(conversationId);
  const [error, run] = useActionError();
  const team = conversation?.meta?.team;
  const options = useMemo<PickerOption[]>(
    () => [
      { value: NO_TEAM, text: l.noTeam },
      ...teams.map((t) => ({
        value: String(t.id),
        text: stripBidiControls(String(t.name ?? `#${t.id}`)),
      })),
    ],
    [teams, l.noTeam],
  );
  return (
    <div className={cx("unilink-root", "unilink-action", className)}>
      <Picker
        label={l.team}
        summary={team?.name ? stripBidiControls(team.name) : l.noTeam}
        options={options}
        selected={[team ? String(team.id) : NO_TEAM]}
        onChoose={(value) => run(() => assignTeam(value === NO_TEAM ? null : Number(value)))}
        filterPlaceholder={l.filter}
        noMatches={l.noMatches}
        loading={isLoading ? l.loading : undefined}
        disabled={!conversation}
      />
      <ActionError error={error} text={l.failed} />
    </div>
  );
}
