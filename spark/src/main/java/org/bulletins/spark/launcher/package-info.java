/**
 * The {@code bulletins-spark} command ({@code spark/bin/bulletins-spark}, or {@code spark-submit}
 * with the module's shaded jar): not a library API.
 */
package org.bulletins.spark.launcher;
