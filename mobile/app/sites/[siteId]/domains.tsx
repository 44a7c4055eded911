// A site's own domains: add one, then publish the TXT record shown (copy it or share it with whoever runs
// the DNS), and watch verification and the certificate.

import { addDomain, listDomains, removeDomain } from '@pagemagic/api/contract/domains';
import { useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { Share } from 'react-native';
import { useApp } from '../../../src/app-context.tsx';
// Without an extension, so Metro picks copy.web.ts (the browser's clipboard) for the web export.
import { copyText } from '../../../src/copy';
import {
  Body,
  Button,
  Card,
  Field,
  Heading,
  Loading,
  Notice,
  Problem,
  Row,
  Screen,
} from '../../../src/ui/parts.tsx';
import { useApi } from '../../../src/use-api.ts';

const STATUS_WORDS = {
  pending: 'Waiting for the TXT record',
  verified: 'Verified; the certificate is on its way',
  ready: 'Ready: served over HTTPS',
  failed: 'Failed',
} as const;

export default function DomainsScreen() {
  const { siteId } = useLocalSearchParams<{ siteId: string }>();
  const { client } = useApp();
  const domains = useApi(() => client.call(listDomains, { query: { siteId } }), [client, siteId]);
  const [host, setHost] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [notice, setNotice] = useState<string | undefined>();

  const add = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.call(addDomain, { params: { siteId }, body: { host: host.trim() } });
      setHost('');
      await domains.reload();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (name: string) => {
    setProblem(undefined);
    try {
      await client.call(removeDomain, { params: { host: name } });
      await domains.reload();
    } catch (error) {
      setProblem(error);
    }
  };

  const items = domains.data?.items ?? [];
  return (
    <Screen refreshing={domains.refreshing} onRefresh={domains.reload}>
      <Heading>Domains of {siteId}</Heading>
      <Field
        label="Your domain"
        help="A host name you own, such as www.example.com"
        value={host}
        onChangeText={setHost}
        autoCapitalize="none"
        autoCorrect={false}
        keyboardType="url"
      />
      <Button label="Add the domain" onPress={add} busy={busy} disabled={host.trim() === ''} />
      {problem ? <Problem error={problem} /> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {domains.loading ? <Loading what="the domains" /> : null}
      {domains.error ? <Problem error={domains.error} onRetry={domains.reload} /> : null}
      {!domains.loading && !domains.error && items.length === 0 ? (
        <Body muted>No domains yet: the site is served at its Page Magic address.</Body>
      ) : null}
      {items.map((domain) => {
        const record = `${domain.verification.name} TXT "${domain.verification.value}"`;
        return (
          <Card key={domain.host} label={`Domain ${domain.host}`}>
            <Heading level={2}>{domain.host}</Heading>
            <Body>{STATUS_WORDS[domain.status]}</Body>
            {domain.message ? <Body muted>{domain.message}</Body> : null}
            <Body muted>Publish this TXT record at your DNS provider:</Body>
            <Body muted>Name</Body>
            <Body selectable>{domain.verification.name}</Body>
            <Body muted>Value</Body>
            <Body selectable>{domain.verification.value}</Body>
            <Row>
              <Button
                label="Copy the TXT value"
                kind="secondary"
                onPress={async () =>
                  setNotice(
                    (await copyText(domain.verification.value))
                      ? 'Copied the TXT value.'
                      : 'This device cannot copy from the app: press and hold the value above to select it, or share it.',
                  )
                }
              />
              <Button
                label="Share the TXT record"
                kind="secondary"
                onPress={() =>
                  Share.share({ message: `Please add this DNS record for ${domain.host}: ${record}` })
                }
              />
              <Button label={`Remove ${domain.host}`} kind="danger" onPress={() => remove(domain.host)} />
            </Row>
          </Card>
        );
      })}
    </Screen>
  );
}
