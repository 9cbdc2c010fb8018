/** The parser API. */
package org.bulletins.parser;
