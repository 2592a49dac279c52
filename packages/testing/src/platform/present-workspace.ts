import type { CannedResponseRow, LabelRow, TeamRow, UserRow } from "./records";

/** An agent as `GET .../agents` lists it. */
export function agentPayload(user: UserRow, accountId: number) {
  return {
    id: user.id,
    account_id: accountId,
    availability_status: user.availability,
    auto_offline: true,
    confirmed: true,
    email: user.email,
    available_name: user.name,
    name: user.name,
    role: user.role,
    thumbnail: `https://avatars.example.com/users/${user.id}.png`,
  };
}

/** A team as `GET .../teams` lists it (`is_member` for the caller). */
export function teamPayload(team: TeamRow, viewerId: number) {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    allow_auto_assign: team.allowAutoAssign,
    account_id: team.accountId,
    is_member: team.memberIds.includes(viewerId),
  };
}

/** A label as `GET .../labels` lists it. */
export function labelPayload(label: LabelRow) {
  return {
    id: label.id,
    title: label.title,
    description: label.description,
    color: label.color,
    show_on_sidebar: label.showOnSidebar,
  };
}

/** A canned response. */
export function cannedResponsePayload(row: CannedResponseRow) {
  return { id: row.id, account_id: row.accountId, short_code: row.shortCode, content: row.content };
}
