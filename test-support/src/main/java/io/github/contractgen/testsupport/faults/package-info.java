/**
 * The hostile-server and fault toolkit that the HTTP, gRPC and event tests share: what user code
 * (handlers, observers, decoders) may throw ({@link io.github.contractgen.testsupport.faults.Faults}),
 * a switch that makes a hook throw on chosen calls
 * ({@link io.github.contractgen.testsupport.faults.FaultSwitch}), and servers and proxies on 127.0.0.1
 * that misbehave on the wire.
 */
package io.github.contractgen.testsupport.faults;
