// The root filesystem every component image starts from, made of Debian packages' files the way
// distroless images are: `apt-get download` fetches the packages (no install, no maintainer scripts) and
// `dpkg-deb -x` unpacks them. What the scripts would have made is written here: the CA bundle, the
// localtime link, the users. Only what a Node program needs is kept: libc, libstdc++ and libgcc (`ldd
// node` lists exactly these), CA certificates and time zones; documentation other than copyright notices,
// iconv modules and tools are left out. /var/lib/dpkg/status.d names the packages and their versions, as
// distroless does, so image scanners know what the image holds.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readTree, type TreeEntry } from '@pagemagic/operator/image';

const run = promisify(execFile);

/** `ldd node` on Node 24 lists libc, libm, libdl, libpthread (all libc6), libstdc++ and libgcc_s. */
export const BASE_PACKAGES = ['libc6', 'libgcc-s1', 'libstdc++6', 'ca-certificates', 'tzdata'] as const;

export const NONROOT_UID = 65532;

const APT_LISTS = '/var/lib/apt/lists';

/** Paths (in the packages) that an image has no use for. */
function excluded(path: string): boolean {
  if (path.startsWith('usr/share/doc/')) {
    // Copyright notices stay: they are the packages' licences.
    const parts = path.split('/');
    return parts.length > 4 && parts[4] !== 'copyright';
  }
  return [
    'usr/share/man',
    'usr/share/info',
    'usr/share/lintian',
    'usr/share/gdb',
    'usr/share/gcc',
    'usr/share/locale',
    'usr/lib/x86_64-linux-gnu/gconv',
    'usr/sbin',
    'usr/bin',
    'sbin',
    'etc/ca-certificates.conf',
  ].some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export interface BaseRootfs {
  tree: Map<string, TreeEntry>;
  /** `name version` of each package, for the layer's history comment. */
  packages: string[];
  /** True when `apt-get update` had to run first. */
  updatedLists: boolean;
}

async function packageListsPresent(): Promise<boolean> {
  return existsSync(APT_LISTS) && readdirSync(APT_LISTS).some((name) => name.includes('_Packages'));
}

async function candidateVersion(name: string): Promise<string> {
  const { stdout } = await run('apt-cache', ['policy', name]);
  const candidate = /Candidate:\s*(\S+)/.exec(stdout)?.[1];
  if (!candidate || candidate === '(none)') {
    throw new Error(
      `apt has no candidate version of ${name}: check /etc/apt/sources.list(.d) names a Debian release, then run 'apt-get update'`,
    );
  }
  return candidate;
}

async function debVersion(path: string): Promise<string> {
  return (await run('dpkg-deb', ['--field', path, 'Version'])).stdout.trim();
}

/** The .deb of each package at its candidate version, downloaded into `debDir` unless already there. */
async function downloadPackages(debDir: string, log: (line: string) => void): Promise<Map<string, string>> {
  await mkdir(debDir, { recursive: true });
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const name of BASE_PACKAGES) {
    const version = await candidateVersion(name);
    const files = (await readdir(debDir)).filter(
      (file) => file.startsWith(`${name}_`) && file.endsWith('.deb'),
    );
    let match: string | undefined;
    for (const file of files) {
      if ((await debVersion(join(debDir, file))) === version) match = file;
      else await rm(join(debDir, file));
    }
    if (match) found.set(name, join(debDir, match));
    else missing.push(name);
  }
  if (missing.length > 0) {
    log(`downloading ${missing.join(', ')} (apt-get download)`);
    try {
      await run('apt-get', ['download', ...missing], { cwd: debDir });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(
        `apt-get download ${missing.join(' ')} failed: ${(stderr ?? String(error)).trim().split('\n').slice(-3).join(' ')}`,
      );
    }
    for (const name of missing) {
      const file = (await readdir(debDir)).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
      if (!file) throw new Error(`apt-get download ${name} left no ${name}_*.deb in ${debDir}`);
      found.set(name, join(debDir, file));
    }
  }
  return found;
}

