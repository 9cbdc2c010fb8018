/**
 * Small runnable programs, one scenario each. Run one from the repository root with
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.bulletins.examples.ParseBulletin \
 *     -Dexec.args=seeds/000_790d4aadd91aa11f.txt
 * </pre>
 */
package org.bulletins.examples;
