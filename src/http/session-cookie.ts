/** The name of the session cookie: set by the sign-in route, read by the session hook. */
export const SESSION_COOKIE = 'jjld_session';
