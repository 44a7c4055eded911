// Shell completion scripts for bash, zsh and fish, generated from the command tree itself so a new
// command or option is completed without anyone remembering to update a script. Arguments and options
// marked with `completes` are completed with what exists (site ids, domain hosts, workspace ids): the
// script asks the hidden `pagemagic __complete <source>`, which lists them from the API with the stored
// sign-in and prints nothing at all when it cannot.

import type { Argument, Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What an argument or option value is completed with; `file` is the shell's own file names. */
export const COMPLETION_SOURCES = ['sites', 'domains', 'workspaces', 'file'] as const;
export type CompletionSource = (typeof COMPLETION_SOURCES)[number];
/** The sources `__complete` lists from the API. */
export type ApiCompletionSource = Exclude<CompletionSource, 'file'>;

/** The hidden command the scripts call. */
export const COMPLETE_COMMAND = '__complete';

const marks = new WeakMap<Argument | Option, CompletionSource>();

/** Marks an argument or an option's value as completed from `source`. */
export function completes<T extends Argument | Option>(target: T, source: CompletionSource): T {
  marks.set(target, source);
  return target;
}

export interface CompletionNode {
  names: string[];
  /** Every long flag, --help included. */
  options: string[];
  /** The flags that take a value (the next word is theirs, not a positional argument). */
  valued: string[];
  /** Valued flags whose value is completed from a source. */
  optionSources: Record<string, CompletionSource>;
  /** The source of each positional argument in order; undefined where it is free text. */
  args: Array<CompletionSource | undefined>;
}

export interface CommandTree {
  /** Top-level commands (nouns, and verbs such as login) with their sub-commands. */
  commands: Array<CompletionNode & { sub: CompletionNode[] }>;
  globalOptions: string[];
  globalValued: string[];
}

const takesValue = (option: Option) => option.required || option.optional;
const visible = (command: Command) => !(command as unknown as { _hidden?: boolean })._hidden;

function node(command: Command): CompletionNode {
  const longOptions = command.options.filter((option) => !!option.long);
  const optionSources: Record<string, CompletionSource> = {};
  for (const option of longOptions) {
    const source = marks.get(option);
    if (source && option.long) optionSources[option.long] = source;
  }
  return {
    names: [command.name(), ...command.aliases()],
    options: [...longOptions.map((option) => option.long as string), '--help'],
    valued: longOptions.filter(takesValue).map((option) => option.long as string),
    optionSources,
    args: command.registeredArguments.map((argument) => marks.get(argument)),
  };
}

export function commandTree(program: Command): CommandTree {
  const globals = program.options.filter((option) => !!option.long && option.long !== '--version');
  return {
    // --version and --help of the program itself mean nothing after a command.
    globalOptions: globals.map((option) => option.long as string),
    globalValued: globals.filter(takesValue).map((option) => option.long as string),
    commands: program.commands.filter(visible).map((command) => ({
      ...node(command),
      sub: command.commands.filter(visible).map(node),
    })),
  };
}

export function completionScript(shell: Shell, tree: CommandTree, bin = 'pagemagic'): string {
  return shell === 'fish' ? fishScript(tree, bin) : bashScript(shell, tree, bin);
}

function fishScript(tree: CommandTree, bin: string): string {
  const lines = [
    `# ${bin} completion for fish: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish`,
  ];
  lines.push(`complete -c ${bin} -f`);
  const dynamic = (source: CompletionSource) =>
    source === 'file' ? '-F' : `-a '(${bin} ${COMPLETE_COMMAND} ${source})'`;
  const optionLines = (condition: string, command: CompletionNode) => {
    for (const option of command.options) {
      const source = command.optionSources[option];
      const value = source ? ` -r ${dynamic(source)}` : command.valued.includes(option) ? ' -r' : '';
      lines.push(`complete -c ${bin} -n '${condition}' -l ${option.slice(2)}${value}`);
    }
  };
  /** Positional argument N (0-based) of a command that is `depth` words deep. */
  const argumentLines = (condition: string, command: CompletionNode, depth: number) => {
    command.args.forEach((source, index) => {
      if (!source) return;
      lines.push(
        `complete -c ${bin} -n '${condition}; and test (count (commandline -opc)) -eq ${depth + 1 + index}' ${dynamic(source)}`,
      );
    });
  };
  for (const command of tree.commands) {
    const [name] = command.names;
    const nouns = command.names.join(' ');
    lines.push(`complete -c ${bin} -n __fish_use_subcommand -a ${nouns} -d ${quote(name ?? '')}`);
    const verbs = command.sub.flatMap((s) => s.names).join(' ');
    for (const sub of command.sub) {
      lines.push(
        `complete -c ${bin} -n '__fish_seen_subcommand_from ${nouns}; and not __fish_seen_subcommand_from ${verbs}' -a '${sub.names.join(' ')}'`,
      );
      const condition = `__fish_seen_subcommand_from ${nouns}; and __fish_seen_subcommand_from ${sub.names.join(' ')}`;
      optionLines(condition, sub);
      argumentLines(condition, sub, 2);
    }
    if (command.sub.length === 0) {
      const condition = `__fish_seen_subcommand_from ${nouns}`;
      optionLines(condition, command);
      argumentLines(condition, command, 1);
    }
  }
  for (const option of tree.globalOptions) {
    lines.push(`complete -c ${bin} -l ${option.slice(2)}${tree.globalValued.includes(option) ? ' -r' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function bashScript(shell: 'bash' | 'zsh', tree: CommandTree, bin: string): string {
  const fn = `_${bin.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const top = tree.commands.flatMap((c) => c.names);
  /** The shell variables one command sets: its words, valued flags, and what its values complete from. */
  const settings = (command: CompletionNode, start: number) =>
    [
      `words=${quote([...command.options, ...tree.globalOptions].join(' '))}`,
      `valued=${quote([...command.valued, ...tree.globalValued].join(' '))}`,
      `args=${quote(command.args.map((source) => source ?? '-').join(' '))}`,
      `optsrc=${quote(
        Object.entries(command.optionSources)
          .map(([flag, source]) => `${flag}=${source}`)
          .join(' '),
      )}`,
      `start=${start}`,
    ].join('; ');
  const cases = tree.commands
    .map((command) => {
      const subs = command.sub
        .map((sub) => `        ${sub.names.join('|')}) ${settings(sub, 3)} ;;`)
        .join('\n');
      const verbs = command.sub.flatMap((s) => s.names).join(' ');
      return command.sub.length === 0
        ? `    ${command.names.join('|')}) ${settings(command, 2)} ;;`
        : `    ${command.names.join('|')})\n      if [ "$COMP_CWORD" -eq 2 ]; then words=${quote(verbs)}; else\n      case "\${COMP_WORDS[2]}" in\n${subs}\n      esac; fi ;;`;
    })
    .join('\n');
  // After the command words: a word after a valued flag is that flag's value (no flags are offered there);
  // any other word not starting with - is the next positional argument. Either may have a source to
  // complete from; at a free-text positional the command's flags are offered.
  const body = `${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words="" valued="" args="" optsrc="" start=0 source="" i n=0 skip=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    words=${quote([...top, ...tree.globalOptions, '--version', '--help'].join(' '))}
  else
    case "\${COMP_WORDS[1]}" in
${cases}
    esac
  fi
  if [ "$start" -gt 0 ] && [[ "$cur" != -* ]]; then
    for ((i = start; i < COMP_CWORD; i++)); do
      if [ -n "$skip" ]; then skip=""; continue; fi
      case " $valued " in *" \${COMP_WORDS[i]} "*) skip="\${COMP_WORDS[i]}"; continue ;; esac
      [[ "\${COMP_WORDS[i]}" == -* ]] || n=$((n + 1))
    done
    if [ -n "$skip" ]; then
      words=""
      for i in $optsrc; do [ "\${i%%=*}" = "$skip" ] && source="\${i#*=}"; done
    else
      local -a positions=($args)
      source="\${positions[n]}"
    fi
  fi
  case "$source" in
    file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ""|-) ;;
    *) words="$(${bin} ${COMPLETE_COMMAND} "$source" 2>/dev/null)" ;;
  esac
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
