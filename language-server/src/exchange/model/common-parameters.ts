// PowerShell's common parameters, which every cmdlet takes though the reference pages only say
// "supports the common parameters". Aliases are PowerShell's own (`-ea`, `-ov`); ProgressAction
// is PowerShell 7.4's, harmless to accept on 5.1 scripts because nobody misspells into it.

export interface CommonParameter {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

export const COMMON_PARAMETERS: readonly CommonParameter[] = [
  { name: 'Debug', type: 'SwitchParameter', aliases: ['db'] },
  { name: 'ErrorAction', type: 'ActionPreference', aliases: ['ea'] },
  { name: 'ErrorVariable', type: 'String', aliases: ['ev'] },
  { name: 'InformationAction', type: 'ActionPreference', aliases: ['infa'] },
  { name: 'InformationVariable', type: 'String', aliases: ['iv'] },
  { name: 'OutBuffer', type: 'Int32', aliases: ['ob'] },
  { name: 'OutVariable', type: 'String', aliases: ['ov'] },
  { name: 'PipelineVariable', type: 'String', aliases: ['pv'] },
  { name: 'ProgressAction', type: 'ActionPreference', aliases: ['proga'] },
  { name: 'Verbose', type: 'SwitchParameter', aliases: ['vb'] },
  { name: 'WarningAction', type: 'ActionPreference', aliases: ['wa'] },
  { name: 'WarningVariable', type: 'String', aliases: ['wv'] },
];

/** The values of the `*Action` common parameters. */
export const ACTION_PREFERENCES: readonly string[] = ['Break', 'Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop', 'Suspend'];
