// One place for column helpers so every table stores time the same way (timestamptz, ISO in replies).
import { timestamp } from 'drizzle-orm/pg-core';
export * from 'drizzle-orm/pg-core';

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
