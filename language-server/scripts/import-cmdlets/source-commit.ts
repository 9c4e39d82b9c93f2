// The reference folder is a copy, not a git checkout: its commit is recorded in the table of
// `../README.md`, in the row of the folder (`| \`exchange-cmdlets/\` | … commit 93336da… |`).

export function readSourceCommit(readme: string, folderName: string): string | undefined {
  const row = readme.split(/\r?\n/).find((line) => line.trimStart().startsWith(`| \`${folderName}/\``));
  return row ? /\bcommit ([0-9a-f]{40})\b/i.exec(row)?.[1]?.toLowerCase() : undefined;
}
