import { type LinkToken, linkify } from "./linkify";

/** An inline piece of formatted text. */
export type InlineNode =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "code"; text: string }
  | { type: "strong"; children: InlineNode[] }
  | { type: "em"; children: InlineNode[] }
  | { type: "break" };

/** A block of formatted text. */
export type BlockNode =
  | { type: "paragraph"; children: InlineNode[] }
  | { type: "code"; text: string; language: string }
  | { type: "list"; ordered: boolean; start: number; items: InlineNode[][] };

/** Longer text is rendered as plain linkified paragraphs: the parser must stay linear-ish. */
const MARKDOWN_LIMIT = 20_000;
const MAX_NESTING = 3;

const FENCE = /^\s*```\s*([\w+-]*)\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const CODE_SPAN = /`([^`\n]+)`/g;
// Bold before italic; `_` only at word boundaries, so snake_case stays text.
const EMPHASIS =
  /\*\*(?=\S)([^\n]*?\S)\*\*|__(?=\S)([^\n]*?\S)__|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
// Private-use characters stand in for links while emphasis is parsed, so `_` or `*` in a URL is safe.
const SLOT_OPEN = "\ue000";
const SLOT_CLOSE = "\ue001";
const SLOT = /\ue000(\d+)\ue001/g;

function expandSlots(text: string, links: LinkToken[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > last) nodes.push({ type: "text", text: text.slice(last, match.index) });
    const link = links[Number(match[1])];
    if (link) nodes.push(link);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: "text", text: text.slice(last) });
  return nodes;
}

function parseEmphasis(text: string, links: LinkToken[], depth: number): InlineNode[] {
  if (depth >= MAX_NESTING) return expandSlots(text, links);
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > last) nodes.push(...expandSlots(text.slice(last, match.index), links));
    const strong = match[1] ?? match[2];
    const inner = strong ?? match[3] ?? match[4] ?? "";
    const children = parseEmphasis(inner, links, depth + 1);
    nodes.push(strong !== undefined ? { type: "strong", children } : { type: "em", children });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(...expandSlots(text.slice(last), links));
  return nodes;
}

function parseFormatted(text: string): InlineNode[] {
  const links: LinkToken[] = [];
  const slotted = linkify(text)
    .map((token) => {
      if (token.type === "text") return token.text;
      links.push(token);
      return `${SLOT_OPEN}${links.length - 1}${SLOT_CLOSE}`;
    })
    .join("");
  return parseEmphasis(slotted, links, 0);
}

/** Parses one line: code spans, links, then bold/italic. */
export function parseInline(line: string): InlineNode[] {
  const text = line.replace(/[\ue000\ue001]/g, "\ufffd");
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    if (match.index > last) nodes.push(...parseFormatted(text.slice(last, match.index)));
    nodes.push({ type: "code", text: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(...parseFormatted(text.slice(last)));
  return nodes;
}

function joinLines(lines: string[], parse: (line: string) => InlineNode[]): InlineNode[] {
  return lines.flatMap((line, index) =>
    index === 0 ? parse(line) : [{ type: "break" } as const, ...parse(line)],
  );
}

function plainInline(line: string): InlineNode[] {
  return linkify(line);
}

/**
 * Parses message text into blocks: paragraphs (single newlines become line
 * breaks), fenced code blocks, bullet and numbered lists; inline bold
 * (`**x**`, `__x__`), italic (`*x*`, `_x_`), code spans and auto-links.
 * The result is data: it is rendered as React elements, never as HTML.
 *
 * @example
 * parseMessageText("**Hi**\n- one\n- two");
 */
export function parseMessageText(source: string): BlockNode[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  if (source.length > MARKDOWN_LIMIT) return parsePlainText(lines);
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0)
      blocks.push({ type: "paragraph", children: joinLines(paragraph, parseInline) });
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++index < lines.length && !FENCE.test(lines[index] ?? ""))
        code.push(lines[index] ?? "");
      blocks.push({ type: "code", text: code.join("\n"), language: fence[1] ?? "" });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const ordered = numbered !== null;
      const pattern = ordered ? NUMBERED : BULLET;
      const items: InlineNode[][] = [];
      let item: RegExpExecArray | null = bullet ?? numbered;
      while (item) {
        items.push(parseInline((ordered ? item[2] : item[1]) ?? ""));
        const next = pattern.exec(lines[index + 1] ?? "");
        if (!next) break;
        index++;
        item = next;
      }
      blocks.push({ type: "list", ordered, start: ordered ? Number(numbered?.[1]) : 1, items });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Paragraphs with line breaks and auto-links only: no markdown. */
export function parsePlainText(lines: string[] | string): BlockNode[] {
  const all = typeof lines === "string" ? lines.replace(/\r\n?/g, "\n").split("\n") : lines;
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  for (const line of [...all, ""]) {
    if (line.trim() !== "") {
      paragraph.push(line);
      continue;
    }
    if (paragraph.length > 0)
      blocks.push({ type: "paragraph", children: joinLines(paragraph, plainInline) });
    paragraph = [];
  }
  return blocks;
}
