import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'enable-outlookanywhere-removed',
    description: 'Enable-/Disable-OutlookAnywhere, which Exchange 2013 and later no longer have: Outlook Anywhere is configured with Set-OutlookAnywhere.',
    severity: 'error',
    entries: ['enable-outlookanywhere-not-recognized-exchange-2013'],
    fixable: false,
    versions: ['2013', '2016', '2019', 'se'],
  },
  check(context) {
    for (const command of context.commands) {
      const instead = REMOVED[command.key];
      if (!instead) continue;
      context.report({
        span: command.nameSpan,
        message: `${command.canonical} does not exist on Exchange 2013 and later, so this line stops with "not recognized as the name of a cmdlet". ${instead}`,
      });
    }
  },
});

const REMOVED: Readonly<Record<string, string>> = {
  'enable-outlookanywhere':
    "Outlook Anywhere is always on: set its names and authentication with Set-OutlookAnywhere -Identity '<server>\\Rpc (Default Web Site)' -ExternalHostname … -ExternalClientsRequireSsl $true -ExternalClientAuthenticationMethod ….",
  'disable-outlookanywhere':
    'Outlook Anywhere can no longer be switched off; to stop publishing it outside, clear the external host name with Set-OutlookAnywhere -ExternalHostname $null.',
};
