// The values a parameter is known to accept, where the list can be trusted to be complete enough
// to call anything else wrong. Only enumeration types qualify: PowerShell itself refuses a name
// the enumeration lacks. A String or MultiValuedProperty parameter with a list on its page may
// take other values, so it never qualifies. Pages list different subsets of one enumeration
// (MailboxRights has 6 values on one page and 7 on another; RecipientTypeDetails from 2 to 28),
// so a value counts as accepted when any parameter of the same type lists it.
import type { CmdletModel } from '../../exchange/model/cmdlet-model.js';
import type { CmdletParameter } from '../../exchange/model/cmdlet.js';
import { ACTION_PREFERENCES } from '../../exchange/model/common-parameters.js';

export interface AcceptedValues {
  /** The parameter's own list, as its page spells it (what a message shows and suggests from). */
  readonly listed: readonly string[];
  /** Lower-case: every value any parameter of the same type lists. */
  readonly accepted: ReadonlySet<string>;
}

/** Types whose values are not checked by PowerShell against a closed list. */
const OPEN_TYPES = /^(System\.)?(String|Object|PSObject)(\[\])?$|MultiValuedProperty|Hashtable/i;

export function acceptedValues(model: CmdletModel, parameter: CmdletParameter): AcceptedValues | undefined {
  if (parameter.common) {
    return parameter.type === 'ActionPreference' ? { listed: ACTION_PREFERENCES, accepted: new Set(ACTION_PREFERENCES.map((value) => value.toLowerCase())) } : undefined;
  }
  if (!parameter.values || parameter.values.length === 0 || OPEN_TYPES.test(parameter.type)) return undefined;
  const accepted = model.valuesOfType(parameter.type) ?? new Set(parameter.values.map((value) => value.toLowerCase()));
  return { listed: parameter.values, accepted };
}
