package io.anke.scan.bytecode.internal;

import java.util.List;

/**
 * A usage as the interpreter records it, before static fields are looked up and before it is
 * classified: strings are still {@link Sym}s. {@code insn} is the instruction index in the method.
 */
public sealed interface Raw {

  /** The {@link Algorithm#factory} of a helper object's default algorithm (none was set). */
  String DEFAULT = "Default";

  /** Instruction index in the method. */
  int insn();

  /** True when a string of the usage is a method parameter (a same-class summary). */
  boolean hasParam();

  /** The usage seen from a call site: parameters replaced by the caller's arguments. */
  Raw at(int callInsn, List<Sym> arguments);

  /** The strings of the usage. */
  List<Sym> syms();

  /** True when a string of the usage is an instance field, filled in where the field is set. */
  default boolean hasMember() {
    return syms().stream().anyMatch(Sym::hasMember);
  }

  /** The usage at {@code insn} with {@code part} (an instance field) replaced by {@code value}. */
  Raw fill(int insn, Sym part, Sym value);

  /** An algorithm name reaching a factory ({@code factory} is e.g. {@code Cipher}). */
  record Algorithm(int insn, String api, String factory, Sym name, Sym curve) implements Raw {
    @Override
    public boolean hasParam() {
      return name.hasParam() || curve.hasParam();
    }

    @Override
    public Raw at(int callInsn, List<Sym> arguments) {
      return new Algorithm(
          callInsn, api, factory, name.substitute(arguments), curve.substitute(arguments));
    }

    @Override
    public List<Sym> syms() {
      return List.of(name, curve);
    }

    @Override
    public Raw fill(int insn, Sym part, Sym value) {
      return new Algorithm(
          insn, api, factory, name.replace(part, value), curve.replace(part, value));
    }
  }

  /** A fixed algorithm implied by a class or helper method ({@code MD5Digest}, {@code md5Hex}). */
  record Fixed(int insn, String api, String algorithm) implements Raw {
    @Override
    public boolean hasParam() {
      return false;
    }

    @Override
    public Raw at(int callInsn, List<Sym> arguments) {
      return new Fixed(callInsn, api, algorithm);
    }

    @Override
    public List<Sym> syms() {
      return List.of();
    }

    @Override
    public Raw fill(int insn, Sym part, Sym value) {
      return new Fixed(insn, api, algorithm);
    }
  }

  /** Bytes reaching a key ({@code iv == false}) or IV / nonce ({@code iv == true}) parameter. */
  record Material(int insn, String api, Bytes bytes, Sym algorithm, boolean iv) implements Raw {
    @Override
    public boolean hasParam() {
      return bytes.hasParam() || algorithm.hasParam();
    }

    @Override
    public Raw at(int callInsn, List<Sym> arguments) {
      return new Material(
          callInsn, api, bytes.substitute(arguments), algorithm.substitute(arguments), iv);
    }

    @Override
    public List<Sym> syms() {
      return List.of(algorithm);
    }

    @Override
    public Raw fill(int insn, Sym part, Sym value) {
      return new Material(insn, api, bytes, algorithm.replace(part, value), iv);
    }
  }

  /** A key size given to a generator of {@code algorithm}. */
  record KeySize(int insn, String api, Sym algorithm, int bits) implements Raw {
    @Override
    public boolean hasParam() {
      return algorithm.hasParam();
    }

    @Override
    public Raw at(int callInsn, List<Sym> arguments) {
      return new KeySize(callInsn, api, algorithm.substitute(arguments), bits);
    }

    @Override
    public List<Sym> syms() {
      return List.of(algorithm);
    }

    @Override
    public Raw fill(int insn, Sym part, Sym value) {
      return new KeySize(insn, api, algorithm.replace(part, value), bits);
    }
  }

  /** Protocol names enabled on a socket, engine or parameters object. */
  record Protocols(int insn, String api, List<Sym> protocols) implements Raw {
    /** Copies the list. */
    public Protocols {
      protocols = List.copyOf(protocols);
    }

    @Override
    public boolean hasParam() {
      return protocols.stream().anyMatch(Sym::hasParam);
    }

    @Override
    public Raw at(int callInsn, List<Sym> arguments) {
      return new Protocols(
          callInsn, api, protocols.stream().map(p -> p.substitute(arguments)).toList());
    }

    @Override
    public List<Sym> syms() {
      return protocols;
    }

    @Override
    public Raw fill(int insn, Sym part, Sym value) {
      return new Protocols(insn, api, protocols.stream().map(p -> p.replace(part, value)).toList());
    }
  }
}
