import type { ArgumentValue, CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantNames, constantString, identityArgument } from './support/constant-values.js';

/** Rights and roles that include CreateItems, which delivery into a public folder needs. */
const CREATE_ITEMS = new Set(
  ['CreateItems', 'Author', 'Contributor', 'Editor', 'NonEditingAuthor', 'Owner', 'PublishingAuthor', 'PublishingEditor'].map((right) =>
    right.toLowerCase(),
  ),
);
const FOLDER_SOURCES = new Set(['get-publicfolder', 'new-publicfolder', 'get-mailpublicfolder']);

/** A folder path, or `undefined` when the script doesn't say which folder (variable, pipeline). */
type Folder = string | undefined;

interface Grant {
  readonly folder: Folder;
}

export default defineRule({
  meta: {
    id: 'public-folder-mail-enabled-without-anonymous',
    description: 'A public folder is mail-enabled but Anonymous never gets the right to create items in it, so outside senders bounce.',
    severity: 'warning',
    entries: ['public-folder-anonymous-contributor', 'public-folder-external-mail-authrequired-online'],
    fixable: false,
  },
  check(context) {
    const grants = context.commands.flatMap((command) => anonymousCreateGrant(command) ?? []);
    const online = context.settings.exchangeVersion === 'online';
    for (const command of context.commands) {
      if (command.key !== 'enable-mailpublicfolder') continue;
      const identity = identityArgument(command);
      const folder = identity ? constantString(identity) : folderFromPipeline(command);
      // Folders the script can't name (variables, loops, files) are often re-enabled by repair or
      // migration scripts whose folders already have their permissions: stay quiet on those.
      if (folder === undefined || grants.some((grant) => covers(grant, folder))) continue;
      const named = `"${folder}"`;
      context.report({
        span: identity?.span ?? command.nameSpan,
        message:
          `${named} gets an email address, but nothing in this script lets Anonymous create items in it, so mail from outside senders bounces (${online ? '550 5.7.1 RESOLVER.RST.AuthRequired' : '550 5.2.0 STOREDRV.Deliver'}). ` +
          `If outside senders must reach it, grant Anonymous CreateItems: Add-PublicFolderClientPermission -Identity ${named} -User Anonymous -AccessRights CreateItems.`,
        entries: online
          ? ['public-folder-external-mail-authrequired-online', 'public-folder-anonymous-contributor']
          : ['public-folder-anonymous-contributor', 'public-folder-external-mail-authrequired-online'],
      });
    }
  },
});

/** The grant an `Add-PublicFolderClientPermission` makes to Anonymous, when it may include CreateItems. */
function anonymousCreateGrant(command: CommandView): Grant | undefined {
  if (command.key !== 'add-publicfolderclientpermission') return undefined;
  const user = constantString(command.parameter('User')?.value);
  const rights = constantNames(command.parameter('AccessRights')?.value);
  // Unknown user or rights: assume they grant what is needed rather than raise a false alarm.
  if (user !== undefined && user.toLowerCase() !== 'anonymous') return undefined;
  if (rights !== undefined && !rights.some((right) => CREATE_ITEMS.has(right.toLowerCase()))) return undefined;
  const identity = identityArgument(command);
  return { folder: identity ? constantString(identity) : folderFromPipeline(command) };
}

function folderFromPipeline(command: CommandView): Folder {
  const source = command.previous;
  if (!source || !FOLDER_SOURCES.has(source.key)) return undefined;
  const identity: ArgumentValue | undefined = source.key === 'new-publicfolder' ? source.parameter('Name')?.value ?? source.positional[0] : identityArgument(source);
  if (source.key === 'new-publicfolder') {
    const name = constantString(identity);
    const path = constantString(source.parameter('Path')?.value);
    return name === undefined || path === undefined ? undefined : `${path.replace(/\\+$/, '')}\\${name}`;
  }
  return constantString(identity);
}

/**
 * Does the grant reach the folder? Unknown on either side counts as yes, and so does a grant on
 * an ancestor (folders created under it later copy its permissions).
 */
function covers(grant: Grant, folder: string): boolean {
  if (grant.folder === undefined) return true;
  const granted = grant.folder.trim();
  const target = folder.trim();
  const grantedIsPath = granted.startsWith('\\');
  // A path on one side and a name on the other may be the same folder: we can't tell.
  if (grantedIsPath !== target.startsWith('\\')) return true;
  if (!grantedIsPath) return granted.toLowerCase() === target.toLowerCase();
  const parent = withoutTrailingSlash(granted);
  const child = withoutTrailingSlash(target);
  return parent === '' || child === parent || child.startsWith(`${parent}\\`);
}

function withoutTrailingSlash(path: string): string {
  return path.replace(/\\+$/, '').toLowerCase();
}
