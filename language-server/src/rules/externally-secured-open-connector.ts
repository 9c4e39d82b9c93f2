import type { CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantNames } from './support/constant-values.js';
import { connectorExposure, createdConnectorName, targetConnector, type ConnectorTarget } from './support/receive-connectors.js';

export default defineRule({
  meta: {
    id: 'externally-secured-open-connector',
    description: 'ExternalAuthoritative ("Externally secured") on a receive connector open to any address trusts every sender as an Exchange server: an open relay that also lets anyone pose as your users.',
    severity: 'error',
    entries: ['externally-secured-receive-connector-open-relay', 'exchange-open-relay-anonymous-accept-any-recipient'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'set-receiveconnector' && command.key !== 'new-receiveconnector') continue;
      const mechanism = command.parameter('AuthMechanism');
      const value = mechanism?.value;
      if (!value || !constantNames(value)?.some((name) => name.toLowerCase() === 'externalauthoritative')) continue;
      const { exposure, label } = connectorExposure(connectorOf(command), context.commands);
      if (exposure !== 'internet') continue;
      context.report({
        span: value.span,
        message:
          `-AuthMechanism ${value.text} makes ${label}, which takes connections from any address, treat every sender as an authenticated Exchange server, so anyone on the internet can relay through it and send as your own users past the anti-spam checks. ` +
          'Use ExternalAuthoritative only on a connector whose -RemoteIPRanges lists just the trusted servers behind a secured link; for devices that relay, grant ms-Exch-SMTP-Accept-Any-Recipient on a connector limited to their addresses.',
      });
    }
  },
});

function connectorOf(command: CommandView): ConnectorTarget {
  if (command.key === 'set-receiveconnector') return targetConnector(command);
  const name = createdConnectorName(command);
  return name ? { kind: 'named', identity: name } : { kind: 'created', command };
}
