// The stylesheet users import: computed styles (bidi isolation, hidden panels) are as in an app.
import "@unilink/react/styles.css";
import { mountComponents } from "./mount-components";
import { mountControl } from "./mount-control";

const app = document.getElementById("app") as HTMLElement;

window.__xssHarness = {
  mountComponents: (payloads) => mountComponents(app, payloads),
  mountControl: (html) => mountControl(app, html),
};
