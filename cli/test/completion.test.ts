import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTree, completionScript } from '../src/completion.ts';
import type { Io } from '../src/context.ts';
import { buildProgram } from '../src/program.ts';

const io: Io = {
  stdout: () => undefined,
  stderr: () => undefined,
  env: {},
  stdoutTty: false,
  stderrTty: false,
  stdinTty: false,
  columns: 80,
  ask: async () => '',
};
const tree = commandTree(buildProgram(io));

/**
 * What bash completes for a command line that ends in `current` (the word being typed). `pagemagic` is a
 * shell function standing for the CLI here: `__complete <source>` answers two made-up names of that source
 * (the real command is tested against the API in cli-complete.int.test.ts).
 */
function bashComplete(words: string[]): string[] {
  const script = `${completionScript('bash', tree)}
pagemagic() { [ "$1" = __complete ] && printf '%s\\n' "$2-one" "$2-two"; }
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_pagemagic; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('shell completion', () => {
  it('has the grammar of issue 6: nouns, verbs and the ls/rm aliases', () => {
    const names = Object.fromEntries(tree.commands.map((c) => [c.names[0], c.sub.flatMap((s) => s.names)]));
    expect(names).toEqual({
      login: [],
      logout: [],
      whoami: [],
      workspaces: ['list', 'ls', 'switch'],
      sites: [
        'create',
        'list',
        'ls',
        'view',
        'open',
        'get-content',
        'edit',
        'regenerate',
        'publish',
        'rollback',
        'unpin',
        'delete',
        'rm',
      ],
      builds: ['list', 'ls', 'view'],
      domains: ['add', 'verify', 'list', 'ls', 'remove', 'rm'],
      inbox: ['list', 'ls', 'view', 'handled', 'delete', 'rm', 'notify', 'export'],
      usage: [],
      billing: ['view', 'upgrade', 'portal'],
      completion: [],
    });
  });

  it('completes nouns, verbs and options in a real bash', () => {
    expect(bashComplete(['pagemagic', 'si'])).toEqual(['sites']);
    expect(bashComplete(['pagemagic', 'sites', 're'])).toEqual(['regenerate']);
    expect(bashComplete(['pagemagic', 'sites', 'create', '--'])).toEqual(
      expect.arrayContaining(['--prompt', '--locale', '--name', '--no-wait', '--timeout', '--api-url']),
    );
    expect(bashComplete(['pagemagic', 'domains', 'rm', 'www.example.com', '--y'])).toEqual(['--yes']);
  });

  it('writes zsh (through bashcompinit) and fish scripts from the same tree', () => {
    expect(completionScript('zsh', tree)).toMatch(
      /^#compdef pagemagic\n[\s\S]*bashcompinit[\s\S]*complete -F _pagemagic pagemagic/,
    );
    const fish = completionScript('fish', tree);
    expect(fish).toContain(
      "complete -c pagemagic -n '__fish_seen_subcommand_from sites; and not __fish_seen_subcommand_from",
    );
    expect(fish).toContain(
      "complete -c pagemagic -n '__fish_seen_subcommand_from sites; and __fish_seen_subcommand_from publish' -l build -r",
    );
    expect(fish).toContain(
      "complete -c pagemagic -n '__fish_seen_subcommand_from sites; and __fish_seen_subcommand_from view; and test (count (commandline -opc)) -eq 3' -a '(pagemagic __complete sites)'",
    );
    expect(fish).toContain(
      "complete -c pagemagic -n '__fish_seen_subcommand_from domains; and __fish_seen_subcommand_from list ls' -l site -r -a '(pagemagic __complete sites)'",
    );
    // domains add's second argument is a new host: nothing to list.
    expect(fish).not.toMatch(/from add; and test \(count \(commandline -opc\)\) -eq 4/);
  });

  it('completes site ids, domain hosts and workspace ids from pagemagic __complete where a command takes one', () => {
    expect(bashComplete(['pagemagic', 'sites', 'view', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'sites', 'open', 'sites-t'])).toEqual(['sites-two']);
    expect(bashComplete(['pagemagic', 'sites', 'rm', '--yes', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'builds', 'ls', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'domains', 'verify', ''])).toEqual(['domains-one', 'domains-two']);
    expect(bashComplete(['pagemagic', 'domains', 'rm', 'd'])).toEqual(['domains-one', 'domains-two']);
    expect(bashComplete(['pagemagic', 'workspaces', 'switch', ''])).toEqual([
      'workspaces-one',
      'workspaces-two',
    ]);
    // domains add takes a site, then a new host: nothing to list for the host.
    expect(bashComplete(['pagemagic', 'domains', 'add', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'domains', 'add', 'bakery', 'w'])).toEqual([]);
    // An option's value: --site is a site; --json's fields and --api-url's URL are not completed.
    expect(bashComplete(['pagemagic', 'domains', 'ls', '--site', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'usage', '--site', ''])).toEqual(['sites-one', 'sites-two']);
    expect(bashComplete(['pagemagic', 'usage', '--gr'])).toEqual(['--granularity']);
    expect(bashComplete(['pagemagic', 'sites', 'view', '--json', ''])).toEqual([]);
    expect(bashComplete(['pagemagic', 'sites', 'view', '--api-url', 'http://x', ''])).toEqual([
      'sites-one',
      'sites-two',
    ]);
    // Once the site is given, the flags are what is left.
    expect(bashComplete(['pagemagic', 'sites', 'view', 'bakery', ''])).toEqual([
      '--json',
      '--help',
      '--api-url',
    ]);
    expect(bashComplete(['pagemagic', 'builds', 'view', ''])).toEqual(['--json', '--help', '--api-url']);
  });

  it("completes sites edit --file with the shell's file names", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagemagic-complete-'));
    writeFileSync(join(dir, 'site.json'), '{}');
    expect(bashComplete(['pagemagic', 'sites', 'edit', 'bakery', '--file', join(dir, 's')])).toEqual([
      join(dir, 'site.json'),
    ]);
  });

  it('keeps the hidden __complete command out of help and completion', () => {
    expect(tree.commands.flatMap((c) => c.names)).not.toContain('__complete');
    let help = '';
    const program = buildProgram({
      ...io,
      stdout: (text) => {
        help += text;
      },
    });
    program.outputHelp();
    expect(help).not.toContain('__complete');
  });
});
