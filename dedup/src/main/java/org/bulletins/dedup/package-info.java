/**
 * Deduplication and merging of news items: one story, one item, nothing lost.
 *
 * <p>Entry point: {@link org.bulletins.dedup.DedupEngine}. The stages, each callable alone:
 * {@link org.bulletins.dedup.MinHashSigner} (signatures), {@link org.bulletins.dedup.LshBanding}
 * (band keys), {@link org.bulletins.dedup.CandidateGenerator} (blocking keys and candidate pairs),
 * {@link org.bulletins.dedup.PairVerifier} (evidence and verdict), {@link
 * org.bulletins.dedup.StoryClusterer} (complete-link groups) and {@link
 * org.bulletins.dedup.StoryMerger} (survivorship by {@link org.bulletins.dedup.MergePolicy}).
 * {@link org.bulletins.dedup.DedupIndex} adds batches incrementally and saves them; {@link
 * org.bulletins.dedup.TermExtractor} finds the {@link org.bulletins.dedup.DistinctiveTerms} of a
 * text for any other use.
 *
 * <pre>{@code
 * DedupResult result = DedupEngine.create().deduplicate(items);
 * result.stories().forEach(s -> System.out.println(s.kind() + ": " + s.merged().title()));
 * }</pre>
 */
package org.bulletins.dedup;
