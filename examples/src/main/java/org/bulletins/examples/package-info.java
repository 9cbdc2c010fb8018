/** The examples API. */
package org.bulletins.examples;
