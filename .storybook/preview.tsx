import type { Decorator, Preview } from "@storybook/react-vite";
import "../packages/react/src/styles/unilink.css";
import "./preview.css";

const withThemeAndDirection: Decorator = (Story, context) => {
  const theme = context.globals.unilinkTheme === "dark" ? "dark" : "light";
  const dir = context.globals.dir === "rtl" ? "rtl" : "ltr";
  return (
    <div className="story-frame" data-unilink-theme={theme} dir={dir}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withThemeAndDirection],
  // Every component gets a generated docs page (props table from its TSDoc, every story).
  tags: ["autodocs"],
  parameters: {
    layout: "fullscreen",
    controls: { expanded: true },
    // axe runs after every story's play function; any violation fails the story's test.
    a11y: { test: "error" },
  },
  initialGlobals: { unilinkTheme: "light", dir: "ltr" },
  globalTypes: {
    unilinkTheme: {
      description: "UniLink theme preset",
      toolbar: { title: "Theme", icon: "mirror", items: ["light", "dark"], dynamicTitle: true },
    },
    dir: {
      description: "Text direction",
      toolbar: { title: "Direction", icon: "transfer", items: ["ltr", "rtl"], dynamicTitle: true },
    },
  },
};

export default preview;
