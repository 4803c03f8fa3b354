/**
 * Text a device sends (status details, the firmware string, log lines, event text) is data, not
 * terminal control: a hostile or broken device must not retitle the terminal, clear the screen or
 * forge a line of ours. Every control character (C0, DEL, C1) and a lone surrogate is shown
 * escaped, e.g. ESC as \x1b and a newline as \n; printable text passes unchanged.
 */
export function deviceText(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      out += c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\x${c.toString(16).padStart(2, '0')}`;
    } else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${c.toString(16)}`;
    else if (c === 0x5c) out += '\\\\';
    else out += ch;
  }
  return out;
}
