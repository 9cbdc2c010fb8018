/**
 * Deduplication and merging of news items: one story, one item, nothing lost.
 *
 * <p>Entry point: {@link org.bulletins.dedup.DedupEngine}, configured by {@link
 * org.bulletins.dedup.DedupOptions} (one builder) with survivorship rules from {@link
 * org.bulletins.dedup.MergePolicy}; {@link org.bulletins.dedup.DedupEngine#deduplicate} gives a
 * {@link org.bulletins.dedup.DedupResult}, and {@link org.bulletins.dedup.DedupIndex} adds batches
 * incrementally and saves them ({@link org.bulletins.dedup.DedupIndexException} when a file cannot
 * be read or written). The verdict on a pair is a {@link org.bulletins.model.MatchEvidence} with
 * its {@link org.bulletins.model.MatchRule}. The stages (signatures, blocking, verification,
 * clustering, merging) are internal.
 *
 * <pre>{@code
 * DedupResult result = DedupEngine.create().deduplicate(items);
 * result.stories().forEach(s -> System.out.println(s.kind() + ": " + s.merged().title()));
 * }</pre>
 */
package org.bulletins.dedup;
