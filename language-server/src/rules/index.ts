// The registry: every rule, sorted by id. A parity test checks it against the files in this folder.
import type { Rule } from './rule.js';
import ambiguousParameter from './ambiguous-parameter.js';
import anonymousAcceptAnyRecipient from './anonymous-accept-any-recipient.js';
import certificateInternalName from './certificate-internal-name.js';
import certificateMissingAutodiscoverName from './certificate-missing-autodiscover-name.js';
import certificateUnknownService from './certificate-unknown-service.js';
import cmdletNotInVersion from './cmdlet-not-in-version.js';
import defaultConnectorWithoutAnonymous from './default-connector-without-anonymous.js';
import defaultReceiveConnectorFqdn from './default-receive-connector-fqdn.js';
import dotnetFrameworkRegistration from './dotnet-framework-registration.js';
import duplicateParameter from './duplicate-parameter.js';
import emailAddressesReplaced from './email-addresses-replaced.js';
import exchangeOnlineBasicAuth from './exchange-online-basic-auth.js';
import exchangeSnapInVersion from './exchange-snap-in-version.js';
import externallySecuredOpenConnector from './externally-secured-open-connector.js';
import extraPositionalArgument from './extra-positional-argument.js';
import filterWithWhereObject from './filter-with-where-object.js';
import iis32bitAppPools from './iis-32bit-app-pools.js';
import importedCertificateNotEnabled from './imported-certificate-not-enabled.js';
import invalidParameterValue from './invalid-parameter-value.js';
import missingMandatoryParameter from './missing-mandatory-parameter.js';
import outlookAnywhereAuthenticationParameter from './outlook-anywhere-authentication-parameter.js';
import outlookAnywhereHostnameWithScheme from './outlook-anywhere-hostname-with-scheme.js';
import parameterNotInVersion from './parameter-not-in-version.js';
import parameterSetConflict from './parameter-set-conflict.js';
import parameterValueType from './parameter-value-type.js';
import plainTextPassword from './plain-text-password.js';
import popImapBackendService from './pop-imap-backend-service.js';
import publicFolderMailEnabledWithoutAnonymous from './public-folder-mail-enabled-without-anonymous.js';
import requireSenderAuthenticationExternal from './require-sender-authentication-external.js';
import resultSizeInPipeline from './result-size-in-pipeline.js';
import senderIdReject from './sender-id-reject.js';
import switchParameterValue from './switch-parameter-value.js';
import unknownCmdlet from './unknown-cmdlet.js';
import unknownParameter from './unknown-parameter.js';
import virtualDirectoryUrlPath from './virtual-directory-url-path.js';
import virtualDirectoryUrlScheme from './virtual-directory-url-scheme.js';
import windowsFeaturesMissingIisAuthentication from './windows-features-missing-iis-authentication.js';

export const RULES: readonly Rule[] = [
  ambiguousParameter,
  anonymousAcceptAnyRecipient,
  certificateInternalName,
  certificateMissingAutodiscoverName,
  certificateUnknownService,
  cmdletNotInVersion,
  defaultConnectorWithoutAnonymous,
  defaultReceiveConnectorFqdn,
  dotnetFrameworkRegistration,
  duplicateParameter,
  emailAddressesReplaced,
  exchangeOnlineBasicAuth,
  exchangeSnapInVersion,
  externallySecuredOpenConnector,
  extraPositionalArgument,
  filterWithWhereObject,
  iis32bitAppPools,
  importedCertificateNotEnabled,
  invalidParameterValue,
  missingMandatoryParameter,
  outlookAnywhereAuthenticationParameter,
  outlookAnywhereHostnameWithScheme,
  parameterNotInVersion,
  parameterSetConflict,
  parameterValueType,
  plainTextPassword,
  popImapBackendService,
  publicFolderMailEnabledWithoutAnonymous,
  requireSenderAuthenticationExternal,
  resultSizeInPipeline,
  senderIdReject,
  switchParameterValue,
  unknownCmdlet,
  unknownParameter,
  virtualDirectoryUrlPath,
  virtualDirectoryUrlScheme,
  windowsFeaturesMissingIisAuthentication,
];
