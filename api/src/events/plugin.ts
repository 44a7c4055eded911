// Runs the JetStream consumer (src/events/consumer.ts) for as long as the app runs: started when the app
// is ready, stopped before its connections close. PAGEMAGIC_EVENTS_CONSUMER=off leaves it out.

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Services } from '../services.ts';
import { EventsConsumer } from './consumer.ts';
import { type ConsumerSettings, eventsSettingsFromEnv } from './settings.ts';

export const eventsConsumerPlugin = fp(
  async (app: FastifyInstance, options: { services: Services; settings?: ConsumerSettings }) => {
    const settings = options.settings ?? eventsSettingsFromEnv().consumer;
    if (!settings.enabled) return;
    const { services } = options;
    let consumer: EventsConsumer | undefined;
    app.addHook('onReady', async () => {
      consumer = await EventsConsumer.start(
        { ...services, logger: app.log.child({ component: 'events-consumer' }) },
        settings,
      );
    });
    app.addHook('preClose', async () => {
      await consumer?.stop();
    });
  },
  { name: 'events-consumer' },
);
