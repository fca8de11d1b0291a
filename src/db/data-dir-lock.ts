import { openSync, closeSync, writeSync, readFileSync, unlinkSync, constants } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../domain/errors.js';

export interface DataDirLock {
  release(): void;
}

/**
 * PGlite is one process's database: two processes writing one data directory corrupt it.
 * A lock file with the owner's pid makes a second process (the CLI while `npm start` runs)
 * refuse with a clear message; a lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, 'jjld.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DomainError('DATA_DIR_IN_USE', { dataDir, pid: owner });
      }
      unlinkSync(file); // stale lock from a process that died
    }
  }
  throw new DomainError('DATA_DIR_IN_USE', { dataDir });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
