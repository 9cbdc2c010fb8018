/** The dedup API. */
package org.bulletins.dedup;
