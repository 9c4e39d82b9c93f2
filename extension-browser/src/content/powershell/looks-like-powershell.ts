// The cheap first test of a page's code block: does it look like PowerShell at all? Only when one
// block does is the parser loaded, and the parser has the last word (`lintBlocks`).

const SIGNS: readonly RegExp[] = [
  // A cmdlet at the start of a line (after an optional assignment or pipe): Get-Mailbox, Set-TransportConfig.
  /^\s*(?:\$[\w:]+\s*=\s*)?(?:Get|Set|New|Remove|Add|Enable|Disable|Test|Start|Stop|Restart|Import|Export|Invoke|Update|Clear|Mount|Dismount|Move|Resume|Suspend|Install|Uninstall|Connect|Disconnect|Write|Read|Select|Where|ForEach|Sort|Format|Out|Measure|Convert|ConvertTo|ConvertFrom|Register|Unregister|Search|Resolve|Redirect|Retry|Complete|Send|Grant|Revoke)-[A-Z][A-Za-z0-9]+\b/m,
  // A variable assignment: `$mailbox = `.
  /^\s*\$[A-Za-z_][\w:]*\s*=[^=]/m,
  // A pipeline into PowerShell's own filters.
  /\|\s*(?:Where-Object|ForEach-Object|Select-Object|Sort-Object|Format-(?:Table|List)|Export-Csv|Out-File|Measure-Object|\?|%)\s/,
];

/** Blocks longer than this are not looked at (minified code, data dumps). */
export const MAX_BLOCK_CHARS = 100_000;

export function looksLikePowerShell(text: string): boolean {
  if (text.length > MAX_BLOCK_CHARS || text.trim().length === 0) return false;
  return SIGNS.some((sign) => sign.test(text));
}
