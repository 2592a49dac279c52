/**
 * The harness' control: raw HTML written with `innerHTML` into a root the
 * scan covers, as a component that renders untrusted HTML would. Lives in
 * this test page only; the library has no such code path.
 */
export function mountControl(app: HTMLElement, html: string): void {
  const root = document.createElement("section");
  root.dataset.xssRoot = "control";
  app.append(root);
  root.innerHTML = html;
}
