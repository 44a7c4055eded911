// Shell completion scripts for bash, zsh and fish, generated from the command tree itself so a new
// command or option is completed without anyone remembering to update a script.

import type { Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CommandTree {
  /** Top-level commands (nouns, and verbs such as login) with their sub-commands and options. */
  commands: Array<{ names: string[]; options: string[]; sub: Array<{ names: string[]; options: string[] }> }>;
  globalOptions: string[];
}

const longFlags = (command: Command) =>
  command.options.map((option) => option.long).filter((flag): flag is string => !!flag);

export function commandTree(program: Command): CommandTree {
  return {
    // --version and --help of the program itself mean nothing after a command.
    globalOptions: longFlags(program).filter((flag) => flag !== '--version'),
    commands: program.commands.map((command) => ({
      names: [command.name(), ...command.aliases()],
      options: [...longFlags(command), '--help'],
      sub: command.commands.map((sub) => ({
        names: [sub.name(), ...sub.aliases()],
        options: [...longFlags(sub), '--help'],
      })),
    })),
  };
}

export function completionScript(shell: Shell, tree: CommandTree, bin = 'pagemagic'): string {
  const fn = `_${bin.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const top = tree.commands.flatMap((c) => c.names);
  if (shell === 'fish') {
    const lines = [
      `# ${bin} completion for fish: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish`,
    ];
    lines.push(`complete -c ${bin} -f`);
    for (const command of tree.commands) {
      const [name] = command.names;
      lines.push(
        `complete -c ${bin} -n __fish_use_subcommand -a ${command.names.join(' ')} -d ${quote(name ?? '')}`,
      );
      for (const sub of command.sub) {
        lines.push(
          `complete -c ${bin} -n '__fish_seen_subcommand_from ${command.names.join(' ')}; and not __fish_seen_subcommand_from ${command.sub.flatMap((s) => s.names).join(' ')}' -a '${sub.names.join(' ')}'`,
        );
        for (const option of sub.options) {
          lines.push(
            `complete -c ${bin} -n '__fish_seen_subcommand_from ${sub.names.join(' ')}' -l ${option.slice(2)}`,
          );
        }
      }
      if (command.sub.length === 0) {
        for (const option of command.options) {
          lines.push(
            `complete -c ${bin} -n '__fish_seen_subcommand_from ${command.names.join(' ')}' -l ${option.slice(2)}`,
          );
        }
      }
    }
    for (const option of tree.globalOptions) lines.push(`complete -c ${bin} -l ${option.slice(2)}`);
    return `${lines.join('\n')}\n`;
  }
  // bash and zsh share one function: zsh runs it through bashcompinit.
  const cases = tree.commands
    .map((command) => {
      const subs = command.sub
        .map(
          (sub) =>
            `        ${sub.names.join('|')}) words=${quote([...sub.options, ...tree.globalOptions].join(' '))} ;;`,
        )
        .join('\n');
      const verbs = command.sub.flatMap((s) => s.names).join(' ');
      return command.sub.length === 0
        ? `    ${command.names.join('|')}) words=${quote([...command.options, ...tree.globalOptions].join(' '))} ;;`
        : `    ${command.names.join('|')})\n      if [ "$COMP_CWORD" -eq 2 ]; then words=${quote(verbs)}; else\n      case "\${COMP_WORDS[2]}" in\n${subs}\n      esac; fi ;;`;
    })
    .join('\n');
  const body = `${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    words=${quote([...top, ...tree.globalOptions, '--version', '--help'].join(' '))}
  else
    case "\${COMP_WORDS[1]}" in
${cases}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F ${fn} ${bin}
`;
  if (shell === 'bash') return `# ${bin} completion for bash: source <(${bin} completion bash)\n${body}`;
  return `#compdef ${bin}\n# ${bin} completion for zsh: source <(${bin} completion zsh)\nautoload -U +X bashcompinit && bashcompinit\n${body}`;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
