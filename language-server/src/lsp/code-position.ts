// Whether an offset is in code, where completion and signature help have something to say, or in
// a comment or a string, where they must stay silent. A `$( )` inside a double-quoted string is
// code again.
import { parseScript, type ParsedScript, type ParsedSyntax } from '../powershell/index.js';
import { TokenFlags, TokenKind } from '../powershell/token-kinds.js';

const STRING_KINDS: ReadonlySet<TokenKind> = new Set([TokenKind.StringLiteral, TokenKind.StringExpandable, TokenKind.HereStringLiteral, TokenKind.HereStringExpandable]);
const EXPANDABLE_KINDS: ReadonlySet<TokenKind> = new Set([TokenKind.StringExpandable, TokenKind.HereStringExpandable]);

export function isInCode(script: ParsedScript, offset: number): boolean {
  for (const comment of script.comments) {
    // A line comment runs to the end of its line, cursor included; a block comment ends before `#>`'s end.
    if (comment.span.start < offset && (offset < comment.span.end || (offset === comment.span.end && comment.kind === 'line'))) return false;
  }
  const { tokens } = syntaxOf(script);
  let low = 0;
  let high = tokens.length - 1;
  // The last token starting before the offset: the one the cursor is in or just after.
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (tokens.start(middle) < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found < 0) return true;
  const kind = tokens.kind(found);
  if (!STRING_KINDS.has(kind)) return true;
  const end = tokens.end(found);
  const unterminated = (tokens.flags(found) & TokenFlags.InError) !== 0;
  if (offset > end || (offset === end && !unterminated)) return true;
  return EXPANDABLE_KINDS.has(kind) && insideSubexpression(script.text.slice(tokens.start(found), offset));
}

/** Whether the end of `stringText` (a double-quoted string up to the cursor) is inside `$( )`. */
function insideSubexpression(stringText: string): boolean {
  let depth = 0;
  for (let index = 0; index < stringText.length; index++) {
    const character = stringText.charAt(index);
    if (character === '`') index++;
    else if (character === '$' && stringText.charAt(index + 1) === '(') {
      depth++;
      index++;
    } else if (depth > 0 && character === '(') depth++;
    else if (depth > 0 && character === ')') depth--;
  }
  return depth > 0;
}

/** The analysis keeps the tokens of its parse; a script from elsewhere is tokenized again. */
function syntaxOf(script: ParsedScript): ParsedSyntax {
  return 'tokens' in script ? (script as ParsedSyntax) : parseScript(script.text);
}
