import rule from './dotnet-framework-registration.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: '64-bit ASP.NET 2.0', code: '& "$env:windir\\Microsoft.NET\\Framework64\\v2.0.50727\\aspnet_regiis.exe" -i -enable' },
    { name: 'through a variable', code: "$regiis = Join-Path $env:windir 'Microsoft.NET\\Framework64\\v2.0.50727\\aspnet_regiis.exe'\n& $regiis -i -enable" },
    { name: 'listing only', code: '& C:\\Windows\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis.exe -lk' },
    { name: 'uninstalling ASP.NET 1.1', code: 'C:\\Windows\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis.exe -u' },
    { name: 'client scripts', code: 'C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\aspnet_regiis.exe -c' },
    { name: '32-bit 2.0 on IIS 7 (Exchange 2010) keeps 64-bit handlers', code: 'C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\aspnet_regiis.exe -i', settings: { exchangeVersion: '2010' } },
    { name: '.NET 4 is not this rule’s business', code: 'C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\aspnet_regiis.exe -i' },
    { name: 'no folder: unknown framework', code: 'aspnet_regiis.exe -i' },
  ],
  invalid: [
    {
      name: 'ASP.NET 1.1 from an expandable string',
      code: '& "$env:windir\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis.exe" -i',
      errors: [{ text: '"$env:windir\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis.exe"', message: /ASP\.NET 1\.x.*Framework64/ }],
    },
    {
      name: 'ASP.NET 1.1 on one path, Exchange 2010',
      code: 'C:\\WINDOWS\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis -s W3SVC/1/ROOT/owa',
      settings: { exchangeVersion: '2010' },
      errors: [{ text: 'C:\\WINDOWS\\Microsoft.NET\\Framework\\v1.1.4322\\aspnet_regiis' }],
    },
    {
      name: '32-bit ASP.NET 2.0 on Exchange 2007',
      code: "& 'C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\aspnet_regiis.exe' -i -enable",
      settings: { exchangeVersion: '2007' },
      errors: [{ message: /32-bit ASP\.NET v2\.0\.50727/ }],
      output: "& 'C:\\Windows\\Microsoft.NET\\Framework64\\v2.0.50727\\aspnet_regiis.exe' -i -enable",
    },
    {
      name: '32-bit ASP.NET 2.0, target unknown, -r',
      code: 'C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\aspnet_regiis.exe -r',
      errors: [{ text: 'C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\aspnet_regiis.exe' }],
      output: 'C:\\Windows\\Microsoft.NET\\Framework64\\v2.0.50727\\aspnet_regiis.exe -r',
    },
  ],
});
