import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { selectTypingUsers } from "../src/selectors/typing";
import { createUniLinkStore, type UniLinkStoreController } from "../src/store/create-store";
import { event } from "./fixtures/events";
import { ACCOUNT_ID, rawContact, rawTyping, rawUser } from "./fixtures/payloads";

const on = (conversationId: number, user: Record<string, unknown>, isPrivate = false) =>
  event("conversation.typing_on", rawTyping(conversationId, user, { is_private: isPrivate }));
const off = (conversationId: number, user: Record<string, unknown>) =>
  event("conversation.typing_off", rawTyping(conversationId, user));

describe("typing", () => {
  let controller: UniLinkStoreController;
  const typists = (conversationId: number, includePrivate = true) =>
    selectTypingUsers(controller.store.getState(), conversationId, { includePrivate }).map(
      (typist) => `${typist.user.type}:${typist.user.id}`,
    );

  beforeEach(() => {
    vi.useFakeTimers();
    controller = createUniLinkStore({ accountId: ACCOUNT_ID, typingTimeoutMs: 30_000 });
  });

  afterEach(() => {
    controller.destroy();
    vi.useRealTimers();
  });

  it("keys typists by type and id, so a user and a contact with the same id are two people", () => {
    controller.dispatch([on(5, rawUser(7)), on(5, rawContact(7))]);
    expect(typists(5)).toEqual(["user:7", "contact:7"]);
    controller.dispatch([off(5, rawUser(7))]);
    expect(typists(5)).toEqual(["contact:7"]);
  });

  it("keeps is_private, and hides private typists unless asked", () => {
    controller.dispatch([on(5, rawUser(7), true), on(5, rawUser(8))]);
    expect(typists(5, false)).toEqual(["user:8"]);
    expect(typists(5, true)).toEqual(["user:7", "user:8"]);
    expect(controller.store.getState().typing[5]?.["user:7"]?.isPrivate).toBe(true);
  });

  it("drops a typist typingTimeoutMs after their last typing_on, without a typing_off", () => {
    controller.dispatch([on(5, rawUser(7))]);
    vi.advanceTimersByTime(20_000);
    controller.dispatch([on(5, rawUser(7)), on(6, rawContact(9))]);
    vi.advanceTimersByTime(29_999);
    expect(typists(5)).toEqual(["user:7"]);
    vi.advanceTimersByTime(1);
    expect(typists(5)).toEqual([]);
    expect(typists(6)).toEqual([]);
    expect(controller.store.getState().typing).toEqual({});
  });

  it("expires typists one by one, each at its own time", () => {
    controller.dispatch([on(5, rawUser(7))]);
    vi.advanceTimersByTime(10_000);
    controller.dispatch([on(5, rawUser(8))]);
    vi.advanceTimersByTime(20_000);
    expect(typists(5)).toEqual(["user:8"]);
    vi.advanceTimersByTime(10_000);
    expect(typists(5)).toEqual([]);
  });

  it("typing_off clears the timer once nobody types", () => {
    controller.dispatch([on(5, rawUser(7))]);
    expect(vi.getTimerCount()).toBe(1);
    controller.dispatch([off(5, rawUser(7))]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("destroy clears the typing timer and later events start none", () => {
    controller.dispatch([on(5, rawUser(7)), on(6, rawUser(8))]);
    controller.destroy();
    expect(vi.getTimerCount()).toBe(0);
    controller.dispatch([on(7, rawUser(9))]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a typing_off for someone not typing changes nothing", () => {
    const before = controller.store.getState();
    controller.dispatch([off(5, rawUser(7))]);
    expect(controller.store.getState()).toBe(before);
  });
});
