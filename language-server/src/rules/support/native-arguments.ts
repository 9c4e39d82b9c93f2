// The arguments of an external program (`cscript`, `appcmd`, `sc.exe`, `aspnet_regiis`) as the
// program receives them: every token in source order, whether the parser saw it as a parameter
// (`-section:applicationPools`, `-i`) or a positional argument, with its text as written.
import type { CommandView, Span } from '../../powershell/types.js';
import { literalText, type LiteralText } from './literal-text.js';

export interface NativeArgument {
  readonly span: Span;
  /** The text as written, quotes included. */
  readonly source: string;
  /** The text with one pair of surrounding quotes removed. */
  readonly text: string;
  /** Where `text` starts in the script, for edits inside the argument. */
  readonly textStart: number;
  /** Set when the argument is a plain string or bareword. */
  readonly literal?: LiteralText;
}

export function nativeArguments(command: CommandView, script: string): NativeArgument[] {
  const tokens: NativeArgument[] = [];
  for (const parameter of command.parameters) {
    if (parameter.splat) continue;
    if (parameter.colon || !parameter.value) {
      tokens.push(token(parameter.span, script));
    } else {
      // `-s W3SVC/1/ROOT/owa`: the program gets two arguments.
      tokens.push(token({ start: parameter.nameSpan.start, end: parameter.nameSpan.end }, script));
      tokens.push(token(parameter.value.span, script, literalText(parameter.value)));
    }
  }
  for (const value of command.positional) tokens.push(token(value.span, script, literalText(value)));
  return tokens.sort((a, b) => a.span.start - b.span.start);
}

function token(span: Span, script: string, literal?: LiteralText): NativeArgument {
  const source = script.slice(span.start, span.end);
  if (literal) return { span, source, text: literal.raw, textStart: literal.start, literal };
  return { span, source, text: source, textStart: span.start };
}
