// A site's contact form messages, newest first: what each visitor wrote, reply by email, mark it handled (or
// not), delete it. What strangers typed is shown as text, never as links or markup.

import { deleteMessage, listMessages, type Message, updateMessage } from '@pagemagic/api/contract/forms';
import { useLocalSearchParams } from 'expo-router';
import { useState } from 'react';
import { Linking } from 'react-native';
import { useApp } from '../../../src/app-context.tsx';
import {
  Body,
  Button,
  Card,
  Heading,
  Loading,
  Notice,
  Problem,
  Row,
  Screen,
} from '../../../src/ui/parts.tsx';
import { useAction, useApi } from '../../../src/use-api.ts';

const STATES = ['unhandled', 'all'] as const;
type State = (typeof STATES)[number];

/** Who wrote: the reply address the form asked for, else the first field (often a name). */
function senderOf(message: Message): string {
  return message.replyTo ?? message.fields[0]?.value ?? 'Someone';
}

export default function MessagesScreen() {
  const { siteId } = useLocalSearchParams<{ siteId: string }>();
  const { client } = useApp();
  const [state, setState] = useState<State>('unhandled');
  const messages = useApi(
    () => client.call(listMessages, { params: { siteId }, query: { state, limit: 50 } }),
    [client, siteId, state],
  );
  const { busy, problem, done, act } = useAction(messages.reload);

  const items = messages.data?.items ?? [];
  const unhandled = messages.data?.unhandled ?? 0;
  return (
    <Screen refreshing={messages.refreshing} onRefresh={messages.reload}>
      <Heading>Messages to {siteId}</Heading>
      <Body>{unhandled === 1 ? '1 message not handled yet' : `${unhandled} messages not handled yet`}</Body>
      <Row>
        {STATES.map((choice) => (
          <Button
            key={choice}
            label={choice === 'unhandled' ? 'Not handled' : 'All messages'}
            kind={state === choice ? 'primary' : 'secondary'}
            selected={state === choice}
            onPress={() => setState(choice)}
          />
        ))}
      </Row>
      {done ? <Notice>{done}</Notice> : null}
      {problem ? <Problem error={problem} /> : null}
      {messages.loading ? <Loading what="the messages" /> : null}
      {messages.error ? <Problem error={messages.error} onRetry={messages.reload} /> : null}
      {!messages.loading && !messages.error && items.length === 0 ? (
        <Body>
          {state === 'unhandled'
            ? 'Nothing waiting: every message is handled.'
            : "No messages yet: they arrive here when visitors send the site's contact form."}
        </Body>
      ) : null}
      {items.map((message) => (
        <Card key={message.id} label={`Message from ${senderOf(message)}`}>
          <Heading level={2}>{senderOf(message)}</Heading>
          <Body muted>
            {new Date(message.createdAt).toLocaleString()} · {message.page}
            {message.handledAt ? ' · handled' : ''}
          </Body>
          {message.fields.map((field) => (
            <Body key={field.name}>
              {field.label}: {field.value}
            </Body>
          ))}
          <Row>
            {message.replyTo ? (
              <Button
                label={`Reply to ${message.replyTo}`}
                kind="secondary"
                role="link"
                onPress={() => Linking.openURL(`mailto:${encodeURIComponent(message.replyTo ?? '')}`)}
              />
            ) : null}
            <Button
              label={message.handledAt ? 'Mark not handled' : 'Mark handled'}
              busy={busy === `handled ${message.id}`}
              disabled={busy !== undefined}
              onPress={() =>
                act(`handled ${message.id}`, async () => {
                  const updated = await client.call(updateMessage, {
                    params: { siteId, messageId: message.id },
                    body: { handled: !message.handledAt },
                  });
                  return updated.handledAt ? 'Marked handled.' : 'Marked not handled.';
                })
              }
            />
            <Button
              label={`Delete the message from ${senderOf(message)}`}
              kind="danger"
              busy={busy === `delete ${message.id}`}
              disabled={busy !== undefined}
              onPress={() =>
                act(`delete ${message.id}`, async () => {
                  await client.call(deleteMessage, { params: { siteId, messageId: message.id } });
                  return 'Deleted the message.';
                })
              }
            />
          </Row>
        </Card>
      ))}
    </Screen>
  );
}
