// Text from outside (file names, values quoted from a script) on its way to a terminal: control
// characters are shown escaped, so a file named "\x1b]0;…" cannot retitle or clear the terminal,
// and a name with a newline cannot forge a line of the report.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
