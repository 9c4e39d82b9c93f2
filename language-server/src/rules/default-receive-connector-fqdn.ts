import { defineRule } from './rule.js';
import { argumentSpan, constantString } from './support/constant-values.js';
import { targetBuiltInConnector } from './support/receive-connectors.js';

export default defineRule({
  meta: {
    id: 'default-receive-connector-fqdn',
    description: "Changing the FQDN of a server's Default receive connector breaks Exchange Server authentication between servers.",
    severity: 'warning',
    entries: ['default-receive-connector-fqdn-changed-breaks-routing'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'set-receiveconnector') continue;
      const parameter = command.parameter('Fqdn');
      if (!parameter) continue;
      const connector = targetBuiltInConnector(command);
      if (connector?.kind !== 'default') continue;
      const fqdn = constantString(parameter.value);
      // Blank, the server's NetBIOS name or its own FQDN are what the connector should announce.
      if (fqdn === undefined || fqdn.trim() === '' || fqdn.split('.')[0]!.toLowerCase() === connector.server.toLowerCase()) continue;
      context.report({
        span: argumentSpan(parameter),
        message:
          `-Fqdn ${fqdn} on "${connector.identity}" stops the other Exchange servers from authenticating to ${connector.server}, so mail between servers queues (451 4.4.0, "451 5.7.3 Cannot achieve Exchange Server authentication"). ` +
          `Leave ${connector.server}'s own name on this connector and give the public name to a separate Internet connector (from Exchange 2013 on, "Default Frontend ${connector.server}").`,
      });
    }
  },
});