/** Unpacks the packages into a folder named after them, once; a later build reuses it. */
async function unpacked(debs: Map<string, string>, cacheDir: string): Promise<string> {
  const name = [...debs.values()]
    .map((path) =>
      path
        .split('/')
        .at(-1)
        ?.replace(/\.deb$/, ''),
    )
    .join('+')
    .replace(/[^\w.+-]/g, '_');
  const directory = join(cacheDir, 'unpacked', name.length > 200 ? name.slice(0, 200) : name);
  if (existsSync(join(directory, '.complete'))) return directory;
  const partial = `${directory}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const path of debs.values()) await run('dpkg-deb', ['-x', path, partial]);
  await mkdir(join(partial, '.complete'));
  await rm(directory, { recursive: true, force: true });
  await rename(partial, directory);
  return directory;
}

const text = (body: string): TreeEntry => ({ type: 'file', body: Buffer.from(body) });

/** What the packages' maintainer scripts and base-files would have made, and the image's own user. */
async function generatedFiles(root: string, debs: Map<string, string>): Promise<Map<string, TreeEntry>> {
  const certificates = join(root, 'usr', 'share', 'ca-certificates', 'mozilla');
  const bundle = (await readdir(certificates))
    .filter((file) => file.endsWith('.crt'))
    .sort()
    .map((file) => readFile(join(certificates, file), 'utf8'));
  const pem = (await Promise.all(bundle)).map((cert) => (cert.endsWith('\n') ? cert : `${cert}\n`)).join('');
  const status = new Map<string, TreeEntry>();
  for (const [name, path] of debs) {
    const { stdout } = await run('dpkg-deb', [
      '--field',
      path,
      'Package',
      'Version',
      'Architecture',
      'Maintainer',
      'Source',
      'Homepage',
      'Description',
    ]);
    status.set(
      `/var/lib/dpkg/status.d/${name}`,
      text(`${stdout.replace(/\n+$/, '')}\nStatus: install ok installed\n`),
    );
  }
  return new Map<string, TreeEntry>([
    [
      '/etc/passwd',
      text(
        `root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:${NONROOT_UID}:${NONROOT_UID}:nonroot:/home/nonroot:/sbin/nologin\n`,
      ),
    ],
    ['/etc/group', text(`root:x:0:\nnonroot:x:${NONROOT_UID}:\n`)],
    // glibc looks up hosts in /etc/hosts, then DNS: what a pod's /etc/hosts and /etc/resolv.conf say.
    ['/etc/nsswitch.conf', text('passwd: files\ngroup: files\nhosts: files dns\nnetworks: files\n')],
    ['/etc/ssl/certs/ca-certificates.crt', text(pem)],
    ['/etc/localtime', { type: 'symlink', target: '/usr/share/zoneinfo/Etc/UTC' }],
    ['/etc/timezone', text('Etc/UTC\n')],
    [
      '/etc/os-release',
      text(
        'PRETTY_NAME="Page Magic base (Debian 12 packages)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
      ),
    ],
    ['/root', { type: 'directory', mode: 0o700 }],
    ['/home/nonroot', { type: 'directory', mode: 0o700, uid: NONROOT_UID, gid: NONROOT_UID }],
    // The only place the programs write: an emptyDir in a pod, so the root filesystem can be read-only.
    ['/tmp', { type: 'directory', mode: 0o1777 }],
    ...status,
  ]);
}

export async function baseRootfs(cacheDir: string, log: (line: string) => void): Promise<BaseRootfs> {
  let updatedLists = false;
  if (!(await packageListsPresent())) {
    log(`the apt package lists are missing (${APT_LISTS}): running 'apt-get update' once`);
    await run('apt-get', ['update']);
    updatedLists = true;
  }
  const debs = await downloadPackages(join(cacheDir, 'debs'), log);
  const root = await unpacked(debs, cacheDir);
  const tree = await readTree(root, { exclude: (path) => path === '.complete' || excluded(path) });
  for (const [path, entry] of await generatedFiles(root, debs)) tree.set(path, entry);
  const packages = await Promise.all(
    [...debs].map(async ([name, path]) => `${name} ${await debVersion(path)}`),
  );
  return { tree, packages, updatedLists };
}
