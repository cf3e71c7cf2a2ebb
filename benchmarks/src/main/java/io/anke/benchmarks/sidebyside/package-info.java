/**
 * The side-by-side SM benchmarks of issue 18: every SM2, SM3 and SM4 workload through Anke's public
 * API, in the same run as Bouncy Castle's lightweight API at its best, Tencent Kona's pure-Java
 * provider, Hutool, and the JDK's hardware-accelerated AES and SHA-256 as the reference. One class
 * per workload family, one {@code @State} per library, methods named {@code <operation><Library>}
 * so that {@link io.anke.benchmarks.sidebyside.SideBySideReport} can put them side by side.
 *
 * <p>Run everything with {@code benchmarks/side-by-side.sh} (see {@code docs/performance.md}).
 */
package io.anke.benchmarks.sidebyside;
