import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { acceptedValues, isValuesIntro } from './accepted-values.js';

const parse = (markdown: string) => (unified().use(remarkParse).parse(markdown) as Root).children;

function values(description: string, type = 'WidgetMode', parameter = 'Mode', yamlValues?: string[]): string[] | undefined {
  return acceptedValues({ parameter, type, description: parse(description), ...(yamlValues ? { yamlValues } : {}) });
}

describe('acceptedValues', () => {
  const found: { name: string; description: string; type?: string; parameter?: string; values: string[] }[] = [
    { name: 'a plain list after "Valid values are:"', description: 'The Mode parameter sets the mode. Valid values are:\n\n- Off\n- On\n- Test\n', values: ['Off', 'On', 'Test'] },
    { name: 'items with explanations after a colon', description: 'You can use one of these values:\n\n- Reader: can read.\n- Writer: can read and write.\n', values: ['Reader', 'Writer'] },
    { name: 'items with explanations in parentheses', description: 'Valid values for this parameter are:\n\n- Basic (the default)\n- Full\n', values: ['Basic', 'Full'] },
    { name: 'a [sic] note', description: 'Valid values are:\n\n- Children\n- Descendents [sic]\n', values: ['Children', 'Descendents'] },
    { name: '$null among the values', description: 'Valid values are:\n\n- Green\n- $null (blank): not set.\n', values: ['Green'] },
    { name: 'a name for $null among the values', description: 'Valid values are:\n\n- Green\n- Nothing (the value $null): not set.\n', values: ['Green'] },
    { name: 'roles and permissions lists, merged in order without repeats', description: 'The following single permissions are available:\n\n- ReadItems\n- EditItems\n\nThe roles, and the permissions they grant, are in this list:\n\n- Viewer: ReadItems\n- Changer: ReadItems, EditItems\n\nThese roles are for calendars only:\n\n- BusyOnly\n- readitems\n', values: ['ReadItems', 'EditItems', 'Viewer', 'Changer', 'BusyOnly'] },
    { name: 'a subset list that names requirements adds nothing new', description: 'Valid values are:\n\n- North\n- South\n\nThe following values for this parameter also need the Range parameter:\n\n- South\n', values: ['North', 'South'] },
    { name: 'more values under bare labels', description: 'Valid values are:\n\n- AllowAll\n- DontAllow\n\nOceania\n\n- OCRatingG\n- OCRatingPG\n', values: ['AllowAll', 'DontAllow', 'OCRatingG', 'OCRatingPG'] },
    { name: 'a value added after a note', description: 'Valid values are:\n\n- Inbox\n- Outbox\n\nWithout this parameter, both folders are read.\n\n- Archive (cloud only): the archive.\n', values: ['Inbox', 'Outbox', 'Archive'] },
    { name: 'a sentence run into the next without a space', description: 'The Policy parameter sets the policy.Valid values are:\n\n- None\n- Allow\n', values: ['None', 'Allow'] },
    { name: 'the parameter naming its own values', description: 'Valid Mode values are:\n\n- Fast\n- Slow\n', values: ['Fast', 'Slow'] },
    { name: 'a String parameter with a closed list', type: 'String', description: 'Valid values are:\n\n- csv\n- json\n', values: ['csv', 'json'] },
  ];
  for (const { name, description, type, parameter, values: expected } of found) {
    it(`finds ${name}`, () => assert.deepEqual(values(description, type, parameter), expected));
  }

  const notFound: { name: string; description: string; type?: string }[] = [
    { name: 'an identity list introduced as "for example"', description: 'You can use any value that identifies the widget. For example:\n\n- Name\n- Alias\n- GUID\n' },
    { name: 'identity words even when called values', type: 'String', description: 'You can use the following values:\n\n- Name\n- Id (a GUID)\n' },
    { name: 'an *IdParameter type', type: 'WidgetIdParameter', description: 'Valid values are:\n\n- Primary\n- Secondary\n' },
    { name: 'a Boolean type', type: 'Boolean', description: 'Valid values are:\n\n- Always\n- Never\n' },
    { name: 'a switch', type: 'SwitchParameter', description: 'Valid values are:\n\n- Always\n' },
    { name: 'a number type', type: 'Int32', description: 'Valid values are:\n\n- Low\n' },
    { name: 'a hashtable type', type: 'PswsHashtable', description: 'The Kind key uses one of the following values:\n\n- Append\n- Prepend\n' },
    { name: 'an Unlimited type', type: 'Unlimited', description: 'Valid values are:\n\n- Unlimited\n' },
    { name: 'items that are not single words', description: 'Valid values are:\n\n- An exact name\n- A pattern\n' },
    { name: 'one item that is not a word', description: 'Valid values are:\n\n- Off\n- 1 or Hourly. The default.\n' },
    { name: '$true and $false', type: 'String', description: 'Valid values are:\n\n- $true: on.\n- $false: off.\n' },
    { name: 'values with dots', description: 'Valid values are:\n\n- Mail.Sender\n- Mail.Recipient\n' },
    { name: 'a list of examples', description: 'Examples of valid values include:\n\n- SMTP\n- X500\n' },
    { name: 'a partial list', description: 'Valid values include:\n\n- Read\n- Write\n' },
    { name: 'typical values', description: 'Typical values are:\n\n- WEB\n- EXPR\n' },
    { name: 'a list of properties', description: 'You can filter on the following properties:\n\n- Name\n- Color\n' },
    { name: 'a list of parameters', description: "You can't use this parameter with the following parameters:\n\n- Color\n- Size\n" },
    { name: 'units', description: 'Qualify the value with one of the following units:\n\n- KB\n- MB\n' },
    { name: "another parameter's values", description: 'This parameter only works with the following AccessRights parameter values:\n\n- Owner\n- Editor\n' },
    { name: 'values of a part of the value', description: 'The value is written as `Domain:Capability`, and the valid Capability values are:\n\n- AcceptA\n- AcceptB\n' },
    { name: 'a list for a code-marked part', description: 'You can use the following values for `Action`:\n\n- Share\n- Hide\n' },
    { name: 'a list that depends on another parameter', description: 'The Entry parameter narrows the results based on the Kind parameter value. Valid values are:\n\n- Hash\n- Url\n' },
    { name: 'a list without an introduction', description: '- Off\n- On\n' },
    { name: 'a list after a paragraph that is not about values', description: 'The widget turns when you set it.\n\n- Off\n- On\n' },
    { name: 'an ordered list', description: 'Valid values are:\n\n1. Off\n2. On\n' },
    { name: 'a list of $null alone', description: 'Valid values are:\n\n- $null\n' },
  ];
  for (const { name, description, type } of notFound) {
    it(`finds nothing in ${name}`, () => assert.equal(values(description, type), undefined));
  }

  it('takes the yaml Accepted values when there are some, without repeats', () => {
    assert.deepEqual(values('Valid values are:\n\n- Other\n', 'String', 'Mode', ['Low', 'High', 'low']), ['Low', 'High']);
  });
});

describe('isValuesIntro', () => {
  const cases: [string, boolean][] = [
    ['Valid values are:', true],
    ['The Color parameter sets the color. Valid values for this parameter are:', true],
    ['This parameter accepts the following values:', true],
    ['Valid values are Days, Months or Years.', false],
    ['For example:', false],
    ['Valid Color values are:', true],
    ['Valid Size values are:', false],
  ];
  for (const [sentence, expected] of cases) it(sentence, () => assert.equal(isValuesIntro(sentence, 'Color'), expected));
});
