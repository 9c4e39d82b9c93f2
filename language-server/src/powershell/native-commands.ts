// Which command names run an external program or script file rather than a cmdlet or function.
// The parser cannot ask the system, so it decides from the name: a path, a file extension, or a
// Windows/Exchange program that admins call by bare name.

const EXTENSIONS: ReadonlySet<string> = new Set(['exe', 'com', 'bat', 'cmd', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'msc', 'msi', 'cpl', 'ps1']);

/** Programs called by bare name in Exchange and IIS scripts (compared without extension, lower case). */
export const KNOWN_PROGRAMS: ReadonlySet<string> = new Set([
  'appcmd', 'arp', 'aspnet_regiis', 'attrib', 'auditpol', 'bitsadmin', 'cacls', 'certreq', 'certutil', 'cipher', 'cluster',
  'cmd', 'cmdkey', 'cscript', 'csvde', 'dcdiag', 'diskpart', 'dism', 'dsget', 'dsquery', 'eseutil', 'exsetup', 'findstr',
  'fsutil', 'gpresult', 'gpupdate', 'hostname', 'icacls', 'iisreset', 'ipconfig', 'isinteg', 'klist', 'ldifde', 'msiexec',
  'net', 'net1', 'netsh', 'netstat', 'nltest', 'nslookup', 'ntdsutil', 'pathping', 'ping', 'powershell', 'pwsh', 'reg',
  'regsvr32', 'repadmin', 'robocopy', 'route', 'sc', 'schtasks', 'secedit', 'setspn', 'setup', 'sfc', 'shutdown',
  'takeown', 'tasklist', 'taskkill', 'telnet', 'tracert', 'w32tm', 'wevtutil', 'where.exe', 'whoami', 'winrm', 'wmic',
  'wscript', 'wusa', 'xcopy',
]);

/**
 * `sc` is Set-Content's alias in Windows PowerShell 5, but in admin scripts it is almost always
 * sc.exe (`sc config W3SVC start= auto`). These first arguments mean sc.exe.
 */
const SC_EXE_VERBS: ReadonlySet<string> = new Set([
  'boot', 'config', 'continue', 'control', 'create', 'delete', 'description', 'enumdepend', 'failure', 'failureflag',
  'getdisplayname', 'getkeyname', 'interrogate', 'lock', 'managedaccount', 'pause', 'qc', 'qdescription', 'qfailure',
  'qfailureflag', 'qmanagedaccount', 'qprivs', 'qsidtype', 'qtriggerinfo', 'query', 'queryex', 'querylock', 'sdset',
  'sdshow', 'showsid', 'sidtype', 'start', 'stop', 'triggerinfo',
]);

/** `Module\Verb-Noun`: a module-qualified command, not a path. */
const MODULE_QUALIFIED = /^[\w.]+\\[A-Za-z]+-[\w]+$/;

export interface NativeName {
  readonly native: boolean;
  /** For a native command: the file name without folder or extension, lower case. */
  readonly program?: string;
}

export function classifyName(name: string, firstArgument: string | undefined): NativeName {
  const lower = name.toLowerCase();
  if (lower === 'sc') return firstArgument !== undefined && SC_EXE_VERBS.has(firstArgument.toLowerCase()) ? { native: true, program: 'sc' } : { native: false };
  const hasPath = (lower.includes('\\') || lower.includes('/')) && !MODULE_QUALIFIED.test(name);
  const file = lower.slice(Math.max(lower.lastIndexOf('\\'), lower.lastIndexOf('/')) + 1);
  const dot = file.lastIndexOf('.');
  const extension = dot > 0 ? file.slice(dot + 1) : '';
  const hasExtension = EXTENSIONS.has(extension);
  const program = hasExtension ? file.slice(0, dot) : file;
  if (hasPath || hasExtension || KNOWN_PROGRAMS.has(lower)) return { native: true, program };
  return { native: false };
}
