package org.bulletins.store.internal;

import org.bulletins.model.ParsedDocument;

/**
 * A file's work that needs nothing from the store: its bytes, checksum, parse and the signing of
 * its items (perhaps under way on another thread). Made before the file's turn, used at it.
 */
final class PreparedFile {

  final String source;
  final byte[] content;
  final String checksum;
  // Null when the file was expected to be stored unchanged and so was not parsed.
  final ParsedDocument document;
  final Signing signing; // null with the document

  PreparedFile(
      String source, byte[] content, String checksum, ParsedDocument document, Signing signing) {
    this.source = source;
    this.content = content;
    this.checksum = checksum;
    this.document = document;
    this.signing = signing;
  }

  /** Stops the signing that another thread may be doing: the file will not be stored now. */
  void cancel() {
    if (signing != null) {
      signing.cancel();
    }
  }
}
