/** JMH benchmarks of the bulletins parser and dedup engine, and the corpus generator they use. */
package org.bulletins.benchmarks;
