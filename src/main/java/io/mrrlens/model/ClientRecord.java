package io.mrrlens.model;

/** A record that belongs to one client, and can be re-labelled with the client's chosen name. */
public interface ClientRecord<T> {

  /** The client's name. */
  String client();

  /** The same record under another spelling of the client's name. */
  T withClient(String client);
}
