// The PowerShell the popover offers to copy: the first PowerShell block under Fix, else Correct.
import type { Snippet } from '@exkb/knowledge';

/** The fence languages knowledge treats as PowerShell (its POWERSHELL_FENCES; a test keeps them equal). */
export const POWERSHELL_LANGUAGES: ReadonlySet<string> = new Set(['powershell', 'ps1', 'pwsh', 'posh']);

export function firstFixSnippet(snippets: readonly Snippet[]): string | undefined {
  for (const section of ['Fix', 'Correct'] as const) {
    const found = snippets.find((snippet) => snippet.section === section && POWERSHELL_LANGUAGES.has(snippet.language.toLowerCase()));
    if (found) return found.code;
  }
  return undefined;
}
