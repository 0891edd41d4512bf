/** JMH benchmarks of dictionary loading and event coding. */
package org.dyad.bench;
