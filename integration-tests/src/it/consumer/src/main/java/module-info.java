module consumer {
  requires org.bulletins.model;
  requires org.bulletins.parser;
  requires org.bulletins.dedup;

  exports consumer;
}
