import rule from './public-folder-mail-enabled-without-anonymous.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Enable-MailPublicFolder -Identity "\\Sales\\Inbound"\nAdd-PublicFolderClientPermission -Identity "\\Sales\\Inbound" -User Anonymous -AccessRights Contributor',
    { name: 'the grant comes first', code: 'Add-PublicFolderClientPermission "\\Sales\\Inbound" -User anonymous -AccessRights CreateItems\nEnable-MailPublicFolder "\\Sales\\Inbound"' },
    { name: 'a role that includes CreateItems', code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Support" -User Anonymous -AccessRights PublishingAuthor' },
    { name: 'rights as a list', code: "Enable-MailPublicFolder '\\Support'\nAdd-PublicFolderClientPermission -Identity '\\Support' -User 'Anonymous' -AccessRights ReadItems, CreateItems" },
    { name: 'granted on a parent folder', code: 'Add-PublicFolderClientPermission -Identity "\\Sales" -User Anonymous -AccessRights Contributor\nEnable-MailPublicFolder -Identity "\\Sales\\Inbound\\"' },
    { name: 'rights we cannot know', code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Support" -User Anonymous -AccessRights $rights' },
    { name: 'user we cannot know', code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Support" -User $who -AccessRights CreateItems' },
    { name: 'folder we cannot know on the grant', code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity $folder -User Anonymous -AccessRights CreateItems' },
    {
      name: 'both through the same pipeline source',
      code: 'Get-PublicFolder "\\Support" | Enable-MailPublicFolder\nGet-PublicFolder "\\Support" | Add-PublicFolderClientPermission -User Anonymous -AccessRights Contributor',
    },
    { name: 'a folder we cannot know (repair and migration scripts)', code: 'foreach ($folder in $folders) { Enable-MailPublicFolder -Identity $folder }' },
    { name: 'folders read from a file', code: 'Get-Content folders.txt | ForEach-Object { Enable-MailPublicFolder $_ }' },
    { name: 'other public folder cmdlets', code: 'Disable-MailPublicFolder "\\Support"\nSet-MailPublicFolder "\\Support" -HiddenFromAddressListsEnabled $true' },
    { name: 'splatted grant', code: "$grant = @{ Identity = '\\Support'; User = 'Anonymous'; AccessRights = 'Contributor' }\nEnable-MailPublicFolder '\\Support'\nAdd-PublicFolderClientPermission @grant" },
  ],
  invalid: [
    {
      code: 'Enable-MailPublicFolder -Identity "\\Sales\\Inbound"',
      errors: [
        {
          text: '"\\Sales\\Inbound"',
          message: /^"\\Sales\\Inbound" gets an email address, .* \(550 5\.2\.0 STOREDRV\.Deliver\)\. If outside senders must reach it, grant Anonymous CreateItems: Add-PublicFolderClientPermission -Identity "\\Sales\\Inbound" -User Anonymous -AccessRights CreateItems\.$/,
        },
      ],
    },
    {
      name: 'Exchange Online names its own bounce',
      code: "enable-mailpublicfolder '\\Support\\Requests'",
      settings: { exchangeVersion: 'online' },
      errors: [{ text: "'\\Support\\Requests'", message: /550 5\.7\.1 RESOLVER\.RST\.AuthRequired/ }],
    },
    {
      name: 'a grant that does not include CreateItems',
      code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Support" -User Anonymous -AccessRights Reviewer',
      errors: [{ text: '"\\Support"', line: 1 }],
    },
    {
      name: 'a grant to someone else',
      code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Support" -User Default -AccessRights Contributor',
      errors: [{ text: '"\\Support"' }],
    },
    {
      name: 'a grant on another folder',
      code: 'Enable-MailPublicFolder "\\Support"\nAdd-PublicFolderClientPermission -Identity "\\Sales" -User Anonymous -AccessRights Contributor',
      errors: [{ text: '"\\Support"' }],
    },
    {
      name: 'piped from Get-PublicFolder: reported on the command',
      code: 'Get-PublicFolder -Identity "\\Support" | Enable-MailPublicFolder',
      errors: [{ text: 'Enable-MailPublicFolder', message: /^"\\Support" gets/ }],
    },
    {
      name: 'a folder created in the same pipeline',
      code: 'New-PublicFolder -Name Inbound -Path "\\Sales" | Enable-MailPublicFolder',
      errors: [{ text: 'Enable-MailPublicFolder', message: /^"\\Sales\\Inbound" gets/ }],
    },
    {
      name: 'a variable assigned once',
      code: "$folder = '\\Sales\\Orders'\nEnable-MailPublicFolder $folder",
      errors: [{ text: '$folder', line: 2, message: /^"\\Sales\\Orders" gets/ }],
    },
  ],
});
