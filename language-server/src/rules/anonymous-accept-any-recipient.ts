import { defineRule } from './rule.js';
import { argumentSpan, constantNames, constantString } from './support/constant-values.js';
import { connectorExposure, targetConnector } from './support/receive-connectors.js';

const ANONYMOUS = /^(?:NT\s+AUTHORITY\\)?ANONYMOUS\s+LOGON$|^S-1-5-7$/i;
const ACCEPT_ANY_RECIPIENT = 'ms-exch-smtp-accept-any-recipient';

export default defineRule({
  meta: {
    id: 'anonymous-accept-any-recipient',
    description: 'Letting ANONYMOUS LOGON relay through a receive connector open to any address makes the server an open relay.',
    severity: 'error',
    entries: ['exchange-open-relay-anonymous-accept-any-recipient'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'add-adpermission') continue;
      const user = constantString(command.parameter('User')?.value);
      if (user === undefined || !ANONYMOUS.test(user.trim())) continue;
      const rights = command.parameter('ExtendedRights');
      const names = rights && constantNames(rights.value);
      if (!rights || !names?.some((name) => name.toLowerCase() === ACCEPT_ANY_RECIPIENT)) continue;
      const { exposure, label } = connectorExposure(targetConnector(command), context.commands);
      if (exposure !== 'internet') continue;
      context.report({
        span: argumentSpan(rights),
        message:
          `Granting ms-Exch-SMTP-Accept-Any-Recipient to ANONYMOUS LOGON on ${label}, which takes connections from any address, lets anyone on the internet send mail to anyone through this server (an open relay). ` +
          'Grant it only on a dedicated relay connector whose -RemoteIPRanges lists just the devices that must relay.',
      });
    }
  },
});
