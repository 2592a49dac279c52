import { chromiumLaunchOptions } from "@unilink/testing";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium with the flags TOOLCHAIN.md prescribes (no browser download, ever). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
