/** Internals of the dedup module: text shapes, item features, term comparison, the index file. Not exported. */
package org.bulletins.dedup.internal;
