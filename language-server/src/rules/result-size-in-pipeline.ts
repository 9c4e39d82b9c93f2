import type { CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantString, identityArgument, parametersAreKnown, switchIsOn } from './support/constant-values.js';
import { outputIsUsed } from './support/pipeline-output.js';
import { SYSTEM_MAILBOX_SWITCHES } from './support/recipient-scopes.js';

interface Listing {
  /** The canonical spelling, for messages. */
  readonly name: string;
  /** What comes back, for messages. */
  readonly objects: string;
  /** How many come back without -ResultSize. */
  readonly limit: number;
  /** `true`: `-Identity` (or input from the pipeline) picks one object; `false`: it names a container whose members are listed. */
  readonly identityPicksOne: boolean;
  /** Parameters that also narrow the result to one object or a few. */
  readonly narrowedBy?: readonly string[];
  /** Switches without which the cmdlet returns one object and takes no -ResultSize. */
  readonly listsOnlyWith?: readonly string[];
}

const LISTINGS: readonly Listing[] = [
  { name: 'Get-Mailbox', objects: 'mailboxes', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr', ...SYSTEM_MAILBOX_SWITCHES] },
  { name: 'Get-Recipient', objects: 'recipients', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-User', objects: 'users', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-MailUser', objects: 'mail users', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-MailContact', objects: 'mail contacts', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-Contact', objects: 'contacts', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-DistributionGroup', objects: 'groups', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-DynamicDistributionGroup', objects: 'groups', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-Group', objects: 'groups', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-CASMailbox', objects: 'mailboxes', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-RemoteMailbox', objects: 'remote mailboxes', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-MailPublicFolder', objects: 'mail-enabled public folders', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-UnifiedGroup', objects: 'groups', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr'] },
  { name: 'Get-EXOMailbox', objects: 'mailboxes', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr', 'UserPrincipalName', 'PrimarySmtpAddress', 'ExternalDirectoryObjectId'] },
  { name: 'Get-EXORecipient', objects: 'recipients', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr', 'UserPrincipalName', 'PrimarySmtpAddress', 'ExternalDirectoryObjectId'] },
  { name: 'Get-EXOCasMailbox', objects: 'mailboxes', limit: 1000, identityPicksOne: true, narrowedBy: ['Anr', 'UserPrincipalName', 'PrimarySmtpAddress', 'ExternalDirectoryObjectId'] },
  { name: 'Get-MobileDevice', objects: 'mobile devices', limit: 1000, identityPicksOne: true, narrowedBy: ['Mailbox'] },
  { name: 'Get-ActiveSyncDevice', objects: 'mobile devices', limit: 1000, identityPicksOne: true, narrowedBy: ['Mailbox'] },
  { name: 'Get-MoveRequest', objects: 'move requests', limit: 1000, identityPicksOne: true },
  { name: 'Get-DistributionGroupMember', objects: 'members', limit: 1000, identityPicksOne: false },
  { name: 'Get-DynamicDistributionGroupMember', objects: 'members', limit: 1000, identityPicksOne: false },
  { name: 'Get-UnifiedGroupLinks', objects: 'members', limit: 1000, identityPicksOne: false },
  { name: 'Get-MessageTrackingLog', objects: 'tracking events', limit: 1000, identityPicksOne: false, narrowedBy: ['MessageId', 'InternalMessageId'] },
  // -GetChildren lists one level; more than 10,000 subfolders under one folder is not a real case.
  { name: 'Get-PublicFolder', objects: 'public folders', limit: 10000, identityPicksOne: false, listsOnlyWith: ['Recurse'] },
];
const BY_KEY = new Map(LISTINGS.map((listing) => [listing.name.toLowerCase(), listing]));

export default defineRule({
  meta: {
    id: 'result-size-in-pipeline',
    description: 'Exchange Get- cmdlets stop after 1000 objects unless -ResultSize says otherwise; a script that uses the output silently works on part of the organisation.',
    severity: 'warning',
    entries: ['get-cmdlets-stop-at-1000-results'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      const listing = BY_KEY.get(command.key);
      if (!listing || !listsMany(command, listing) || !outputIsUsed(command, context.script.text)) continue;
      const limit = listing.limit.toLocaleString('en-US');
      context.report({
        span: command.nameSpan,
        message:
          `${listing.name} returns only the first ${limit} ${listing.objects} when -ResultSize isn't given, so the script carries on with part of them and only a warning says so. ` +
          'Add -ResultSize Unlimited to get all of them.',
        fix: { title: 'Add -ResultSize Unlimited', edits: [{ span: { start: command.span.end, end: command.span.end }, newText: ' -ResultSize Unlimited' }] },
      });
    }
  },
});

/** Could the call return more than the limit? Only when nothing narrows it to one object or a few. */
function listsMany(command: CommandView, listing: Listing): boolean {
  if (!parametersAreKnown(command) || command.parameter('ResultSize')) return false;
  if (listing.listsOnlyWith && !listing.listsOnlyWith.some((name) => switchIsOn(command.parameter(name)))) return false;
  if (listing.narrowedBy?.some((name) => command.parameter(name))) return false;
  if (!listing.identityPicksOne) return true;
  if (command.previous) return false;
  const identity = identityArgument(command);
  if (!identity) return true;
  // `Get-Mailbox *` lists everything; a narrower wildcard (`'sales*'`) is usually meant to find a few.
  return constantString(identity)?.trim() === '*';
}
