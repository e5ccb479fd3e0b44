/** Creates and migrates the database when the server starts, not on the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./server/db');
    await getDb();
  }
}
