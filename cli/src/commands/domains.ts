import { domainToASCII } from 'node:url';
import type { ResultOf } from '@pagemagic/api/client';
import {
  addDomain,
  DomainSchema,
  getDomain,
  listDomains,
  removeDomain,
} from '@pagemagic/api/contract/domains';
import { type Command, Option } from 'commander';
import { completes } from '../completion.ts';
import { confirmDestructive } from '../context.ts';
import { CliError } from '../errors.ts';
import { paint, parseJsonFields, renderJson, renderTable } from '../output.ts';
import { domainArgument, fieldsOf, JSON_FLAG, JSON_HELP, type Run, siteArgument } from './shared.ts';

type Domain = ResultOf<typeof getDomain>;

/** The exact record to publish, in the form DNS providers' forms ask for it. */
export function txtAdvice(domain: Domain): string {
  return `Publish this DNS record, then run pagemagic domains verify ${domain.host}:\n  name:  ${domain.verification.name}\n  type:  TXT\n  value: ${domain.verification.value}\n`;
}

const VERIFIED = new Set(['verified', 'ready']);

export function domainCommands(program: Command, run: Run): void {
  const domains = program.command('domains').description('Serve sites on hosts of your own');

  domains
    .command('add')
    .description('Serve a site on a host you own; prints the TXT record that proves you own it')
    .addArgument(siteArgument())
    .argument('<host>', 'the host name, e.g. www.example.com')
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, siteId: string, host: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(DomainSchema));
        const domain = await (await context.signedIn()).call(addDomain, {
          params: { siteId },
          // The API takes internationalised names in their xn-- form: "café.example" is sent as such.
          body: { host: domainToASCII(host.trim()) || host },
        });
        if (options.json) {
          context.io.stdout(renderJson(domain, fields));
          return;
        }
        context.io.stdout(`Added ${domain.host} to ${domain.site} (${domain.status}).\n${txtAdvice(domain)}`);
      }),
    );

  domains
    .command('verify')
    .description('Check whether a domain is verified; if not, exit 1 and print the TXT record to publish')
    .addArgument(domainArgument())
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, host: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(DomainSchema));
        const domain = await (await context.signedIn()).call(getDomain, { params: { host } });
        const verified = VERIFIED.has(domain.status);
        if (options.json) context.io.stdout(renderJson(domain, fields));
        if (!verified) {
          throw new CliError(
            `${domain.host} is not verified yet (${domain.status}${domain.status === 'failed' && domain.message ? `: ${domain.message}` : ''}). ${txtAdvice(domain).trimEnd()}`,
          );
        }
        if (!options.json) context.io.stdout(`${domain.host} is ${domain.status}.\n`);
      }),
    );

  domains
    .command('list')
    .alias('ls')
    .description("List the workspace's domains")
    .addOption(completes(new Option('--site <site>', 'only the domains of this site'), 'sites'))
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, options: { site?: string; json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(DomainSchema));
        const { items } = await (await context.signedIn()).call(listDomains, {
          query: options.site ? { siteId: options.site } : {},
        });
        if (options.json) {
          context.io.stdout(renderJson(items, fields));
          return;
        }
        const mode = context.mode;
        context.io.stdout(
          renderTable(
            items,
            [
              { header: 'HOST', value: (d) => d.host },
              { header: 'SITE', value: (d) => d.site },
              {
                header: 'STATUS',
                value: (d) => d.status,
                paint: (cell, raw) =>
                  paint(mode, VERIFIED.has(raw) ? 'green' : raw === 'failed' ? 'red' : 'yellow', cell),
              },
              { header: 'TXT NAME', value: (d) => d.verification.name },
              { header: 'TXT VALUE', value: (d) => d.verification.value, shrink: true },
            ],
            mode,
          ),
        );
      }),
    );

  domains
    .command('remove')
    .alias('rm')
    .description('Stop serving a site on this host and release it')
    .addArgument(domainArgument())
    .option('--yes', 'do not ask for confirmation')
    .action(
      run(async (context, host: string, options: { yes?: boolean }) => {
        await confirmDestructive(context, `remove domain ${host}`, options.yes);
        await (await context.signedIn()).call(removeDomain, { params: { host } });
        context.io.stdout(`Removed ${host}.\n`);
      }),
    );
}
