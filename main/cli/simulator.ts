// `npm run simulator`: starts the local Certn, iCIMS and SendSafely simulators and prints what a person needs to
// connect the console to them. This output is the one place the demo secrets are shown, on purpose.
import { parseArgs } from 'node:util';
import { startSimulator } from '../simulator/index';

function port(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`--${name} must be a port number between 0 and 65535.`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'port-certn': { type: 'string' },
      'port-icims': { type: 'string' },
      'port-sendsafely': { type: 'string' },
      region: { type: 'string' },
      'no-seed': { type: 'boolean' },
      'icims-customer-id': { type: 'string' },
    },
  });
  // A real event can be replayed verbatim only if the simulated iCIMS has the same customer id.
  const customerId = values['icims-customer-id'];
  if (customerId !== undefined && !/^\d{1,12}$/.test(customerId)) {
    console.error('--icims-customer-id must be digits only, like the iCIMS Customer ID (for example 1234).');
    process.exit(2);
  }
  const region = values.region ?? 'ca';
  if (!['ca', 'uk', 'au'].includes(region)) {
    console.error('--region must be ca, uk or au.');
    process.exit(2);
  }
  let sim;
  try {
    sim = await startSimulator({
      certnPort: port('port-certn', values['port-certn']),
      icimsPort: port('port-icims', values['port-icims']),
      sendsafelyPort: port('port-sendsafely', values['port-sendsafely']),
      region: region as 'ca' | 'uk' | 'au',
      seed: !values['no-seed'],
      credentials: customerId !== undefined ? { icimsCustomerId: customerId } : undefined,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? 'That port is already in use: choose another with --port-certn / --port-icims / --port-sendsafely.' : 'The simulator could not start.');
    process.exit(1);
  }
  console.log(`Certn API base URL: ${sim.certnUrl}`);
  console.log(`Certn API key: ${sim.demo.certnApiKey}`);
  console.log(`iCIMS API base URL: ${sim.icimsUrl}`);
  console.log(`iCIMS customer ID: ${sim.demo.icimsCustomerId}`);
  console.log(`iCIMS username: ${sim.demo.icimsUsername}`);
  console.log(`iCIMS password: ${sim.demo.icimsPassword}`);
  console.log(`SendSafely host: ${sim.sendsafelyUrl}`);
  console.log(`SendSafely API key: ${sim.demo.sendsafelyApiKey}`);
  console.log(`SendSafely API secret: ${sim.demo.sendsafelyApiSecret}`);
  console.log(`SendSafely key owner: ${sim.demo.sendsafelyEmail}`);
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void sim.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
