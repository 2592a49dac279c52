import { useEffect, useState } from "react";

/**
 * A `blob:` URL for a file the user picked, for its preview; revoked when
 * the file changes or the component unmounts (no leaked blobs). These URLs
 * are made here from local files, never taken from message content.
 */
export function useObjectUrl(file: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!file || typeof URL.createObjectURL !== "function") return;
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [file]);
  return url;
}
