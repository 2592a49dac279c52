/**
 * Conversation scripts of the generated account: who says what, in order.
 * `c` is the contact, `a` an agent, `n` an agent's private note.
 */
export type ScriptLine = readonly ["c" | "a" | "n", string];

/** One support topic, as a customer and an agent would write it. */
export interface Script {
  labels: readonly string[];
  lines: readonly ScriptLine[];
}

/** The support topics the generated history and new visitors draw from. */
export const SCRIPTS: readonly Script[] = [
  {
    labels: ["login"],
    lines: [
      ["c", "Hi, I can't log in to my account. It says my password is wrong."],
      ["a", "Sorry about that! I've sent a password reset link to your email."],
      ["c", "Got it, I'm back in. Thanks!"],
      ["a", "Great, happy to help. Anything else?"],
    ],
  },
  {
    labels: ["shipping"],
    lines: [
      ["c", "My order #48213 hasn't arrived yet. It was due on Monday."],
      ["n", "Carrier shows it stuck at the Leipzig hub since Friday."],
      ["a", "I checked with the carrier: it's at a regional hub and should arrive within 2 days."],
      ["c", "Okay, can you send me the tracking link?"],
      ["a", "Here it is: https://track.example.com/48213"],
    ],
  },
  {
    labels: ["billing"],
    lines: [
      ["c", "Could you help me change my billing address?"],
      ["a", "Of course. You can update it under **Settings → Billing**, or tell me the new one."],
      ["c", "It's 12 Harbour Street, Lisbon."],
      ["a", "Done! Your next invoice will use the new address."],
    ],
  },
  {
    labels: ["refund", "billing"],
    lines: [
      ["c", "I was charged twice for my subscription this month."],
      ["n", "Duplicate charge confirmed in Stripe, refund needs approval."],
      ["a", "You're right, I can see the duplicate charge. I've started a refund."],
      ["c", "How long will it take?"],
      ["a", "Usually 3–5 business days, depending on your bank."],
    ],
  },
  {
    labels: ["bug"],
    lines: [
      ["c", "The app crashes when I upload a photo from my gallery."],
      ["a", "Thanks for reporting! Which phone and app version are you using?"],
      ["c", "Pixel 7, version 4.12.0."],
      ["n", "Looks like the HEIC decoder bug, linking to the existing ticket."],
      ["a", "It's a known issue with 4.12.0. A fix ships in 4.12.1 this week."],
    ],
  },
  {
    labels: ["sales", "lead"],
    lines: [
      ["c", "Is there a discount for annual plans?"],
      ["a", "Yes! Annual plans get two months free. Want me to switch you?"],
      ["c", "Yes please, for the Team plan."],
    ],
  },
  {
    labels: ["feedback"],
    lines: [
      ["c", "Just wanted to say the new dashboard is fantastic 🎉"],
      ["a", "That made our day, thank you! I'll pass it on to the team."],
    ],
  },
  {
    labels: ["account"],
    lines: [
      ["c", "How do I add a colleague to my workspace?"],
      ["a", "Go to Settings → Members and click *Invite*. They'll get an email."],
      ["c", "Do they need a paid seat?"],
      ["a", "Yes, each member uses one seat of your plan."],
    ],
  },
  {
    labels: ["bug", "vip"],
    lines: [
      ["c", "Our exports have been failing since this morning. This is urgent."],
      ["n", "Escalated to on-call engineering."],
      ["a", "I'm sorry! Our engineers are on it. I'll update you within the hour."],
      ["c", "Thanks, please keep me posted."],
    ],
  },
  {
    labels: ["shipping"],
    lines: [
      ["c", "Can I change the delivery date of my order?"],
      ["a", "Sure, which date works for you?"],
      ["c", "Next Thursday, if possible."],
      ["a", "Done, it's rescheduled for Thursday."],
      ["c", "Perfect 👍"],
    ],
  },
  {
    labels: ["account"],
    lines: [
      ["c", "I'd like to delete my account."],
      ["a", "I can help with that. Could you confirm the email on the account?"],
    ],
  },
  {
    labels: ["billing"],
    lines: [
      ["c", "Where can I download my invoices?"],
      ["a", "All invoices are under Settings → Billing → History."],
      ["c", "Found them, thanks!"],
    ],
  },
  {
    labels: ["integration"],
    lines: [
      ["c", "Does your API support webhooks for new orders?"],
      ["a", "It does. The guide is here: https://docs.example.com/webhooks"],
      ["c", "Do you sign the payloads?"],
      ["a", "Yes, with an HMAC-SHA256 header. The guide shows how to verify it."],
    ],
  },
  {
    labels: ["bug"],
    lines: [
      ["c", "Emails from your platform land in my spam folder."],
      ["a", "Thanks for letting us know. Could you forward one of them to us?"],
      ["c", "Sent it just now."],
    ],
  },
];

/** What contacts write when the simulator has them start a conversation or follow up. */
export const CONTACT_FOLLOW_UPS: readonly string[] = [
  "Any update on this?",
  "Thanks! One more question: can I pay by bank transfer?",
  "I just tried again and it still doesn't work.",
  "Great, that worked!",
  "Could you check again please?",
  "Sorry, I forgot to mention: I'm on the mobile app.",
  "Is anyone there?",
  "Here is the order number: #51874",
];

/** What the simulator's agents reply. */
export const AGENT_REPLIES: readonly string[] = [
  "Thanks for your patience, I'm looking into it now.",
  "Could you share a screenshot of what you see?",
  "I've escalated this to our technical team.",
  "That should be fixed now. Can you try again?",
  "Happy to help! Is there anything else?",
  "I've applied a credit to your account for the trouble.",
  "Let me check that for you.",
];

/** Private notes the simulator's agents leave (agents only: never reach the contact). */
export const AGENT_NOTES: readonly string[] = [
  "Customer is on the legacy plan, check before offering the discount.",
  "Second time this week, flag for the product team.",
  "Waiting on engineering, ticket ENG-2231.",
];
