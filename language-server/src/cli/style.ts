/** ANSI styles, applied only when colour is on. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  code(text: string): string;
  heading(text: string): string;
  accent(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function style(color: boolean): Style {
  if (!color) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, code: plain, heading: plain, accent: plain };
  }
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    code: wrap(36, 39),
    heading: (text) => wrap(1, 22)(wrap(4, 24)(text)),
    accent: wrap(33, 39),
  };
}
