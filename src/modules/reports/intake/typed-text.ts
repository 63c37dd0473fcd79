// Text an officer typed or pasted, made safe to store and show: invisible control characters out, nothing visible changed.

/** Vertical tab and form feed (Word's line break in pasted text), and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: turning control characters into line breaks is the point
const LINE_BREAKS = /[\u000b\u000c\u2028\u2029]/g;
/** C0 and C1 controls but tab, newline and carriage return (NUL cannot even be stored), and the bidi overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Half a surrogate pair is not text: it would be stored as U+FFFD anyway, so it is shown as such. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanTyped(value: string): string {
  return value.replace(LINE_BREAKS, "\n").replace(INVISIBLE, "").replace(LONE_SURROGATE, "\ufffd");
}
