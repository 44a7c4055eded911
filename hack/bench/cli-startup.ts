// CLI start-up benchmark: wall time of `pagemagic --version`, `--help` and `sites list --json` against an
// API port nobody listens on (so no server time counts, only start-up and a refused connection), beside
// named peers measured in the same run: `node -e ""` (the floor: Node itself) and `npm --version` (another
// Node CLI on every machine that has Node).
//
//   node hack/bench/cli-startup.ts [--runs 20] [--entries source,bundle]
//
// "source" is `node cli/src/main.ts` (Node's type stripping, one module per file: what `npx pagemagic`
// runs in the repo); "bundle" is the single file `make cli-install` installs, built afresh for this run.
// Runs are interleaved (one of each command per round) so a busy machine slows every row alike.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { freePort } from '@pagemagic/hack/testkit/free-port';

const root = resolve(import.meta.dirname, '../..');
// The npm of the Node running this, so both sides of the comparison start the same runtime.
const npm = existsSync(join(dirname(process.execPath), 'npm'))
  ? join(dirname(process.execPath), 'npm')
  : 'npm';
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    entries: { type: 'string', default: 'source,bundle' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number above 0, not ${values.runs}`);
const entries = (values.entries ?? '').split(',').filter(Boolean);
const unknown = entries.filter((entry) => entry !== 'source' && entry !== 'bundle');
if (unknown.length > 0) throw new Error(`--entries takes source and/or bundle, not ${unknown.join(', ')}`);

const work = await mkdtemp(join(tmpdir(), 'pagemagic-bench-cli-'));
try {
  // A stored sign-in, so `sites list` goes as far as the request instead of stopping at "not signed in".
  const configHome = join(work, 'config');
  await mkdir(join(configHome, 'pagemagic'), { recursive: true, mode: 0o700 });
  await writeFile(
    join(configHome, 'pagemagic', 'config.json'),
    JSON.stringify({ accessToken: 'bench', refreshToken: 'bench' }),
    { mode: 0o600 },
  );
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PAGEMAGIC_'))),
    HOME: configHome,
    XDG_CONFIG_HOME: configHome,
    PAGEMAGIC_API_URL: `http://127.0.0.1:${await freePort()}`,
    NO_COLOR: '1',
  };

  const mains: Array<[string, string]> = [];
  if (entries.includes('source')) mains.push(['source', join(root, 'cli/src/main.ts')]);
  if (entries.includes('bundle')) {
    const outDir = join(work, 'bundle');
    await promisify(execFile)(process.execPath, [join(root, 'cli/scripts/bundle.ts'), '--out-dir', outDir]);
    mains.push(['bundle', join(outDir, 'pagemagic.mjs')]);
  }

  interface Row {
    name: string;
    command: string[];
    /** The exit code the command is expected to end with. */
    exit: number;
    times: number[];
  }
  const rows: Row[] = [
    { name: 'node -e ""  (floor)', command: [process.execPath, '-e', ''], exit: 0, times: [] },
    { name: 'npm --version  (peer)', command: [npm, '--version'], exit: 0, times: [] },
  ];
  for (const [label, main] of mains) {
    for (const [args, exit] of [
      [['--version'], 0],
      [['--help'], 0],
      [['sites', 'list', '--json'], 1],
    ] as const) {
      rows.push({
        name: `pagemagic ${args.join(' ')}  (${label})`,
        command: [process.execPath, main, ...args],
        exit,
        times: [],
      });
    }
  }

  // One unmeasured round first: the file system cache and npm's own lazy set-up should not count.
  for (const row of rows) await time(row.command, env, row.exit);
  for (let round = 0; round < runs; round++) {
    for (const row of rows) row.times.push(await time(row.command, env, row.exit));
  }

  console.log(`CLI start-up, ${runs} runs each, wall time in ms (Node ${process.version}):\n`);
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`${'command'.padEnd(width)}  ${'median'.padStart(7)}  ${'p90'.padStart(7)}`);
  for (const row of rows) {
    const sorted = [...row.times].sort((a, b) => a - b);
    console.log(
      `${row.name.padEnd(width)}  ${percentile(sorted, 0.5).toFixed(0).padStart(7)}  ${percentile(sorted, 0.9).toFixed(0).padStart(7)}`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

function time(command: string[], env: NodeJS.ProcessEnv, exit: number): Promise<number> {
  const [file = '', ...args] = command;
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', fail);
    child.once('close', (code) => {
      const elapsed = performance.now() - started;
      if (code !== exit) fail(new Error(`${command.join(' ')} exited ${code}, not ${exit}: ${stderr}`));
      else done(elapsed);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
