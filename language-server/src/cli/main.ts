import { KnowledgeBaseError, type KnowledgeBase } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { createRequire } from 'node:module';
import type { Command, CommandContext } from './command.js';
import { lintCommand } from './commands/lint.js';
import { rules } from './commands/rules.js';
import { scan } from './commands/scan.js';
import { search } from './commands/search.js';
import { show } from './commands/show.js';
import { stats } from './commands/stats.js';
import { InputError, processIo, UsageError, type Io } from './io.js';

/** Every command, in the order `exkb --help` lists them. */
export const COMMANDS: readonly Command[] = [lintCommand, rules, search, show, scan, stats];

const VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `exkb ${VERSION}: Exchange troubleshooting knowledge at the command line

Usage: exkb <command> [options]

${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

exkb <command> --help shows a command's options.`;
}

/** Runs the CLI and returns the exit code: 0 fine, 1 nothing found / findings, 2 bad usage or input. */
export async function main(argv: string[], io: Io = processIo(), loadKnowledge: () => KnowledgeBase = loadBundledKnowledge): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.err(`exkb: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: ${command.usage}`);
    return 0;
  }
  let knowledge: KnowledgeBase | undefined;
  const context: CommandContext = { io, knowledge: () => (knowledge ??= loadKnowledge()) };
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof KnowledgeBaseError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
