import { Fragment, memo, type ReactNode, useMemo } from "react";
import { type BlockNode, type InlineNode, parseMessageText, parsePlainText } from "./markdown";

/** Props of {@link MessageContent}. */
export interface MessageContentProps {
  /** The message text, exactly as received. */
  text: string | null | undefined;
  /** Interpret the markdown subset (default true); false renders plain text with links. */
  markdown?: boolean;
  /** Extra class on the wrapper. */
  className?: string;
}

function renderInline(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((node, index): ReactNode => {
    const key = `${node.type}-${index}`;
    switch (node.type) {
      case "text":
        return <Fragment key={key}>{node.text}</Fragment>;
      case "break":
        return <br key={key} />;
      case "code":
        return (
          <code key={key} className="unilink-content__code">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={key}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={key}>{renderInline(node.children)}</em>;
      default:
        // A link: its href was checked by safeUrl (http, https, mailto, tel only).
        return (
          <a
            key={key}
            className="unilink-content__link"
            href={node.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            {node.text}
          </a>
        );
    }
  });
}

function renderBlock(block: BlockNode, index: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return (
        <p key={index} className="unilink-content__paragraph">
          {renderInline(block.children)}
        </p>
      );
    case "code":
      return (
        <pre key={index} className="unilink-content__pre" dir="ltr">
          <code data-language={block.language || undefined}>{block.text}</code>
        </pre>
      );
    case "list": {
      const items = block.items.map((item, itemIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond position
        <li key={itemIndex}>{renderInline(item)}</li>
      ));
      return block.ordered ? (
        <ol key={index} className="unilink-content__list" start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={index} className="unilink-content__list">
          {items}
        </ul>
      );
    }
  }
}

/**
 * Renders message text safely as React elements: paragraphs, line breaks,
 * a markdown subset (bold, italic, inline code, code blocks, lists) and
 * auto-linked `http(s)`/`mailto`/`tel` URLs that open in a new tab with
 * `rel="noopener noreferrer"`. HTML in the text is shown as text; nothing is
 * ever injected as markup. `dir="auto"` isolates each message's direction.
 *
 * @example
 * <MessageContent text={"**Order** shipped: https://example.com/track"} />
 */
export const MessageContent = memo(function MessageContent({
  text,
  markdown = true,
  className,
}: MessageContentProps) {
  const blocks = useMemo(
    () => (text ? (markdown ? parseMessageText(text) : parsePlainText(text)) : []),
    [text, markdown],
  );
  if (blocks.length === 0) return null;
  return (
    <div className={className ? `unilink-content ${className}` : "unilink-content"} dir="auto">
      {blocks.map(renderBlock)}
    </div>
  );
});
