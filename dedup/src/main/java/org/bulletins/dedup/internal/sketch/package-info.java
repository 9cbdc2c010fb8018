/**
 * Signatures and blocking: 64-bit hashing, one-permutation MinHash, item signatures, candidate
 * pairs.
 */
package org.bulletins.dedup.internal.sketch;
