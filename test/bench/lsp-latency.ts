// Edit → diagnostics latency of the real language server over stdio: a 5,000-line script is opened,
// then 200 single-character edits spread over the file are sent one at a time, each waiting for the
// diagnostics of its own version. Measured from sending didChange to receiving publishDiagnostics.
import { LspClient, fileUri, temporaryFolder } from '../src/lsp/lsp-client.js';
import { ms, report, seededRandom, summarise } from './stats.js';
import path from 'node:path';

const LINES = 5_000;
const EDITS = 200;

export async function benchLspLatency(): Promise<void> {
  const text = await scriptOfLines(LINES);
  const client = new LspClient();
  try {
    const startedAt = performance.now();
    await client.initialize();
    const initialized = performance.now() - startedAt;

    const uri = fileUri(path.join(temporaryFolder('exkb-bench-'), 'bench.ps1'));
    const openAt = performance.now();
    const first = await client.open(uri, text);
    const cold = performance.now() - openAt;

    const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const random = seededRandom(11);
    const samples: number[] = [];
    let findings = first.diagnostics.length;
    for (let edit = 0; edit < EDITS; edit++) {
      // Spread over the file; each edit inserts one space at the start of a line (indentation: the meaning stays).
      const line = Math.min(lineCount - 1, Math.floor(((edit + random()) * lineCount) / EDITS));
      const version = edit + 2;
      const sentAt = performance.now();
      const published = await client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      samples.push(performance.now() - sentAt);
      findings = published.diagnostics.length;
    }
    const latency = summarise(samples);
    report(`Language server over stdio: ${lineCount}-line script, ${first.diagnostics.length} diagnostics (${findings} after the edits)`, [
      ['start + initialize', ms(initialized)],
      ['cold open → first diagnostics', ms(cold)],
      [`edit → diagnostics p50 / p95 / max (${latency.count} single-character edits)`, `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.max)}`],
    ]);
    await client.stop();
  } finally {
    client.kill();
  }
}

/** The shared bench script when it exists (test/bench/bench-script.ts), else a stand-in of the same shape. */
async function scriptOfLines(lines: number): Promise<string> {
  try {
    const shared = (await import(new URL('./bench-script.js', import.meta.url).href)) as { benchScript?: (lines?: number) => string };
    if (typeof shared.benchScript === 'function') return shared.benchScript(lines);
  } catch {
    // Not written yet: fall through to the stand-in.
  }
  return standInScript(lines);
}

/** Exchange Management Shell in the shapes admins write it, with a finding every few blocks. */
function standInScript(lines: number): string {
  const blocks = [
    ['# Groups that customers write to', 'foreach ($name in @("Sales", "Support", "Billing")) {', '    Set-DistributionGroup -Identity $name -RequireSenderAuthenticationEnabled $true', '}'],
    ['$mailboxes = Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Database -eq "DB01" }', '$mailboxes | ForEach-Object {', '    Set-Mailbox $_.Identity -ProhibitSendQuota 4.5GB -IssueWarningQuota 4GB', '}'],
    ["Set-ReceiveConnector 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers", "Get-ReceiveConnector | Format-List Identity, Bindings, RemoteIPRanges"],
    ['$params = @{', '    Identity = "EX01\\owa (Default Web Site)"', '    ExternalUrl = "https://mail.contoso.com/owa"', '}', 'Set-OwaVirtualDirectory @params'],
    ['function Get-QueueReport {', '    param([string]$Server = $env:COMPUTERNAME)', '    Get-Queue -Server $Server | Sort-Object MessageCount -Descending | Select-Object -First 10', '}'],
    ['Get-ExchangeCertificate | Where-Object { $_.Services -match "IIS" } | Format-List Thumbprint, Subject, NotAfter'],
  ];
  const out: string[] = [];
  for (let index = 0; out.length < lines; index++) out.push(...(blocks[index % blocks.length] ?? []), '');
  return `${out.slice(0, lines).join('\n')}\n`;
}
