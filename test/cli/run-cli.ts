/** Runs the outline CLI as a real process, the way `npm run outline` does (tsx on Node). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root, where `cli/outline.ts` lives. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a finished CLI run left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node --import tsx cli/outline.ts …args` in the project root; kills it after `timeoutMs`. */
export function runCli(args: string[], timeoutMs = 20_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.npm_lifecycle_event; // behave as when started directly, not via `npm run outline`
    delete env.OUTLINE_DEBUG;
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/outline.ts', ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`outline CLI did not exit within ${timeoutMs} ms: ${args.join(' ')}`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
