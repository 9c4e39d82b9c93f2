// Files a script runs in its own scope or loads as a module: `. .\Helpers.ps1`,
// `. $PSScriptRoot\ConvertTo-Report.ps1`, `Import-Module .\Tools.psm1`. Their functions are the
// script's commands too, though the script doesn't show them; by habit a file that holds one
// function is named after it.
import type { CommandView } from '../../powershell/types.js';
import { constantString } from './constant-values.js';
import { findParameter } from './find-parameter.js';

export interface SourcedFiles {
  /** True when the script dot-sources a file or imports a module from a path. */
  readonly any: boolean;
  /** Lower-case file names without folder or extension (`convertto-report`). */
  readonly names: ReadonlySet<string>;
}

const MODULE_FILE = /[\\/]|\.ps[dm]?1$/i;

export function sourcedFiles(commands: readonly CommandView[]): SourcedFiles {
  const names = new Set<string>();
  let any = false;
  for (const command of commands) {
    if (command.invocation === '.' && command.native) {
      any = true;
      names.add(command.canonical.toLowerCase());
    } else if (command.key === 'import-module') {
      const argument = findParameter(command, { name: 'Name', shortest: 'Na'.length })?.value ?? command.positional[0];
      const path = constantString(argument) ?? argument?.text;
      if (path === undefined || !MODULE_FILE.test(path)) continue;
      any = true;
      names.add(baseName(path));
    }
  }
  return { any, names };
}

function baseName(path: string): string {
  const file = path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1).toLowerCase();
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
