import { useSendMessage, useTypingReporter } from "@unilink/react";
import { type FormEvent, useState } from "react";

/**
 * A minimal reply box on the action hooks (what `<MessageComposer>` does,
 * without its extras): typing is reported once per burst, and the message
 * shows at once in `useMessages` as pending, even while offline.
 */
export function ReplyBox({ conversationId }: { conversationId: number }) {
  const [draft, setDraft] = useState("");
  const send = useSendMessage(conversationId);
  const typing = useTypingReporter(conversationId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const content = draft.trim();
    if (content === "") return;
    typing.onSend(); // typing_off now, not after the idle timeout
    setDraft("");
    void send({ content }).then((outcome) => {
      // Never rejects: a failure leaves the message in the thread with status "failed".
      if (!outcome.ok) console.warn("not sent:", outcome.error.message);
    });
  };

  return (
    <form onSubmit={submit}>
      <textarea
        aria-label="Reply"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          typing.onInput();
        }}
      />
      <button type="submit">Send</button>
    </form>
  );
}
