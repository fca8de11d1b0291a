/**
 * The e-mail digest's SMTP server, from the environment (docs/operations.md). Off unless
 * JJLD_SMTP_HOST is set: most deployments have no mail relay, and nothing else needs one.
 */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Hours between two digests to the same user. */
  everyHours: number;
  /** Where the links in the mail point (the site's public address). */
  publicUrl: string;
}

export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  const host = env.JJLD_SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.JJLD_SMTP_PORT ?? 25);
  const hours = Number(env.JJLD_DIGEST_HOURS ?? 24);
  return {
    host,
    port: Number.isInteger(port) && port > 0 ? port : 25,
    secure: env.JJLD_SMTP_SECURE === 'true',
    user: env.JJLD_SMTP_USER || undefined,
    password: env.JJLD_SMTP_PASSWORD || undefined,
    from: env.JJLD_SMTP_FROM || `jjld@${host}`,
    everyHours: Number.isFinite(hours) && hours > 0 ? hours : 24,
    publicUrl: (env.JJLD_PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, ''),
  };
}
