/** Word-level text helpers: folded token hashes, stop words, site affixes, teaser endings. */
package org.bulletins.dedup.internal.text;
