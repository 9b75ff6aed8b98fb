#!/usr/bin/env node
// The first step of `npm test`: gets the machine what the browser tests need, or stops.
import { prepareTestMachine, thisMachine } from './lib/test-machine.ts';

const error = prepareTestMachine(thisMachine);
if (error) {
  console.error(error);
  process.exit(1);
}
