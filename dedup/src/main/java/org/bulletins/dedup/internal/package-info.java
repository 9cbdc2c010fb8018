/**
 * Internals of the dedup module: the pipeline and its stages (verification, clustering, merging),
 * the incremental index, the index file. Not exported.
 */
package org.bulletins.dedup.internal;
