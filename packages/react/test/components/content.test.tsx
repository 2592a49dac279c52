import { render } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import {
  AttachmentView,
  defaultMessageListLabels,
  isSafeUrl,
  linkify,
  MessageContent,
  SafeName,
  safeUrl,
  stripBidiControls,
} from "../../src/components";

function renderText(text: string) {
  return render(<MessageContent text={text} />).container;
}

describe("safe content", () => {
  test("HTML in a message is text: no script, image or handler reaches the DOM", () => {
    const hostile = `<script>window.pwnedByXss = 1</script><img src=x onerror="window.pwnedByXss=1"><b onclick="x()">hi</b>`;
    const container = renderText(hostile);
    expect(container.querySelector("script, img, b, [onerror], [onclick]")).toBeNull();
    expect(container.textContent).toContain("<script>window.pwnedByXss = 1</script>");
    expect((window as { pwnedByXss?: number }).pwnedByXss).toBeUndefined();
  });

  test.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "see javascript:alert(1) here",
    "[click](javascript:alert(1))",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "**javascript:alert(1)**",
  ])("%s never becomes a link", (text) => {
    const container = renderText(text);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain(text.replace(/\*\*/g, ""));
  });

  test("http(s), www, mailto, tel and e-mail addresses become safe external links", () => {
    const container = renderText(
      "Docs: https://example.com/a_b_c?x=1. Or www.example.org, mail ana@example.com, mailto:bob@example.com, call tel:+15551234567",
    );
    const links = [...container.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://example.com/a_b_c?x=1",
      "https://www.example.org",
      "mailto:ana@example.com",
      "mailto:bob@example.com",
      "tel:+15551234567",
    ]);
    for (const link of links) {
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
      expect(link.getAttribute("target")).toBe("_blank");
    }
  });

  test("a URL inside bold stays one link; punctuation and brackets after it are not part of it", () => {
    const container = renderText("**https://example.com/x_y** (see https://example.com/p)");
    const links = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://example.com/x_y", "https://example.com/p"]);
    expect(container.querySelector("strong a")).not.toBeNull();
  });

  test("the markdown subset renders as elements", () => {
    const container = renderText(
      "**bold** and *italic* and _also_ and `a <b> code`\nsecond line\n\n- one\n- two\n\n3. three\n4. four\n\n```js\nconst x = '<i>';\n```",
    );
    expect(container.querySelector("strong")?.textContent).toBe("bold");
    expect([...container.querySelectorAll("em")].map((e) => e.textContent)).toEqual([
      "italic",
      "also",
    ]);
    expect(container.querySelector("p code")?.textContent).toBe("a <b> code");
    expect(container.querySelector("p br")).not.toBeNull();
    expect([...container.querySelectorAll("ul li")].map((li) => li.textContent)).toEqual([
      "one",
      "two",
    ]);
    expect(container.querySelector("ol")?.getAttribute("start")).toBe("3");
    expect(container.querySelector("pre code")?.textContent).toBe("const x = '<i>';");
    expect(container.querySelector("i")).toBeNull();
  });

  test("snake_case words and lone asterisks stay text", () => {
    const container = renderText("use my_var_name and 2 * 3 * 4");
    expect(container.querySelector("em, strong")).toBeNull();
    expect(container.textContent).toBe("use my_var_name and 2 * 3 * 4");
  });

  test("a huge adversarial message renders without hanging", () => {
    const text = `${"**a ".repeat(3000)}${"_b ".repeat(3000)}`;
    const container = renderText(text);
    expect(container.textContent?.length).toBeGreaterThan(1000);
  });
});

describe("isSafeUrl / safeUrl", () => {
  test.each([
    ["https://example.com", "link", true],
    ["http://example.com/x", "media", true],
    ["/relative/file.png", "media", true],
    ["mailto:a@example.com", "link", true],
    ["tel:+1555", "link", true],
    ["mailto:a@example.com", "media", false],
    ["javascript:alert(1)", "link", false],
    [" JAVASCRIPT:alert(1)", "link", false],
    ["java\nscript:alert(1)", "link", false],
    ["java\tscript:alert(1)", "media", false],
    ["data:image/png;base64,AAAA", "media", false],
    ["vbscript:x", "link", false],
    ["blob:https://example.com/id", "media", false],
    ["file:///etc/passwd", "link", false],
    ["", "link", false],
  ] as const)("%j as %s → %s", (url, purpose, expected) => {
    expect(isSafeUrl(url, purpose)).toBe(expected);
  });

  test("non-strings are unsafe and safeUrl trims", () => {
    expect(isSafeUrl(undefined)).toBe(false);
    expect(isSafeUrl({ toString: () => "https://x.com" })).toBe(false);
    expect(safeUrl("  https://example.com/a  ")).toBe("https://example.com/a");
  });

  test("linkify keeps text around links", () => {
    expect(linkify("go to https://a.com.")).toEqual([
      { type: "text", text: "go to " },
      { type: "link", text: "https://a.com", href: "https://a.com" },
      { type: "text", text: "." },
    ]);
  });
});

describe("attachments and names", () => {
  const labels = defaultMessageListLabels.attachment;

  test("an attachment with an unsafe URL renders no link, image or player", () => {
    for (const file_type of ["image", "audio", "video", "file"]) {
      const { container, unmount } = render(
        <AttachmentView
          attachment={{
            id: 1,
            file_type,
            data_url: "javascript:alert(1)",
            thumb_url: "javascript:alert(2)",
          }}
          labels={labels}
        />,
      );
      expect(container.querySelector("a, img, audio, video")).toBeNull();
      expect(container.textContent).toBe(labels.unavailable);
      unmount();
    }
  });

  test("a safe image links to the file and shows the thumbnail", () => {
    const { container } = render(
      <AttachmentView
        attachment={{
          id: 1,
          file_type: "image",
          data_url: "https://f.example/a.png",
          thumb_url: "javascript:x",
        }}
        labels={labels}
      />,
    );
    expect(container.querySelector("a")?.getAttribute("href")).toBe("https://f.example/a.png");
    expect(container.querySelector("a")?.getAttribute("rel")).toBe("noopener noreferrer");
    // The unsafe thumbnail falls back to the (safe) file itself.
    expect(container.querySelector("img")?.getAttribute("src")).toBe("https://f.example/a.png");
  });

  test("a location links to a map with its coordinates", () => {
    const { container } = render(
      <AttachmentView
        attachment={{
          id: 1,
          file_type: "location",
          coordinates_lat: 52.52,
          coordinates_long: 13.405,
          fallback_title: "Office",
        }}
        labels={labels}
      />,
    );
    expect(container.querySelector("a")?.getAttribute("href")).toContain("mlat=52.52");
    expect(container.textContent).toContain("Office");
  });

  test("bidi overrides are stripped from names, which are isolated in <bdi>", () => {
    expect(stripBidiControls("Ana\u202Etxt.exe\u202C")).toBe("Anatxt.exe");
    const { container } = render(<SafeName name={"\u202EevilName"} fallback="Visitor" />);
    const bdi = container.querySelector("bdi");
    expect(bdi?.textContent).toBe("evilName");
    const empty = render(<SafeName name={"\u202E\u2066"} fallback="Visitor" />);
    expect(empty.container.textContent).toBe("Visitor");
  });
});
