/**
 * The story store: {@link org.bulletins.store.BulletinStore} keeps bulletin files, their items and
 * diagnostics, and the deduplicated stories in one SQLite file, so that a daily run adds today's
 * copies to yesterday's stories and story ids stay the same between runs.
 *
 * <pre>{@code
 * try (BulletinStore store = BulletinStore.open(Path.of("news.db"))) {
 *   IngestReport report = store.ingest("2026-11-28.txt", Files.readAllBytes(file));
 *   for (StoredStory s : store.stories(StoryQuery.all().withSearch("flood"))) {
 *     System.out.println(s.storyId() + " " + s.story().merged().title());
 *   }
 * }
 * }</pre>
 */
package org.bulletins.store;
