// pg-copy-streams ships no types (and @types/pg-copy-streams lags): the two functions we use.
declare module 'pg-copy-streams' {
  import type { Readable, Writable } from 'node:stream';
  import type { Submittable } from 'pg';
  /** COPY … FROM STDIN: write the rows into the returned stream. */
  export function from(text: string): Writable & Submittable;
  /** COPY … TO STDOUT: read the rows from the returned stream. */
  export function to(text: string): Readable & Submittable;
}
