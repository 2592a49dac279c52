import { render, screen } from "@testing-library/react";
import { version as reactVersion, useState } from "react";
import { version as reactDomVersion } from "react-dom";
import { expect, test } from "vitest";

// `pnpm test` runs the suite twice; each run must really use the React it claims to.
const expected = process.env.UNILINK_EXPECTED_REACT_MAJOR;

function Version() {
  const [text] = useState(() => reactVersion);
  return <p>{text}</p>;
}

test(`react, react-dom and testing-library all use React ${expected}`, () => {
  expect(expected).toMatch(/^(18|19)$/);
  expect(reactVersion.split(".")[0]).toBe(expected);
  expect(reactDomVersion.split(".")[0]).toBe(expected);
  // Hooks throw when testing-library's react-dom and this component's react differ.
  render(<Version />);
  expect(screen.getByText(reactVersion)).toBeTruthy();
});
