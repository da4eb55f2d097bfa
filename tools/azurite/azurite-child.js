// Starts the pinned Azurite in this process and exits when the process that launched it is gone,
// so a crashed or killed test run never leaves an orphan storage emulator behind.
// Usage: node azurite-child.js <parent-pid> [--exit-on-stdin-close] [azurite options...]
//
// Two watches, either one ends this process:
// - --exit-on-stdin-close: the launcher keeps our stdin open (a pipe) for as long as it lives; the kernel closes it when
//   the launcher ends in any way (exit, crash, SIGKILL), so end-of-file here means the launcher is gone. This is the
//   reliable one: it needs no polling and cannot be fooled by a reused pid or an unreaped (zombie) parent.
// - the parent pid, polled every second: gone, a zombie (killed but not yet reaped by its own parent; kill(pid, 0)
//   still succeeds on a zombie, which is how orphans used to survive), or its pid reused by a newer process.
'use strict';
const fs = require('fs');
const parentPid = Number(process.argv[2]);
if (!Number.isInteger(parentPid) || parentPid <= 0) {
  console.error('usage: node azurite-child.js <parent-pid> [--exit-on-stdin-close] [azurite options...]');
  process.exit(2);
}
process.argv.splice(2, 1);
if (process.argv[2] === '--exit-on-stdin-close') {
  process.argv.splice(2, 1);
  const exit = () => process.exit(0);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  process.stdin.on('error', exit);
  process.stdin.resume();
}

// The parent's state and start time from /proc (Linux); null where there is no /proc.
function parentStat() {
  try {
    const stat = fs.readFileSync(`/proc/${parentPid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

const started = parentStat();
function parentAlive() {
  let otherUser = false;
  try {
    process.kill(parentPid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') {
      return false; // no such process
    }
    otherUser = true; // our parent runs as us: this is a newer process under the same pid
  }
  const now = parentStat();
  if (now === null) {
    return started === null && !otherUser; // no /proc: the signal is all there is
  }
  return !otherUser && now.state !== 'Z' && now.state !== 'X' && (started === null || now.startTime === started.startTime);
}

if (!parentAlive()) {
  process.exit(0);
}
setInterval(() => {
  if (!parentAlive()) {
    process.exit(0);
  }
}, 1000).unref();
require('./node_modules/azurite/dist/src/azurite.js');
