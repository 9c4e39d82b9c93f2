import { defineRule } from './rule.js';
import { switchIsOn } from './support/constant-values.js';
import { bindArguments, findParameter } from './support/find-parameter.js';
import { appendToList, listValue } from './support/list-items.js';

export default defineRule({
  meta: {
    id: 'windows-features-missing-iis-authentication',
    description: 'An Exchange prerequisite feature list that installs IIS without Basic, Windows or Digest authentication.',
    severity: 'warning',
    entries: ['exchange-2010-windows-features-missing-bpa', 'outlook-credential-prompt-missing-iis-authentication'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'install-windowsfeature' && command.key !== 'add-windowsfeature') continue;
      if (switchIsOn(findParameter(command, { name: 'IncludeAllSubFeature', shortest: 'IncludeA'.length }))) continue;
      const value = bindArguments(command, [{ name: 'Name', shortest: 1 }]).get('Name');
      const list = listValue(value);
      if (!list.complete || !value) continue;
      const features = new Set(list.names.map((name) => name.text.toLowerCase()));
      // Only a list that installs IIS for Exchange: the web server plus an Exchange-only prerequisite.
      if (!features.has('web-server') || !EXCHANGE_MARKERS.some((marker) => features.has(marker.toLowerCase()))) continue;
      const missing = AUTHENTICATION.filter((feature) => !features.has(feature.toLowerCase()));
      if (missing.length === 0) continue;

      const append = appendToList(list, missing);
      context.report({
        span: value.span,
        message:
          `This feature list installs IIS for Exchange without ${missing.join(', ')}, so the Autodiscover and EWS virtual directories can't offer those logons and Outlook keeps prompting for a password. ` +
          `Add ${missing.join(', ')} to the list.`,
        ...(append ? { fix: { title: `Add ${missing.join(', ')}`, edits: [append] } } : {}),
      });
    }
  },
});

/** The IIS role services Exchange's web directories authenticate with. */
const AUTHENTICATION = ['Web-Basic-Auth', 'Web-Windows-Auth', 'Web-Digest-Auth'];
/** Features only Exchange's prerequisite lists combine with Web-Server. */
const EXCHANGE_MARKERS = ['RPC-over-HTTP-proxy', 'Web-Lgcy-Mgmt-Console', 'Web-Metabase'];
