#!/usr/bin/env node
// CLI: node simulator/server.mjs [--port 8443] [--host 127.0.0.1]
import { startSimulator } from './index.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1 && process.argv[i + 1]) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: node simulator/server.mjs [--port 8443] [--host 127.0.0.1]');
  process.exit(0);
}

const port = Number(arg('port', '8443'));
const host = arg('host', '127.0.0.1');
const sim = await startSimulator({ port, host });

console.log(`Second Step sign-in simulator on ${sim.origin} (do not enter real credentials)`);
console.log(`\nDirect (no host mapping): ${sim.origin}/?host=login.microsoftonline.com&scenario=push`);
console.log(`Scenario list: ${sim.origin}/__sim/scenarios`);
console.log('\nWith the sign-in hostnames mapped to this server:');
for (const u of [
  'https://login.microsoftonline.com/?scenario=flow',
  'https://login.microsoftonline.com/?scenario=push&lang=nl',
  'https://login.microsoftonline.com/common/SAS/ProcessAuth?scenario=sms',
  'https://login.live.com/?scenario=msa-push',
  'https://account.live.com/identity/confirm?scenario=msa-confirm',
  'https://contoso.ciamlogin.com/?scenario=ciam-picker',
  'https://other.example.org/',
  'https://login.microsoftonline.com.evil.example/',
])
  console.log(`  ${u}`);
console.log('\nChromium flags:');
for (const a of sim.chromiumArgs) console.log(`  '${a}'`);
console.log('\nFirefox prefs (with acceptInsecureCerts: true):');
for (const [k, v] of Object.entries(sim.firefoxPrefs)) console.log(`  ${k} = ${v}`);
console.log(`\nCA certificate (throwaway): ${sim.caPath}`);

const stop = async () => {
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
