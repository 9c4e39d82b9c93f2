// Signature help while a cmdlet's arguments are typed: every parameter set of the cmdlet as a
// signature (`Set-Mailbox [-Identity] <MailboxIdParameter> [-Name <String>] …`), the first set the
// written parameters still allow active (or the one the user picked, while it still fits), and the
// parameter being typed, named or filled positionally active in it.
import { type ParameterInformation, type SignatureHelp, type SignatureHelpParams, type SignatureInformation } from 'vscode-languageserver';
import { positionalSlots } from '../exchange/bind.js';
import type { Cmdlet, CmdletParameter, ParameterSet } from '../exchange/model/cmdlet.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { COMMON_PARAMETERS_SYNTAX, setSyntax } from '../exchange/syntax.js';
import type { ParsedScript } from '../powershell/types.js';
import { inlineCode, markup, valuesFact } from './cmdlet-docs.js';
import { isInCode } from './code-position.js';
import { cmdletCall, commandBefore, type CmdletCall, type CommandAtCursor } from './command-at.js';
import { completionContext } from './completion-context.js';
import { guardRequest } from './guard.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export const SIGNATURE_TRIGGER_CHARACTERS = [' ', '-'];
/** Accepted values listed in a parameter's documentation before "…". */
const VALUE_LIMIT = 12;

export interface SignatureOptions {
  readonly markdown: boolean;
  /** The signature the client shows now (on a retrigger): kept while it still fits. */
  readonly shownSignature?: number;
}

/** What signature help finds at the cursor; `parameter` is undefined when none is active. */
export interface SignatureAt {
  readonly cmdlet: Cmdlet;
  readonly call: CmdletCall;
  readonly activeSet: ParameterSet;
  readonly parameter: CmdletParameter | undefined;
}

export function signatureAt(script: ParsedScript, offset: number, model: CmdletModel, shownSignature?: number): SignatureAt | undefined {
  if (!isInCode(script, offset)) return undefined;
  let start = offset;
  while (start > 0 && /[\w-]/.test(script.text.charAt(start - 1))) start--;
  const at = commandBefore(script, start);
  if (!at || at.command?.native) return undefined;
  const cmdlet = model.cmdlet(at.name);
  if (!cmdlet || cmdlet.sets.length === 0) return undefined;
  const call = cmdletCall(cmdlet, at, script.text);
  const shown = shownSignature === undefined ? undefined : cmdlet.sets[shownSignature];
  const activeSet = shown && call.sets.includes(shown) ? shown : call.sets[0] ?? cmdlet.sets[0]!;
  return { cmdlet, call, activeSet, parameter: activeParameter(script, offset, start, at, call, activeSet) };
}

/** The parameter being typed (`-Ide¦`), whose value is being typed (`-Identity jd¦`), or the positional slot the cursor fills. */
function activeParameter(script: ParsedScript, offset: number, start: number, at: CommandAtCursor, call: CmdletCall, set: ParameterSet): CmdletParameter | undefined {
  const { cmdlet } = call;
  const context = completionContext(script, offset);
  if (context?.kind === 'parameter') return context.prefix === '' ? undefined : named(cmdlet, context.prefix);
  if (context?.kind === 'value') {
    const parameter = named(cmdlet, context.parameter);
    if (parameter && (!parameter.switch || context.colon)) return parameter;
  }
  const before = (call.binding?.positional ?? []).filter((value) => value.span.end <= start).length;
  const boundByName = new Set(call.binding?.parameters.flatMap((bound) => bound.parameter ?? []) ?? []);
  return at.command ? positionalSlots(set, boundByName)[before]?.parameter : undefined;
}

function named(cmdlet: Cmdlet, written: string): CmdletParameter | undefined {
  const resolution = cmdlet.resolveParameter(written);
  return resolution.kind === 'unknown' || resolution.kind === 'ambiguous' ? undefined : resolution.parameter;
}

export function signatureHelp(found: SignatureAt, options: SignatureOptions & { noActiveParameter: boolean }): SignatureHelp {
  const { cmdlet, activeSet, parameter } = found;
  const signatures = cmdlet.sets.map((set, index) => signatureOf(cmdlet, set, index, parameter, options));
  const activeSignature = cmdlet.sets.indexOf(activeSet);
  return { signatures, activeSignature, activeParameter: signatures[activeSignature]!.activeParameter ?? null };
}

function signatureOf(cmdlet: Cmdlet, set: ParameterSet, index: number, active: CmdletParameter | undefined, options: SignatureOptions & { noActiveParameter: boolean }): SignatureInformation {
  const syntax = setSyntax(cmdlet, set);
  const parameters: ParameterInformation[] = syntax.parameters.map(({ entry, start, end }) => {
    const role = `${entry.mandatory ? 'Mandatory' : 'Optional'}${entry.position === undefined ? '' : `, position ${entry.position}`}.`;
    const values = valuesFact(entry.parameter, VALUE_LIMIT);
    const documentation = values ? `${role} ${values}` : role;
    return { label: [start, end], documentation: markup(documentation, options.markdown) };
  });
  const commonStart = syntax.text.length - COMMON_PARAMETERS_SYNTAX.length;
  parameters.push({ label: [commonStart, syntax.text.length], documentation: markup('Debug, ErrorAction, Verbose, WarningAction and the other common parameters.', options.markdown) });
  const title = cmdlet.sets.length > 1 ? `Parameter set ${inlineCode(set.name)} (${index + 1} of ${cmdlet.sets.length})` : `The syntax of ${inlineCode(cmdlet.name)}`;
  const position = active === undefined ? -1 : active.common ? parameters.length - 1 : syntax.parameters.findIndex(({ entry }) => entry.parameter === active);
  // Set on every signature, so a client never falls back to the active signature's index. Without
  // `null` support, an index past the end marks nothing (what VS Code does; the spec's default is 0).
  const activeParameter = position >= 0 ? position : options.noActiveParameter ? null : parameters.length;
  return { label: syntax.text, documentation: markup(title, options.markdown), parameters, activeParameter };
}

export function registerSignatureHelp(session: Session, ready: () => Promise<void>): void {
  session.connection.onSignatureHelp(
    guardRequest(session.log, 'textDocument/signatureHelp', null, async (params: SignatureHelpParams): Promise<SignatureHelp | null> => {
      const document = session.documents.get(params.textDocument?.uri);
      if (!document || isConfigUri(document.uri) || !params.position) return null;
      await ready();
      const model = session.model;
      if (!model) return null;
      const { script } = session.analyzer.analyse(document).result;
      const shown = params.context?.isRetrigger ? params.context.activeSignatureHelp?.activeSignature : undefined;
      const found = signatureAt(script, document.offsetAt(params.position), model, shown);
      if (!found) return null;
      return signatureHelp(found, { markdown: session.client.signatureMarkdown, noActiveParameter: session.client.signatureNoActiveParameter });
    }),
  );
}
