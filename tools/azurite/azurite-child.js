// Starts the pinned Azurite in this process and exits when the process that launched it is gone,
// so a crashed test run never leaves an orphan storage emulator behind.
// Usage: node azurite-child.js <parent-pid> [azurite options...]
'use strict';
const parentPid = Number(process.argv[2]);
if (!Number.isInteger(parentPid) || parentPid <= 0) {
  console.error('usage: node azurite-child.js <parent-pid> [azurite options...]');
  process.exit(2);
}
process.argv.splice(2, 1);
setInterval(() => {
  try {
    process.kill(parentPid, 0);
  } catch {
    process.exit(0);
  }
}, 1000).unref();
require('./node_modules/azurite/dist/src/azurite.js');
