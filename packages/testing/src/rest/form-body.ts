import type { UploadedFile } from "./types";

/** The parts of `FormData` a multipart body is read through. */
export interface FormDataLike {
  forEach(callback: (value: unknown, key: string) => void): void;
}

function toField(value: unknown): unknown {
  const file = value as { name?: unknown; size?: unknown; type?: unknown } | null;
  if (typeof file === "object" && file !== null && typeof file.size === "number") {
    const upload: UploadedFile = {
      name: typeof file.name === "string" ? file.name : "blob",
      type: typeof file.type === "string" ? file.type : "",
      size: file.size,
    };
    return upload;
  }
  return value;
}

/**
 * A multipart form as a plain object: `key[]` fields collect into arrays
 * under `key`, files become `{name, type, size}`.
 */
export function formToObject(form: FormDataLike): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  form.forEach((value, key) => {
    const field = toField(value);
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const list = Array.isArray(out[name]) ? (out[name] as unknown[]) : [];
      out[name] = [...list, field];
    } else {
      out[key] = field;
    }
  });
  return out;
}
