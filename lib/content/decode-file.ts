export type Decoded = { ok: true; text: string } | { ok: false; line: number };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Decodes a release file as strict UTF-8 (a byte-order mark is dropped) and
 * normalises CRLF, so Windows editors' files behave like everyone else's.
 */
export function decodeReleaseFile(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes).replace(/\r\n?/g, "\n") };
  } catch {
    const text = lenient.decode(bytes);
    const bad = text.indexOf("\uFFFD");
    return { ok: false, line: text.slice(0, Math.max(bad, 0)).split("\n").length };
  }
}
