/**
 * Distinctive terms of a text (acronyms, numbers, names, countries, ordinals) and their comparison.
 */
package org.bulletins.dedup.internal.terms;
