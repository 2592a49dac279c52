/** Word pools the factories draw from. */
export const FIRST_NAMES = [
  "Ada",
  "Bruno",
  "Chiara",
  "Dmitri",
  "Elif",
  "Farah",
  "Goran",
  "Hana",
  "Ines",
  "Jonas",
  "Kwame",
  "Lena",
  "Mateo",
  "Noor",
  "Oskar",
  "Priya",
  "Quentin",
  "Rosa",
  "Sven",
  "Tomoko",
] as const;

/** See {@link FIRST_NAMES}. */
export const LAST_NAMES = [
  "Almeida",
  "Berg",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lopez",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Rossi",
  "Silva",
] as const;

/** Customer-support message bodies. */
export const MESSAGE_CONTENTS = [
  "Hi, I can't log in to my account.",
  "My order hasn't arrived yet.",
  "Could you help me change my billing address?",
  "Thanks, that fixed it!",
  "Is there a discount for annual plans?",
  "The app crashes when I upload a photo.",
  "Let me check that for you.",
  "I've escalated this to our billing team.",
] as const;

/** Team names. */
export const TEAM_NAMES = ["support", "billing", "sales", "onboarding", "escalations"] as const;

/** Conversation labels. */
export const LABELS = ["vip", "bug", "refund", "feedback", "lead"] as const;
