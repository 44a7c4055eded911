import { execFileSync } from 'node:child_process';
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

/** What bash completes for a command line that ends in `current` (the word being typed). */
function bashComplete(words: string[]): string[] {
  const script = `${completionScript('bash', tree)}
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
        'delete',
        'rm',
      ],
      builds: ['list', 'ls', 'view'],
      domains: ['add', 'verify', 'list', 'ls', 'remove', 'rm'],
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
    expect(fish).toContain("complete -c pagemagic -n '__fish_seen_subcommand_from publish' -l build");
  });
});
