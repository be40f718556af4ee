package io.github.contractgen.runtime.observe;

/** What kind of call an observer sees. @since 0.1.0 */
public enum CallKind { HTTP, GRPC, MESSAGE_SEND, MESSAGE_RECEIVE }
