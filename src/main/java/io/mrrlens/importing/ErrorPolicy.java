package io.mrrlens.importing;

/** What a bad row does to the run: stop it after listing the problems, or set the row aside. */
public enum ErrorPolicy {
  FAIL,
  SKIP
}
