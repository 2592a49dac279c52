import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { expect, test } from "vitest";
import { LabelList, safeColor } from "../../src";
import { AttributeList } from "../../src/components/ContactPanel/AttributeList";
import { Picker } from "../../src/components/Picker/Picker";

test("label colours: only hex colours reach the stylesheet", () => {
  expect(safeColor("#1f93ff")).toBe("#1f93ff");
  expect(safeColor(" #ABC ")).toBe("#ABC");
  expect(safeColor("red")).toBeUndefined();
  expect(safeColor("#fff; background: url(https://evil.test/x)")).toBeUndefined();
  expect(safeColor("var(--x)")).toBeUndefined();
  expect(safeColor(null)).toBeUndefined();

  render(
    <LabelList titles={["vip", "bug"]} colorOf={(t) => (t === "vip" ? "#bf8700" : "red;x")} />,
  );
  const [vip, bug] = within(screen.getByRole("list", { name: "Labels" })).getAllByRole("listitem");
  const color = (item: HTMLElement | undefined) =>
    item
      ?.querySelector<HTMLElement>(".unilink-label")
      ?.style.getPropertyValue("--unilink-label-color");
  expect(color(vip)).toBe("#bf8700");
  expect(color(bug)).toBe("initial");
});

test("label list trims to max and names the hidden labels for screen readers", () => {
  render(<LabelList titles={["a", "b", "c", "d"]} max={2} />);
  const list = screen.getByRole("list", { name: "Labels" });
  expect(within(list).getAllByRole("listitem")).toHaveLength(3);
  expect(list.textContent).toContain("+2");
  expect(list.textContent).toContain("c, d");
});

test("attributes render as text, nested objects flattened one level", () => {
  render(
    <AttributeList
      attributes={{
        plan: "<b>premium</b>",
        trial: false,
        browser: { browser_name: "Firefox" },
        empty: "",
      }}
      yes="Yes"
      no="No"
    />,
  );
  expect(screen.getByText("<b>premium</b>")).toBeTruthy();
  expect(document.querySelector("b")).toBeNull();
  expect(screen.getByText("No")).toBeTruthy();
  const browser = screen.getByText("Browser › Browser name");
  expect(browser.nextSibling?.textContent).toBe("Firefox");
  expect(screen.queryByText("Empty")).toBeNull();
});

function SinglePicker() {
  const [value, setValue] = useState("a");
  return (
    <Picker
      label="Fruit"
      summary={value}
      options={[
        { value: "a", text: "Apple" },
        { value: "b", text: "Banana" },
        { value: "c", text: "Cherry" },
      ]}
      selected={[value]}
      onChoose={setValue}
      filterPlaceholder="Filter"
      noMatches="Nothing"
    />
  );
}

test("picker: filter, arrows and Enter choose; Escape closes and focus returns to the button", () => {
  render(<SinglePicker />);
  const trigger = screen.getByRole("button", { name: /Fruit/ });
  expect(trigger).toHaveProperty("ariaExpanded", "false");
  fireEvent.click(trigger);
  const box = screen.getByRole("combobox", { name: "Fruit" });
  const listbox = screen.getByRole("listbox", { name: "Fruit" });
  const active = () => document.getElementById(box.getAttribute("aria-activedescendant") ?? "");
  expect(active()?.textContent).toBe("Apple");
  fireEvent.keyDown(box, { key: "ArrowDown" });
  expect(active()?.textContent).toBe("Banana");
  fireEvent.keyDown(box, { key: "End" });
  expect(active()?.textContent).toBe("Cherry");
  fireEvent.change(box, { target: { value: "ban" } });
  expect(
    within(listbox)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Banana"]);
  fireEvent.keyDown(box, { key: "Enter" });
  expect(screen.queryByRole("listbox")).toBeNull();
  expect(trigger.textContent).toContain("b");
  expect(document.activeElement).toBe(trigger);

  fireEvent.click(trigger);
  fireEvent.change(screen.getByRole("combobox"), { target: { value: "zzz" } });
  expect(screen.getByRole("status").textContent).toBe("Nothing");
  fireEvent.keyDown(screen.getByRole("combobox"), { key: "Escape" });
  expect(screen.queryByRole("combobox")).toBeNull();
  expect(document.activeElement).toBe(trigger);
});
