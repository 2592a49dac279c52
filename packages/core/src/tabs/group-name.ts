/** Who a socket belongs to: pages share one only when all of this is equal. */
export interface TabGroupIdentity {
  url: string;
  token: string;
  accountId: number | undefined;
  userId: number | undefined;
}

// 53 bits of two independent 32-bit multiplicative hashes: enough to keep identities apart,
// far too little to recover a token from.
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The channel and lock name of an identity's tab group: a hash, so the
 * token never appears in channel names, lock names or devtools.
 */
export function tabGroupName(identity: TabGroupIdentity): string {
  const key = JSON.stringify([
    identity.url,
    identity.accountId ?? null,
    identity.userId ?? null,
    identity.token,
  ]);
  return `unilink-tabs-${hash53(key)}`;
}
