/** Creates and migrates the database when the server starts, not on the first request; starts the LMS grade sender. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./server/db');
    await getDb();
    // Grades owed to LMS gradebooks: worked out and sent (again) every few seconds.
    const { startGradeSender } = await import('./server/lti/grades');
    startGradeSender(getDb);
  }
}
