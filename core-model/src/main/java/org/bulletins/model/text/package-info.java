/**
 * Text utilities shared by the parser and deduplication: {@link
 * org.bulletins.model.text.HtmlEntities}, the one HTML character reference decoder of the project.
 */
package org.bulletins.model.text;
