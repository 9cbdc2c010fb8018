/**
 * Text helpers shared by the project's modules and exported only to them: the HTML entity
 * decoder.
 */
package org.bulletins.model.text;
