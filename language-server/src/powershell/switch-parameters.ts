// Until the cmdlet model arrives (a later issue), the command view cannot know which parameters
// are switches. PowerShell binds `-Name value` by the command's metadata; without it we pair every
// `-Name` with the value after it, except for these parameters, which are switches on every
// cmdlet that has them (common parameters and well-known switches). Pairing them would eat a
// positional argument: `Remove-Item -Recurse C:\temp` must keep `C:\temp` positional.
// Deliberately absent because they take a value: ExpandProperty, Enabled, Identity, ResultSize,
// First, Last, Skip, GroupBy.

export const SWITCH_PARAMETERS: ReadonlySet<string> = new Set(
  [
    // Common and risk-mitigation parameters.
    'Confirm', 'Debug', 'Verbose', 'WhatIf',
    // Switches of core cmdlets.
    'Append', 'AllowClobber', 'AsHashTable', 'AsJob', 'AsPlainText', 'AsSecureString', 'AsString', 'AutoSize', 'CaseSensitive',
    'Descending', 'DisableNameChecking', 'ExcludeDifferent', 'Force', 'Full', 'HideTableHeaders', 'IncludeEqual', 'List',
    'NoClobber', 'NoElement', 'NoNewline', 'NoTypeInformation', 'PassThru', 'Raw', 'Recurse', 'SimpleMatch', 'Unique',
    'Wait', 'Wrap',
    // Switches of Exchange cmdlets.
    'Arbitration', 'Archive', 'AuditLog', 'BypassSecurityGroupManagerCheck', 'IgnoreDefaultScope', 'IgnoreLegalHold',
    'IncludeInactiveMailbox', 'IncludePreExchange2013', 'IncludeReport', 'IncludeSoftDeletedRecipients', 'Monitoring',
    'Permanent', 'PublicFolder', 'SoftDeletedMailbox', 'Status', 'SuspendWhenReadyToComplete',
  ].map((name) => name.toLowerCase()),
);
