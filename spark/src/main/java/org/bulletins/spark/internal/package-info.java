/** The distributed stages of {@link org.bulletins.spark.SparkDedup}; not an API. */
package org.bulletins.spark.internal;
