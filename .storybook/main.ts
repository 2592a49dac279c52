import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import type { PluginOption } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

async function withoutDts(plugins: PluginOption[] | undefined): Promise<PluginOption[]> {
  const flat: PluginOption[] = [];
  for (const plugin of plugins ?? []) {
    const resolved = await plugin;
    if (Array.isArray(resolved)) flat.push(...(await withoutDts(resolved)));
    else if (
      resolved &&
      !(typeof resolved === "object" && "name" in resolved && resolved.name === "vite:dts")
    ) {
      flat.push(resolved);
    }
  }
  return flat;
}

/**
 * Storybook for the drop-in components. Stories import the packages from
 * source (aliases below), so neither a build nor a network is needed: live
 * data comes from an in-memory fake server (`@unilink/testing/browser`).
 */
const config: StorybookConfig = {
  stories: ["../packages/react/stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-vitest", "@storybook/addon-a11y", "@storybook/addon-docs"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: ["./public"],
  async viteFinal(viteConfig) {
    viteConfig.plugins = await withoutDts(viteConfig.plugins);
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      ...(Array.isArray(viteConfig.resolve.alias) ? viteConfig.resolve.alias : []),
      { find: /^@unilink\/core$/, replacement: fromRoot("packages/core/src/index.ts") },
      {
        find: /^@unilink\/testing\/browser$/,
        replacement: fromRoot("packages/testing/src/browser.ts"),
      },
      { find: /^@unilink\/react$/, replacement: fromRoot("packages/react/src/index.ts") },
    ];
    return viteConfig;
  },
};

export default config;
