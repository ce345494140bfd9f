/** The longest key the server accepts (the diagnose request's schema says the same). */
export const MAX_KEY_CHARS = 16 * 1024;
