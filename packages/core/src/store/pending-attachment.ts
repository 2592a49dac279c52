/** A file on a pending message: what a composer shows before the server has it. */
export interface PendingAttachment {
  /** File name (`File.name`; `"file"` for a nameless Blob). */
  name: string;
  /** Size in bytes. */
  size: number;
  /** MIME type, `""` when unknown. */
  type: string;
  /** Kind of file, as the platform will classify it. */
  fileType: "image" | "audio" | "video" | "file";
  /** The file itself: make a preview with `URL.createObjectURL(file)`. */
  file: Blob;
}

/** Bytes of a pending message's files sent so far. */
export interface UploadProgress {
  /** Bytes sent. */
  loaded: number;
  /** Bytes in all (the multipart body). */
  total: number;
}
