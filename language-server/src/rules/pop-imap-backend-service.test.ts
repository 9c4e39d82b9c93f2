import rule from './pop-imap-backend-service.js';
import { testRule } from './testing.js';

const exchange2016 = { exchangeVersion: '2016' } as const;

testRule(rule, {
  valid: [
    { name: 'both services', code: 'Set-Service -Name MSExchangePOP3 -StartupType Automatic\nSet-Service -Name MSExchangePOP3BE -StartupType Automatic\nStart-Service -Name MSExchangePOP3, MSExchangePOP3BE', settings: exchange2016 },
    { name: 'a wildcard covers both', code: 'Start-Service MSExchangeIMAP4*', settings: exchange2016 },
    { name: 'Get-Service with a wildcard, piped', code: 'Get-Service MSExchangeIMAP4* | Set-Service -StartupType Automatic\nStart-Service MSExchangeIMAP4', settings: exchange2016 },
    { name: 'back end named in a loop', code: "'MSExchangePOP3', 'MSExchangePOP3BE' | ForEach-Object { Set-Service -Name $_ -StartupType Automatic }\nStart-Service -Name MSExchangePOP3", settings: exchange2016 },
    { name: 'manual start type', code: 'Set-Service MSExchangePOP3 -StartupType Manual', settings: exchange2016 },
    { name: 'restarting after a certificate change', code: 'Restart-Service MSExchangeIMAP4', settings: exchange2016 },
    { name: 'stopping', code: 'Stop-Service MSExchangePOP3', settings: exchange2016 },
    { name: 'Exchange 2010 has one service', code: 'Set-Service MSExchangePOP3 -StartupType Automatic\nStart-Service MSExchangePOP3', settings: { exchangeVersion: '2010' } },
    { name: 'another service', code: 'Start-Service MSExchangeTransport', settings: exchange2016 },
    { name: 'a comment does not start anything', code: '# Start-Service MSExchangePOP3\nStart-Service W3SVC', settings: exchange2016 },
  ],
  invalid: [
    {
      name: 'Start-Service front end only',
      code: 'Start-Service -Name MSExchangePOP3',
      settings: exchange2016,
      errors: [{ text: 'MSExchangePOP3', message: /MSExchangePOP3BE on the mailbox server.*Set MSExchangePOP3BE to Automatic/ }],
    },
    {
      name: 'Set-Service Automatic, odd casing, quoted, 2013',
      code: "set-service 'msexchangeimap4' -startuptype automatic",
      settings: { exchangeVersion: '2013' },
      errors: [{ text: 'msexchangeimap4', message: /MSExchangeIMAP4BE/ }],
    },
    {
      name: 'mentioning the back end only in a comment does not count',
      code: '# MSExchangePOP3BE is started elsewhere\nSet-Service MSExchangePOP3 -StartupType Automatic -Status Running',
      settings: exchange2016,
      errors: [{ text: 'MSExchangePOP3' }],
    },
    {
      name: 'piped from Get-Service',
      code: 'Get-Service MSExchangeIMAP4 | Start-Service',
      settings: { exchangeVersion: '2019' },
      errors: [{ text: 'MSExchangeIMAP4' }],
    },
    {
      name: 'sc.exe config and net start',
      code: 'sc.exe config MSExchangePOP3 start= auto\nnet start MSExchangePOP3',
      settings: { exchangeVersion: 'se' },
      errors: [{ text: 'MSExchangePOP3', line: 1 }, { text: 'MSExchangePOP3', line: 2 }],
    },
    {
      name: 'splatted',
      code: "$svc = @{ Name = 'MSExchangeIMAP4'; StartupType = 'Automatic' }\nSet-Service @svc",
      settings: exchange2016,
      errors: [{ text: 'MSExchangeIMAP4' }],
    },
  ],
});
