import type { ArgumentValue, CommandView, Span } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantString } from './support/constant-values.js';
import { bindArguments, findParameter } from './support/find-parameter.js';
import { listValue } from './support/list-items.js';
import { nativeArguments } from './support/native-arguments.js';

export default defineRule({
  meta: {
    id: 'pop-imap-backend-service',
    description: 'MSExchangePOP3/MSExchangeIMAP4 started or set to Automatic without the matching back-end service (…BE) on Exchange 2013 and later.',
    severity: 'warning',
    entries: ['pop3-imap4-back-end-service-not-enabled'],
    fixable: false,
    versions: ['2013', '2016', '2019', 'se'],
  },
  check(context) {
    const started = context.commands.flatMap((command) => startedServices(command, context.script.text));
    const code = withoutComments(context.script.text, context.script.comments.map((comment) => comment.span)).toLowerCase();
    const names = context.commands.flatMap((command) => serviceNames(command, context.script.text)).map((name) => name.text);
    for (const service of started) {
      const front = FRONT_ENDS[service.text.toLowerCase()];
      if (!front) continue;
      const backEnd = `${front}BE`;
      // Mentioned anywhere (a list, a loop, a later line) counts: the script knows about it.
      if (code.includes(backEnd.toLowerCase()) || names.some((name) => wildcardMatches(name, backEnd))) continue;
      context.report({
        span: service.span,
        message:
          `Starting ${front} alone lets clients connect, but Exchange 2013 and later hand each session to ${backEnd} on the mailbox server, which this script never starts, so logons or downloads fail. ` +
          `Set ${backEnd} to Automatic and start it as well.`,
      });
    }
  },
});

const FRONT_ENDS: Readonly<Record<string, string>> = { msexchangepop3: 'MSExchangePOP3', msexchangeimap4: 'MSExchangeIMAP4' };

interface ServiceName {
  readonly text: string;
  readonly span: Span;
}

const NAME = { name: 'Name', shortest: 1, aliases: ['ServiceName'] };

/** The services a command names, whatever it does with them. */
function serviceNames(command: CommandView, script: string): ServiceName[] {
  if (SERVICE_CMDLETS.has(command.key)) return names(bindArguments(command, [NAME]).get('Name'));
  if (command.native && (command.key === 'sc' || command.key === 'net')) {
    return nativeArguments(command, script).map((arg) => ({ text: arg.text, span: arg.span }));
  }
  return [];
}

const SERVICE_CMDLETS = new Set(['start-service', 'set-service', 'get-service', 'restart-service', 'stop-service']);

/** The services a command starts or sets to start automatically. */
function startedServices(command: CommandView, script: string): ServiceName[] {
  switch (command.key) {
    case 'start-service': {
      const own = names(bindArguments(command, [NAME]).get('Name'));
      return own.length > 0 ? own : pipedServices(command);
    }
    case 'set-service': {
      const startup = constantString(findParameter(command, { name: 'StartupType', shortest: 'Start'.length, aliases: ['StartMode', 'SM'] })?.value);
      const status = constantString(findParameter(command, { name: 'Status', shortest: 'Statu'.length })?.value);
      if (!/^automatic/i.test(startup ?? '') && !/^running$/i.test(status ?? '')) return [];
      const own = names(bindArguments(command, [NAME]).get('Name'));
      return own.length > 0 ? own : pipedServices(command);
    }
    default:
      return nativeStarts(command, script);
  }
}

/** `Get-Service MSExchangePOP3 | Start-Service`. */
function pipedServices(command: CommandView): ServiceName[] {
  const source = command.previous;
  return source?.key === 'get-service' ? names(bindArguments(source, [NAME]).get('Name')) : [];
}

/** `sc.exe config MSExchangePOP3 start= auto`, `sc.exe start MSExchangePOP3`, `net start MSExchangePOP3`. */
function nativeStarts(command: CommandView, script: string): ServiceName[] {
  if (!command.native || (command.key !== 'sc' && command.key !== 'net')) return [];
  const args = nativeArguments(command, script).filter((arg) => !arg.text.startsWith('\\\\'));
  const verb = args[0]?.text.toLowerCase();
  const service = args[1];
  if (!service) return [];
  if (verb === 'start') return [{ text: service.text, span: service.span }];
  if (command.key === 'sc' && verb === 'config') {
    const rest = args.slice(2).map((arg) => arg.text.toLowerCase()).join(' ');
    if (/start=\s*(auto|delayed-auto)\b/.test(rest)) return [{ text: service.text, span: service.span }];
  }
  return [];
}

function names(value: ArgumentValue | undefined): ServiceName[] {
  return listValue(value).names.map((name) => ({ text: name.text, span: name.span }));
}

function wildcardMatches(pattern: string, name: string): boolean {
  if (!/[*?]/.test(pattern)) return false;
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(name);
}

function withoutComments(text: string, comments: readonly Span[]): string {
  let result = '';
  let at = 0;
  for (const span of [...comments].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  return result + text.slice(at);
}
