// The registry: every rule, sorted by id. A parity test checks it against the files in this folder.
import type { Rule } from './rule.js';
import anonymousAcceptAnyRecipient from './anonymous-accept-any-recipient.js';
import certificateInternalName from './certificate-internal-name.js';
import certificateMissingAutodiscoverName from './certificate-missing-autodiscover-name.js';
import certificateUnknownService from './certificate-unknown-service.js';
import defaultConnectorWithoutAnonymous from './default-connector-without-anonymous.js';
import defaultReceiveConnectorFqdn from './default-receive-connector-fqdn.js';
import dotnetFrameworkRegistration from './dotnet-framework-registration.js';
import emailAddressesReplaced from './email-addresses-replaced.js';
import enableOutlookanywhereRemoved from './enable-outlookanywhere-removed.js';
import exchangeOnlineBasicAuth from './exchange-online-basic-auth.js';
import externallySecuredOpenConnector from './externally-secured-open-connector.js';
import filterWithWhereObject from './filter-with-where-object.js';
import iis32bitAppPools from './iis-32bit-app-pools.js';
import importedCertificateNotEnabled from './imported-certificate-not-enabled.js';
import outlookAnywhereAuthenticationParameter from './outlook-anywhere-authentication-parameter.js';
import outlookAnywhereHostnameWithScheme from './outlook-anywhere-hostname-with-scheme.js';
import plainTextPassword from './plain-text-password.js';
import popImapBackendService from './pop-imap-backend-service.js';
import publicFolderMailEnabledWithoutAnonymous from './public-folder-mail-enabled-without-anonymous.js';
import requireSenderAuthenticationExternal from './require-sender-authentication-external.js';
import resultSizeInPipeline from './result-size-in-pipeline.js';
import searchMailboxRetired from './search-mailbox-retired.js';
import senderIdReject from './sender-id-reject.js';
import storageGroupCmdletsRemoved from './storage-group-cmdlets-removed.js';
import virtualDirectoryUrlPath from './virtual-directory-url-path.js';
import virtualDirectoryUrlScheme from './virtual-directory-url-scheme.js';
import windowsFeaturesMissingIisAuthentication from './windows-features-missing-iis-authentication.js';

export const RULES: readonly Rule[] = [
  anonymousAcceptAnyRecipient,
  certificateInternalName,
  certificateMissingAutodiscoverName,
  certificateUnknownService,
  defaultConnectorWithoutAnonymous,
  defaultReceiveConnectorFqdn,
  dotnetFrameworkRegistration,
  emailAddressesReplaced,
  enableOutlookanywhereRemoved,
  exchangeOnlineBasicAuth,
  externallySecuredOpenConnector,
  filterWithWhereObject,
  iis32bitAppPools,
  importedCertificateNotEnabled,
  outlookAnywhereAuthenticationParameter,
  outlookAnywhereHostnameWithScheme,
  plainTextPassword,
  popImapBackendService,
  publicFolderMailEnabledWithoutAnonymous,
  requireSenderAuthenticationExternal,
  resultSizeInPipeline,
  searchMailboxRetired,
  senderIdReject,
  storageGroupCmdletsRemoved,
  virtualDirectoryUrlPath,
  virtualDirectoryUrlScheme,
  windowsFeaturesMissingIisAuthentication,
];
