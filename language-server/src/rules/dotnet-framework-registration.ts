import { defineRule } from './rule.js';
import { nativeArguments } from './support/native-arguments.js';

export default defineRule({
  meta: {
    id: 'dotnet-framework-registration',
    description: 'aspnet_regiis from a 32-bit .NET Framework folder re-mapping IIS on an Exchange server (ASP.NET 1.x always; 2.0 on 64-bit IIS 6).',
    severity: 'error',
    entries: ['dotnet-11-install-breaks-exchange-2007-activesync', 'owa-http-500-after-iis-64bit-mode-restored'],
    fixable: true,
  },
  check(context) {
    const version = context.settings.exchangeVersion;
    for (const command of context.commands) {
      const name = context.script.text.slice(command.nameSpan.start, command.nameSpan.end);
      const match = REGIIS_32BIT.exec(name);
      if (!match) continue;
      const remaps = nativeArguments(command, context.script.text).some((arg) => REMAPS.test(arg.text));
      if (!remaps) continue;
      const framework = match[2]!;
      if (framework.startsWith('v1.')) {
        context.report({
          span: command.nameSpan,
          message:
            `aspnet_regiis ${framework} registers ASP.NET 1.x, which only exists as 32-bit: IIS has to run 32-bit worker processes for it and Exchange's 64-bit web applications (OWA, ActiveSync, Outlook Anywhere) stop. ` +
            'Remove .NET Framework 1.1 from the Exchange server and register the 64-bit ASP.NET 2.0 from Framework64 instead.',
        });
      } else if (version === 'any' || version === '2007') {
        // IIS 7 and later keep 32- and 64-bit handlers apart; IIS 6 (Exchange 2007 on Windows 2003) has one set of script maps.
        const insertAt = command.nameSpan.start + match.index + match[1]!.length;
        context.report({
          span: command.nameSpan,
          message:
            `This aspnet_regiis is the 32-bit ASP.NET ${framework}: it points the IIS script maps at a DLL that Exchange 2007's 64-bit worker processes cannot load, so OWA and the other Exchange sites fail. ` +
            'Run it from Framework64 instead.',
          fix: { title: 'Use the 64-bit aspnet_regiis (Framework64)', edits: [{ span: { start: insertAt, end: insertAt }, newText: '64' }] },
        });
      }
    }
  },
});

/** `…\Microsoft.NET\Framework\v1.1.4322\aspnet_regiis.exe`: group 1 ends after `Framework`, group 2 is the version folder. */
const REGIIS_32BIT = /([\\/]Framework)[\\/](v1\.0\.3705|v1\.1\.4322|v2\.0\.50727)[\\/]aspnet_regiis(?:\.exe)?['"\u2018\u2019\u201C\u201D]?$/i;
/** Switches that install script maps (everywhere, or for one path). */
const REMAPS = /^[-/](i|r|s|sn)$/i;
